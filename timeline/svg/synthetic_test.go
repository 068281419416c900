package svg_test

import (
	"math/rand/v2"
	"strconv"

	"github.com/storyline/storyline/timeline"
)

// synthetic returns a timeline of n events of a dozen actors over ten
// weeks, with a few background events years before, every status and
// granularity.
func synthetic(n int, seed uint64) *timeline.Timeline {
	rng := rand.New(rand.NewPCG(seed, 3))
	tl := &timeline.Timeline{Schema: timeline.Schema}
	for i := range 12 {
		id := "actor-" + strconv.Itoa(i)
		tl.Actors = append(tl.Actors, timeline.Actor{ID: id, Name: "Actor " + strconv.Itoa(i), Kind: timeline.Country, Mentions: i})
	}
	for i := range 30 {
		tl.Documents = append(tl.Documents, timeline.Document{ID: "doc-" + strconv.Itoa(i), Title: "Report " + strconv.Itoa(i),
			URL: "https://example.com/a?id=" + strconv.Itoa(i) + "&x=1", Published: timeline.NewDate(2025, 2, 1+rng.IntN(60))})
	}
	statuses := []string{timeline.Occurred, timeline.Expected, timeline.Planned, timeline.Reported, timeline.Denied, timeline.Hypothetical}
	for i := range n {
		start := timeline.NewDate(2025, 2, 1+rng.IntN(70))
		if rng.IntN(100) == 0 {
			start = timeline.NewDate(2014+rng.IntN(6), 1, 1+rng.IntN(365))
		}
		w := &timeline.When{Start: start, End: start, Granularity: timeline.Day, Value: start.String(), Text: "on day " + strconv.Itoa(i),
			Doc: "doc-" + strconv.Itoa(rng.IntN(30))}
		if rng.IntN(5) == 0 {
			w.End, w.Granularity, w.Value = start.AddDays(6), timeline.Week, "2025-W1"+strconv.Itoa(rng.IntN(9))
		}
		ev := timeline.Event{ID: "ev-" + strconv.Itoa(i), Kind: "statement", Status: statuses[rng.IntN(len(statuses))], When: w,
			Summary: "Actor " + strconv.Itoa(i%12) + " says talks on a 30-day truce will go on & on" + strconv.Itoa(i)}
		for j := range 1 + rng.IntN(3) {
			ev.Actors = append(ev.Actors, timeline.Participant{ID: "actor-" + strconv.Itoa(rng.IntN(12)), Role: []string{timeline.RoleAgent, timeline.RoleParticipant}[min(j, 1)]})
		}
		for range 1 + rng.IntN(3) {
			ev.Mentions = append(ev.Mentions, timeline.Mention{Doc: "doc-" + strconv.Itoa(rng.IntN(30)), Text: "A sentence that tells event " + strconv.Itoa(i) + "."})
		}
		tl.Events = append(tl.Events, ev)
	}
	for i := 0; i+3 < n; i += 5 {
		tl.Links = append(tl.Links, timeline.Link{From: "ev-" + strconv.Itoa(i), To: "ev-" + strconv.Itoa(i+3), Kind: timeline.RespondsTo, Cue: "in response to"})
	}
	return tl
}
