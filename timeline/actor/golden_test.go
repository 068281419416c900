package actor

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/golden"
)

// loadArticles reads the package's own test articles.
func loadArticles(tb testing.TB) []timeline.Document {
	tb.Helper()
	paths, err := filepath.Glob("testdata/articles/*.txt")
	if err != nil || len(paths) == 0 {
		tb.Fatalf("test articles: %v (%d found)", err, len(paths))
	}
	slices.Sort(paths)
	var docs []timeline.Document
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, docOf(strings.TrimSuffix(filepath.Base(p), ".txt"), string(b)))
	}
	return docs
}

// TestArticlesGolden pins every mention and actor found in the test
// articles (go test -update rewrites the file after a reviewed change).
func TestArticlesGolden(t *testing.T) {
	docs := loadArticles(t)
	all, actors := findAndResolve(t, docs)

	type mentionOut struct {
		Text string `json:"text"`
		ID   string `json:"id"`
		Kind string `json:"kind"`
		Role string `json:"role,omitempty"`
		Mod  bool   `json:"modifier,omitempty"`
	}
	type docOut struct {
		Doc      string       `json:"doc"`
		Mentions []mentionOut `json:"mentions"`
	}
	out := struct {
		Actors    []timeline.Actor `json:"actors"`
		Documents []docOut         `json:"documents"`
	}{Actors: actors}
	for i, ms := range all {
		d := docOut{Doc: docs[i].ID}
		for _, m := range ms {
			d.Mentions = append(d.Mentions, mentionOut{m.Text, m.ID, m.Kind, m.Role, m.Modifier})
		}
		out.Documents = append(out.Documents, d)
	}
	b, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden.Assert(t, "testdata/articles.golden.json", append(b, '\n'))

	byID := map[string]timeline.Actor{}
	for _, a := range actors {
		byID[a.ID] = a
	}
	// Every person comes from the text: the id is the name the articles
	// write ("Witcoff" is the only spelling these articles use).
	for _, id := range []string{"steve-witcoff", "petra-lindqvist", "dmytro-horban", "nathaniel-corbett", "yuri-ushakov",
		"volodymyr-zelenskyy", "donald-trump", "vladimir-putin", "russian-officials", "saudi-officials", "russian-government", "geneva"} {
		if _, ok := byID[id]; !ok {
			t.Errorf("no actor %s", id)
		}
	}
	for _, id := range []string{"harriet-osgood", "anna-brodsky", "related-stories", "most-popular"} {
		if _, ok := byID[id]; ok {
			t.Errorf("actor %s from a byline, credit or page noise", id)
		}
	}
	if a := byID["volodymyr-zelenskyy"]; !slices.Contains(a.Aliases, "Zelenskiy") {
		t.Errorf("Zelenskiy not an alias of volodymyr-zelenskyy: %v", a.Aliases)
	}
}
