package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/ingest"
	"github.com/storyline/storyline/timeline/language"
)

// TestBareVerbModifier: a bare "verb" between a verb that takes no bare
// infinitive and a name is the name's modifier, and what hung on it goes
// back to the verb; after "help" a bare verb stays one.
func TestBareVerbModifier(t *testing.T) {
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, word, upos, timeHead string
	}{
		{"Acme abandoned its deal to buy rival Zeta on Monday.", "rival", "NOUN", "buy"},
		{"Volunteers helped rebuild Marston on Monday.", "rebuild", "VERB", "rebuild"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			doc := timeline.Document{ID: "t", Text: tc.text}
			doc.Sentences, _ = ingest.Clean(doc.Text)
			sents := analyzer.Analyze(&doc)
			repairParse(sents)
			ws := sents[0].Words
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
