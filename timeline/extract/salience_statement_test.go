package extract

import "testing"

// TestStatementRanksBelowDeeds: a statement ranks under the deeds a
// timeline is for, and under a salient event it reports, while staying
// in the pictures.
func TestStatementRanksBelowDeeds(t *testing.T) {
	tests := []struct {
		name, text, reported string // reported: the trigger of the event said, "" for none
	}{
		{"a bare statement is under the lexicon's deeds",
			"Carl Dahl said on Wednesday that the harvest was poor.", ""},
		{"a statement is under the deed it reports",
			"Carl Dahl said on Wednesday that at least 296 people had died in the earthquake.", "die"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := parseText(t, tc.text)
			st := eventWith(r, "say")
			if st == nil {
				t.Fatalf("no saying%s", describe(r))
			}
			if st.Salience > statementSalience || st.Salience < 0.6 {
				t.Errorf("salience %.2f, want within [0.60, %.2f]%s", st.Salience, statementSalience, describe(r))
			}
			if tc.reported == "" {
				return
			}
			e := eventWith(r, tc.reported)
			if e == nil {
				t.Fatalf("no event %q%s", tc.reported, describe(r))
			}
			if e.Salience <= st.Salience {
				t.Errorf("reported %q at %.2f is not above the saying at %.2f", e.Summary, e.Salience, st.Salience)
			}
		})
	}
}
