package render_test

import (
	"fmt"

	"github.com/storyline/storyline/timeline"
)

// synthetic returns a timeline of n events over n/3 days among 30 actors
// of three countries, with a link for every fourth event and one to three
// sources per event, for size and speed tests.
func synthetic(n int) *timeline.Timeline {
	tl := &timeline.Timeline{Schema: timeline.Schema}
	for d := range 20 {
		tl.Documents = append(tl.Documents, timeline.Document{ID: fmt.Sprintf("doc-%02d", d), Title: fmt.Sprintf("Article %d", d), URL: fmt.Sprintf("https://example.org/%d", d)})
	}
	countries := []string{"country-a", "country-b", "country-c"}
	for _, c := range countries {
		tl.Actors = append(tl.Actors, timeline.Actor{ID: c, Name: c, Kind: timeline.Country})
	}
	for a := range 30 {
		tl.Actors = append(tl.Actors, timeline.Actor{ID: fmt.Sprintf("actor-%02d", a), Name: fmt.Sprintf("Actor Number %d", a), Kind: timeline.Person, Country: countries[a%3]})
	}
	start := timeline.NewDate(2025, 1, 1)
	kinds := []string{"meeting", "call", "statement", "agreement"}
	for i := range n {
		d := start.AddDays(i / 3)
		ev := timeline.Event{
			ID:      fmt.Sprintf("e-%05d", i),
			Kind:    kinds[i%len(kinds)],
			Summary: fmt.Sprintf("Actor Number %d met Actor Number %d to discuss item %d", i%30, (i*7+3)%30, i),
			When:    &timeline.When{Start: d, End: d, Granularity: timeline.Day},
			Status:  timeline.Occurred,
			Actors:  []timeline.Participant{{ID: fmt.Sprintf("actor-%02d", i%30)}, {ID: fmt.Sprintf("actor-%02d", (i*7+3)%30)}},
		}
		for m := range 1 + i%3 {
			ev.Mentions = append(ev.Mentions, timeline.Mention{Doc: fmt.Sprintf("doc-%02d", (i+m*7)%20), Text: ev.Summary + "."})
		}
		tl.Events = append(tl.Events, ev)
		if i%4 == 3 {
			tl.Links = append(tl.Links, timeline.Link{From: fmt.Sprintf("e-%05d", i-3), To: ev.ID, Kind: timeline.Causes, Cue: "after", Doc: "doc-00", Confidence: 0.7})
		}
	}
	return tl
}
