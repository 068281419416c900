package extract

import "testing"

// TestSaidObjectClause: "said four men climbed … and fired" reports the
// men's deeds; the parse's object-with-participle reading gave the firing
// to the ones who said it.
func TestSaidObjectClause(t *testing.T) {
	tests := []struct{ text, trigger, summary string }{
		{"Witnesses said four men climbed over the back wall on Monday and fired shots into the air.", "fire", "Four men fired shots"},
		{"Witnesses said four men climbed over the back wall on Monday and fired shots into the air.", "say", "Witnesses said four men climbed over the back wall on Monday"},
		// A saying joined after the clause is the speaker's own; a clause
		// the parse read as one stays.
		{"Anna Berg said the plan was sound and urged voters to back it.", "urge", "Anna Berg urged voters to back it"},
		{"Police said two men stole a van and drove it into the river.", "drive", "Two men drove"},
	}
	for _, tt := range tests {
		t.Run(tt.text+" "+tt.trigger, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventBy(t, r, tt.trigger); e.Summary != tt.summary {
				t.Errorf("summary %q, want %q%s", e.Summary, tt.summary, describe(r))
			}
		})
	}
}
