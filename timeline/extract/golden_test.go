package extract

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/storyline/storyline/timeline/golden"
)

// TestGolden extracts the events of an invented article whose actors and
// times are given by hand, and compares them with the golden file.
func TestGolden(t *testing.T) {
	text, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc, tx, am := fixture(t, string(text), cast, articleDates)
	got, err := json.MarshalIndent(Document(doc, tx, am, nil), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden.Assert(t, "testdata/article.golden.json", append(got, '\n'))
}
