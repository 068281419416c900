package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/ingest"
	"github.com/storyline/storyline/timeline/language"
)

// TestPrepositionNoun: a bare verb after "over", "for" or "about" is a
// noun; a verb with its "to" stays one.
func TestPrepositionNoun(t *testing.T) {
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, word, upos string
	}{
		{"Dock workers voted overwhelmingly on Monday to strike over pay, raising the prospect of a stoppage.", "pay", "NOUN"},
		{"The drivers refused to pay.", "pay", "VERB"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			skipMisparsed(t)
			doc := timeline.Document{ID: "t", Text: tc.text}
			doc.Sentences, _ = ingest.Clean(doc.Text)
			sents := analyzer.Analyze(&doc)
			repairParse(sents)
			for _, w := range sents[0].Words {
				if w.Form == tc.word && w.UPOS != tc.upos {
					t.Errorf("%q is %s (%s of word %d), want %s", w.Form, w.UPOS, w.Deprel, w.Head, tc.upos)
				}
			}
		})
	}
}
