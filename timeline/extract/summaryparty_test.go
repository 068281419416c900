package extract

import "testing"

// TestSummaryParties: a summary names to whom the object went and with
// or against whom the deed was done, not only the object.
func TestSummaryParties(t *testing.T) {
	tests := []struct{ text, trigger, summary string }{
		{"The mayor gave Anna Berg a medal on Tuesday.", "give", "The mayor gave Anna Berg a medal"},
		{"Carl Dahl handed the keys to Anna Berg on Tuesday.", "hand", "Carl Dahl handed the keys to Anna Berg"},
		{"Carl Dahl filed a lawsuit against Gus Holm on Tuesday.", "lawsuit", "Carl Dahl filed a lawsuit against Gus Holm"},
		// A country after "to" is where, not to whom.
		{"Carl Dahl sent troops to Sudland on Tuesday.", "send", "Carl Dahl sent troops"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventBy(t, r, tt.trigger); e.Summary != tt.summary {
				t.Errorf("summary %q, want %q%s", e.Summary, tt.summary, describe(r))
			}
		})
	}
}
