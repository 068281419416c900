package extract

import "testing"

// TestPossessiveHer: "her" before a word that is both noun and verb is
// the word's possessor ("rejected her claim"), unless the verb before it
// takes a bare verb after its object ("saw her leave").
func TestPossessiveHer(t *testing.T) {
	tests := []struct{ text, trigger, summary string }{
		{"A judge rejected her claim that she would be persecuted.", "reject", "A judge rejected her claim"},
		{"The party backed her bid for the presidency on Monday.", "back", "The party backed her bid"},
		{"The board approved her plan to cut costs.", "approve", "The board approved her plan"},
		// A small clause keeps its verb; a possessive the parse read
		// already stays.
		{"Police saw her leave the building on Monday.", "leave", "Someone leave the building"},
		{"Anna Berg said her plan would work.", "say", "Anna Berg said her plan would work"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventBy(t, r, tt.trigger); e.Summary != tt.summary {
				t.Errorf("summary %q, want %q%s", e.Summary, tt.summary, describe(r))
			}
		})
	}
	// The claim is no deed of the judge's.
	r := parseText(t, "A judge rejected her claim that she would be persecuted.")
	for _, e := range r.Events {
		if e.Summary == "A judge claim she would be persecuted" {
			t.Errorf("the judge made a claim%s", describe(r))
		}
	}
}
