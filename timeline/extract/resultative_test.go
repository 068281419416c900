package extract

import "testing"

// TestLeftInState: "leave" with the state it leaves its object in is no
// movement, and the summary tells the state; leaving a place or a post
// stays a movement, and a state the parse hangs on the verb reads as
// before.
func TestLeftInState(t *testing.T) {
	tests := []struct{ text, kind, summary string }{
		{"A budget crisis has left public workers unpaid for two months.", KindOther, "A budget crisis has left public workers unpaid"},
		{"The strike has left commuters stranded.", KindOther, "The strike has left commuters stranded"},
		{"The Green Union pulled out of the coalition on Monday, leaving the government without a majority.", KindOther, "The Green Union left the government without a majority"},
		{"Anna Berg left the company in 2020.", "movement", "Anna Berg left the company"},
		{"The floods left thousands of families homeless.", "disaster", "The floods left thousands of families homeless"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			e := eventBy(t, r, "leave")
			if e.Kind != tt.kind || e.Summary != tt.summary {
				t.Errorf("%s %q, want %s %q%s", e.Kind, e.Summary, tt.kind, tt.summary, describe(r))
			}
		})
	}
}
