package temporal

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/golden"
)

// readArticle reads a test article: a first line "dct: YYYY-MM-DD", then
// the text.
func readArticle(t testing.TB, path string) (string, timeline.Date) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	head, text, ok := strings.Cut(string(raw), "\n")
	if !ok || !strings.HasPrefix(head, "dct: ") {
		t.Fatalf("%s: first line must be \"dct: YYYY-MM-DD\"", path)
	}
	dct, err := timeline.ParseDate(strings.TrimPrefix(head, "dct: "))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return text, dct
}

func articlePaths(t testing.TB) []string {
	t.Helper()
	paths, err := filepath.Glob("testdata/articles/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no test articles: %v", err)
	}
	return paths
}

// TestGoldenArticles tags each article under testdata/articles and
// compares the JSON with testdata/golden/NAME.json (go test -update
// rewrites it).
func TestGoldenArticles(t *testing.T) {
	for _, path := range articlePaths(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			text, dct := readArticle(t, path)
			got := Tag(text, dct)
			checkWellFormed(t, text, got)
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetIndent("", "  ")
			if err := enc.Encode(got); err != nil {
				t.Fatal(err)
			}
			golden.Assert(t, filepath.Join("testdata", "golden", name+".json"), buf.Bytes())
		})
	}
}
