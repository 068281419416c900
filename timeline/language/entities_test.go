package language

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestEntitiesAnalyzer: the analyzer without a parser tags and finds the
// entities a full analysis finds, and leaves every word unattached.
func TestEntitiesAnalyzer(t *testing.T) {
	text := "Thabo Mbeki met Rishi Sunak in London on Sunday."
	spans := []timeline.Span{{Start: 0, End: len(text)}}
	full, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	names, err := Entities()
	if err != nil {
		t.Fatal(err)
	}
	want, got := full.AnalyzeSpans(text, spans)[0], names.AnalyzeSpans(text, spans)[0]
	if len(got.Words) != len(want.Words) {
		t.Fatalf("%d words, want %d", len(got.Words), len(want.Words))
	}
	persons := 0
	for i, w := range got.Words {
		if w.Entity != want.Words[i].Entity || w.XPOS != want.Words[i].XPOS {
			t.Errorf("%s: %s %s, want %s %s", w.Form, w.XPOS, w.Entity, want.Words[i].XPOS, want.Words[i].Entity)
		}
		if w.Head != 0 || w.Deprel != "" {
			t.Errorf("%s is attached: %d %s", w.Form, w.Head, w.Deprel)
		}
		if w.Entity == "B-PER" {
			persons++
		}
	}
	if persons != 2 {
		t.Errorf("%d persons, want 2", persons)
	}
}

// An organisation's name that goes on after "and" is one name; a name of
// its own after "and" stays apart.
func TestConjoinedOrganisations(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, want string }{
		{"Members of the International Association of Machinists and Aerospace Workers voted on Thursday.", "International Association of Machinists and Aerospace Workers"},
		{"The grant came from the Department of Housing and Urban Development last year.", "Department of Housing and Urban Development"},
		{"Officials at the Bank of England and Barclays declined to comment.", "Bank of England"},
	}
	for _, tt := range tests {
		s := a.AnalyzeSpans(tt.text, []timeline.Span{{Start: 0, End: len(tt.text)}})[0]
		var orgs []string
		for _, e := range s.AppendEntities(nil) {
			if e.Type == "ORG" {
				orgs = append(orgs, tt.text[e.Start:e.End])
			}
		}
		if len(orgs) == 0 || orgs[0] != tt.want {
			t.Errorf("%s: organisations %q, want %q first", tt.text, orgs, tt.want)
		}
	}
}

// A document's mentions of a name agree (ner.Harmonize): read alone, the
// second sentence of each text has its name wrong.
func TestDocumentEntities(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ text, word, want string }{
		{"Police in Marhaven arrested two men on Monday. Marhaven police said the men were armed. The two men live in Marhaven.", "Marhaven", "B-LOC"},
		{"Carl Dahl scored twice. Dahl, 24, has now scored nine goals. Coach Gus Holm said Dahl was the best.", "Dahl", "B-PER"},
	} {
		first := strings.Index(tt.text, ". ") + 2
		second := first + strings.Index(tt.text[first:], ". ") + 1
		spans := []timeline.Span{{Start: 0, End: first - 1}, {Start: first, End: second}, {Start: second + 1, End: len(tt.text)}}
		s := a.AnalyzeSpans(tt.text, spans)[1]
		if w := s.Words[0]; w.Form != tt.word || w.Entity != tt.want {
			t.Errorf("%q: %s %s, want %s %s", tt.text[first:second], w.Form, w.Entity, tt.word, tt.want)
		}
	}
}
