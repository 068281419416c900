package pipeline

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/ingest"
)

// TestLoneSurname: a follow-up article that calls a person by the surname
// alone, opening its sentences, names the person another article named in
// full, and her pronoun is hers; a lone name no article names in full
// makes no actor.
func TestLoneSurname(t *testing.T) {
	var docs []timeline.Document
	for _, f := range []struct{ name, text string }{
		{"a.txt", "---\ndate: 2026-05-22\n---\nPrime Minister Vera Kowalczyk on Wednesday called an election for July.\n"},
		{"b.txt", "---\ndate: 2026-07-05\n---\nGeir Nystad will become prime minister after his party won the election.\n\n" +
			"Kowalczyk conceded defeat early on Friday. \"I take responsibility,\" she told supporters.\n\nBrunvoll conceded his seat.\n"},
	} {
		d, _, err := ingest.Read(f.name, []byte(f.text), ingest.Options{})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d...)
	}
	tl := Build(docs)
	took := map[string]bool{}
	for _, e := range tl.Events {
		for _, p := range e.Actors {
			took[e.Predicate+"/"+p.ID] = true
		}
	}
	for _, want := range []string{"concede/vera-kowalczyk", "tell/vera-kowalczyk"} {
		if !took[want] {
			t.Errorf("no %s among %v", want, took)
		}
	}
	if took["tell/geir-nystad"] {
		t.Errorf("the quote is Geir Nystad's: %v", took)
	}
	if slices.ContainsFunc(tl.Actors, func(a timeline.Actor) bool { return a.ID == "brunvoll" }) {
		t.Errorf("a lone name no article names in full is an actor: %+v", tl.Actors)
	}
}
