package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/ingest"
	"github.com/storyline/storyline/timeline/language"
)

// repairedWords returns the words of text's first sentence as the
// language layer parses them and repairParse mends them.
func repairedWords(t testing.TB, text string) []language.Word {
	t.Helper()
	skipMisparsed(t)
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	doc := timeline.Document{ID: "t", Text: text}
	doc.Sentences, _ = ingest.Clean(doc.Text)
	sents := analyzer.Analyze(&doc)
	repairParse(sents)
	return sents[0].Words
}

// arcOf returns the relation and the head's form of the first word of ws
// whose form is form, and whether there is one.
func arcOf(ws []language.Word, form string) (rel, head string, ok bool) {
	for _, w := range ws {
		if w.Form != form {
			continue
		}
		if w.Head > 0 {
			head = ws[w.Head-1].Form
		}
		return w.Deprel, head, true
	}
	return "", "", false
}
