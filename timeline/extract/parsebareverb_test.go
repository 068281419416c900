package extract

import "testing"

// TestBareVerbModifier: a bare "verb" between a verb that takes no bare
// infinitive and a name is the name's modifier, and what hung on it goes
// back to the verb; after "help" a bare verb stays one.
func TestBareVerbModifier(t *testing.T) {
	tests := []struct {
		text, word, upos, timeHead string
	}{
		{"Acme abandoned its deal to buy rival Zeta on Monday.", "rival", "NOUN", "buy"},
		{"Volunteers helped rebuild Marston on Monday.", "rebuild", "VERB", "rebuild"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			ws := repairedWords(t, tc.text)
			for _, w := range ws {
				if w.Form == tc.word && w.UPOS != tc.upos {
					t.Errorf("%q is %s (%s of word %d), want %s", w.Form, w.UPOS, w.Deprel, w.Head, tc.upos)
				}
				if w.Form == "Monday" && ws[w.Head-1].Form != tc.timeHead {
					t.Errorf("Monday hangs on %q, want %q", ws[w.Head-1].Form, tc.timeHead)
				}
			}
		})
	}
}
