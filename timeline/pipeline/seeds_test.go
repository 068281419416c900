package pipeline

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

const seedsPath = "../../../shared/corpus/seeds.jsonl"

// seedEvent describes an event the seed articles must show.
type seedEvent struct {
	family   string   // kind family, as kindFamily gives
	actors   []string // actor ids the event must have
	status   string   // "" for any
	from, to string   // the event's when must lie inside [from, to]
	docs     []string // prefixes of document ids that must tell it
	place    string   // a place the event must name, or ""
}

// holds reports whether ev is the described event.
func (s seedEvent) holds(ev timeline.Event) bool {
	if kindFamily(ev.Kind) != s.family || (s.status != "" && ev.Status != s.status) {
		return false
	}
	for _, a := range s.actors {
		if !slices.ContainsFunc(ev.Actors, func(p timeline.Participant) bool { return p.ID == a }) {
			return false
		}
	}
	if s.from != "" && (ev.When == nil || ev.When.Start.String() < s.from || ev.When.End.String() > s.to) {
		return false
	}
	if s.place != "" && !slices.Contains(ev.Places, s.place) {
		return false
	}
	docs := eventDocs(ev)
	for _, prefix := range s.docs {
		if !slices.ContainsFunc(docs, func(d string) bool { return strings.HasPrefix(d, prefix) }) {
			return false
		}
	}
	return true
}

// oneActor reports whether every actor name containing stem belongs to
// one actor, and some does.
func oneActor(actors []timeline.Actor, stem string) bool {
	var owners []string
	for _, a := range actors {
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if strings.Contains(n, stem) && !slices.Contains(owners, a.ID) {
				owners = append(owners, a.ID)
			}
		}
	}
	return len(owners) == 1
}

// pageNoise matches actor names that are page furniture, not actors: site
// chrome words, and shouted mastheads of several words ("THE DAILY").
var pageNoise = regexp.MustCompile(`(?i:advert|subscri|comment|follower|\blog ?(in|out)\b|register|newsletter|cookie|related|share|source link)|^[A-Z]+( [A-Z]+)+$`)

// TestSeedMustShows builds the timeline of the seed articles, logs its
// events and checks what the seeds must show. Checks marked pending are
// reported, not asserted: they need work in other stages.
func TestSeedMustShows(t *testing.T) {
	docs := readDocs(t, seedsPath)
	tl := Build(docs)
	for _, ev := range tl.Events {
		when := "undated"
		if ev.When != nil {
			when = ev.When.Start.String() + ".." + ev.When.End.String()
		}
		t.Logf("%-22s %-12s %-9s %v %s", when, ev.Kind, ev.Status, eventDocs(ev), ev.Summary)
	}
	event := func(s seedEvent) func() bool {
		return func() bool { return slices.ContainsFunc(tl.Events, s.holds) }
	}
	byID := map[string]timeline.Event{}
	for _, ev := range tl.Events {
		byID[ev.ID] = ev
	}
	link := func(kind string, from, to seedEvent) func() bool {
		return func() bool {
			return slices.ContainsFunc(tl.Links, func(l timeline.Link) bool {
				return l.Kind == kind && from.holds(byID[l.From]) && to.holds(byID[l.To])
			})
		}
	}
	checks := []struct {
		name    string
		pending bool
		holds   func() bool
	}{
		{"Witkoff meets Putin in Moscow in 2025-03-10..16, told by 000 and 001", false,
			event(seedEvent{family: "meeting", actors: []string{"steve-witkoff", "vladimir-putin"}, status: timeline.Occurred, from: "2025-03-10", to: "2025-03-16", docs: []string{"000_", "001_"}, place: "Moscow"})},
		{"Trump sidelines Kellogg on 2025-03-15", false,
			event(seedEvent{family: "dismissal", actors: []string{"donald-trump", "keith-kellogg"}, from: "2025-03-15", to: "2025-03-15"})},
		{"the Riyadh talks in 2025-02-17..23", false,
			event(seedEvent{family: "meeting", from: "2025-02-17", to: "2025-02-23", place: "Riyadh"})},
		{"the Trump-Putin call of 2025-02-12 from 003 and 004", false,
			event(seedEvent{family: "call", actors: []string{"donald-trump", "vladimir-putin"}, status: timeline.Occurred, from: "2025-02-12", to: "2025-02-12", docs: []string{"003_", "004_"}})},
		{"Peskov's press conference on 2025-02-25", false,
			event(seedEvent{family: "speech", actors: []string{"dmitry-peskov"}, from: "2025-02-25", to: "2025-02-25"})},
		{"Grushko's demand on 2025-03-17 from 000 and 002", false,
			event(seedEvent{family: "speech", actors: []string{"alexander-grushko"}, from: "2025-03-17", to: "2025-03-17", docs: []string{"000_", "002_"}})},
		{"the Trump-Putin call expected this week", false,
			event(seedEvent{family: "call", actors: []string{"donald-trump", "vladimir-putin"}, status: timeline.Expected, from: "2025-03-10", to: "2025-03-23"})},
		{"Trump's sidelining of Kellogg responds to Moscow's demands", false, link(timeline.RespondsTo,
			seedEvent{family: "dismissal", actors: []string{"keith-kellogg"}}, seedEvent{family: "speech"})},
		{"the Kremlin's rebuttal responds to Trump's claim", false, link(timeline.RespondsTo,
			seedEvent{family: "speech", docs: []string{"003_"}}, seedEvent{family: "speech", actors: []string{"donald-trump"}, docs: []string{"003_"}})},
		{"the US officials' remark contradicts the earlier comments", false, link(timeline.Contradicts,
			seedEvent{family: "speech", docs: []string{"004_"}}, seedEvent{family: "speech", docs: []string{"004_"}})},
		{"Witkoff and Witcoff are one actor", false, func() bool { return oneActor(tl.Actors, "Witkoff") && oneActor(tl.Actors, "Witcoff") }},
		{"Zelensky, Zelenskyy and Zelenskiy are one actor", false, func() bool { return oneActor(tl.Actors, "Zelensk") }},
		{"no actor from page noise", false, func() bool {
			return !slices.ContainsFunc(tl.Actors, func(a timeline.Actor) bool { return pageNoise.MatchString(a.Name) })
		}},
	}
	for _, c := range checks {
		t.Run(c.name, func(t *testing.T) {
			switch ok := c.holds(); {
			case ok && c.pending:
				t.Logf("shown (pending check now holds: assert it)")
			case ok:
				t.Logf("shown")
			case c.pending:
				t.Logf("not shown yet")
			default:
				t.Errorf("not shown")
			}
		})
	}
}
