package resolve

import (
	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/extract"
)

// An event that several articles tell is news by their choice: the
// shooting at a mall that three reports tell five times, as "Friday's
// shooting" and "the afternoon shooting", is what the story is about,
// though each telling names no one and so reads as minor alone. Each
// document past the first that tells an event of a known kind adds
// toldBySalience to its salience, up to maxToldBy in all, when the text
// dates it and its best telling reaches toldByFloor (a known kind dated by
// its own words, "Friday's shooting", or done by someone named; a bare
// "a meeting" dated by its sentence does not); a statement, which each outlet quotes in its own words, gains
// nothing, nor does what no telling puts on a day of its own (the
// background every report repeats, "Russia launched its invasion").
const (
	toldBySalience = 0.1
	maxToldBy      = 0.2
	toldByFloor    = 0.5
)

// toldBy returns what the documents that tell an event add to its
// salience.
func toldBy(members []*record, ev *timeline.Event) float64 {
	if ev.Salience < toldByFloor || ev.Kind == extract.KindOther || ev.Kind == extract.KindStatement || ev.Kind == "" || ev.When == nil || ev.When.Basis == "publication" {
		return 0
	}
	var docs []int32
	for _, r := range members {
		seen := false
		for _, d := range docs {
			if d == r.doc {
				seen = true
				break
			}
		}
		if !seen {
			docs = append(docs, r.doc)
			if len(docs) > 1+int(maxToldBy/toldBySalience) {
				break
			}
		}
	}
	return min(maxToldBy, toldBySalience*float64(len(docs)-1))
}
