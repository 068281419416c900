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
