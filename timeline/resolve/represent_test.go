package resolve

import (
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/extract"
)

// TestRepresentative picks the telling whose summary reads as the
// event's timeline line.
func TestRepresentative(t *testing.T) {
	const wed = "2026-10-21"
	// telling is a telling of sentence text (its trigger at "*"),
	// summarised as summary.
	type telling struct {
		text, lemma, kind, summary, actors, basis string
		salience                                  float64
		event                                     bool // a telling of the event, not only of its sentence (then told in the document before)
	}
	tests := []struct {
		name, kind string
		in         []telling
		want       string
	}{
		{"a verb naming who did it beats a noun", "other", []telling{
			{"Port Alder declared a local *emergency on Wednesday", "emergency", "other", "A local emergency", "", "", 0.5, true},
			{"Mayor Ashby *declared a local emergency on Wednesday", "declare", "announcement", "Ashby declared a local emergency", "a:ashby", "", 0.5, true},
		}, "Ashby declared a local emergency"},
		{"a verb beats a noun", "disaster", []telling{
			{"The *storm hit the coast on Tuesday", "storm", "disaster", "The storm", "", "", 0.6, true},
			{"Storm Ilse *battered the coast on Tuesday", "batter", "disaster", "Storm Ilse battered the coast", "", "", 0.5, true},
		}, "Storm Ilse battered the coast"},
		{"one clause beats two glued", "statement", []telling{
			{"Ashby, who *declared an emergency on Wednesday, said the storms had caused damage", "declare", "statement", "Ashby declared an emergency on Wednesday, said the storms had caused", "a:ashby", "", 0.9, true},
			{"Ashby, who declared an emergency on Wednesday, *said the storms had caused damage", "say", "statement", "Ashby said the storms had caused damage", "a:ashby", "", 0.5, false},
			{"Mayor Ashby *declared a local emergency on Wednesday", "declare", "announcement", "Ashby declared a local emergency", "a:ashby", "", 0.9, true},
		}, "Ashby declared a local emergency"},
		{"its own date beats its paper's day", "statement", []telling{
			{"Ashby *declared an emergency", "declare", "statement", "Ashby declared an emergency", "a:ashby", extract.BasisPublication, 0.9, true},
			{"Mayor Ashby *declared a local emergency on Wednesday", "declare", "announcement", "Ashby declared a local emergency", "a:ashby", extract.BasisText, 0.9, true},
		}, "Ashby declared a local emergency"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var res []extract.Result
			for i, x := range tt.in {
				doc := string(rune('a' + i))
				if !x.event {
					doc = string(rune('a' + i - 1)) // beside the telling before it
				}
				em := told(t, doc, x.text, x.lemma, wed)
				em.Kind, em.Summary, em.Salience = x.kind, x.summary, x.salience
				em.Actors = parseActors(t, x.actors)
				em.When.Basis = x.basis
				if !x.event {
					res[len(res)-1].Events = append(res[len(res)-1].Events, em)
					continue
				}
				res = append(res, extract.Result{Doc: doc, Events: []extract.EventMention{em}})
			}
			recs := newFlattener(nil).flatten(res)
			c := &cluster{}
			var members []*record
			for i := range recs {
				if tt.in[i].event {
					c.members = append(c.members, int32(i))
					members = append(members, &recs[i])
				}
			}
			_, _, agreeing := dateEvent(members)
			rep := representative(members, tt.kind, timeline.Occurred, &agreeing, gluedIn(recs, c))
			if got := summary(members, rep); got != tt.want {
				t.Errorf("summary %q, want %q", got, tt.want)
			}
		})
	}
}
