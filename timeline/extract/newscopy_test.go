package extract

import "testing"

// TestToldWhere: a place after the hearer of "told" is where the words
// were said, not what was said: the summary quotes the words before.
func TestToldWhere(t *testing.T) {
	tests := []struct{ text, summary string }{
		{"“Reports of a deal are premature,” Anna Berg told reporters in the Norlish capital, Westhaven.", "Anna Berg said: “Reports of a deal are premature”"},
		{"“The voters have spoken,” Carl Dahl told reporters outside his party's offices.", "Carl Dahl said: “The voters have spoken”"},
		// A clause after the place is what was said.
		{"Anna Berg told reporters in Westhaven that the talks had failed.", "Anna Berg said the talks had failed"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventBy(t, r, "tell"); e.Summary != tt.summary {
				t.Errorf("summary %q, want %q%s", e.Summary, tt.summary, describe(r))
			}
		})
	}
}
