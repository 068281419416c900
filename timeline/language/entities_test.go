package language

import (
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
