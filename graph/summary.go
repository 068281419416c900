package graph

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/storyline/storyline/timeline"
)

// Summary says how much of a graph a summarised drawing shows.
type Summary struct {
	Kept, Total int
	Noun        string // what is counted: "events", "actors"
}

// Summarised reports whether anything was left out.
func (s Summary) Summarised() bool { return s.Kept < s.Total }

// String reads "summarised: 300 of 1000 events".
func (s Summary) String() string {
	return fmt.Sprintf("summarised: %d of %d %s", s.Kept, s.Total, s.Noun)
}

// Summarize returns tl cut down to at most maxEvents events: the
// most-sourced events (by distinct documents, then mentions), each
// followed by its neighbours in the event graph while room remains. Links
// keep both ends; actors keep those the kept events name and the sides
// they belong to. A timeline that fits, or a maxEvents below 1, is
// returned as it is.
func Summarize(tl *timeline.Timeline, maxEvents int) (*timeline.Timeline, Summary, error) {
	evs := eventsInOrder(tl)
	sum := Summary{Kept: len(evs), Total: len(evs), Noun: "events"}
	if maxEvents < 1 || len(evs) <= maxEvents {
		return tl, sum, nil
	}
	g, err := Events(tl)
	if err != nil {
		return nil, sum, fmt.Errorf("summarise: %w", err)
	}
	keep := pickEvents(evs, neighbours(g), maxEvents)
	sum.Kept = len(keep)
	return subTimeline(tl, keep), sum, nil
}

// pickEvents chooses up to limit event ids, most-sourced first, each
// followed by its most-sourced neighbours.
func pickEvents(evs []*timeline.Event, near map[string][]string, limit int) map[string]bool {
	rank := slices.Clone(evs)
	slices.SortStableFunc(rank, compareSourcing)
	pos := make(map[string]int, len(rank))
	for i, ev := range rank {
		pos[ev.ID] = i
	}
	keep := make(map[string]bool, limit)
	for _, ev := range rank {
		if len(keep) >= limit {
			break
		}
		keep[ev.ID] = true
		others := near[ev.ID]
		slices.SortFunc(others, func(a, b string) int { return cmp.Compare(pos[a], pos[b]) })
		for _, id := range others {
			if len(keep) >= limit {
				break
			}
			keep[id] = true
		}
	}
	return keep
}

// compareSourcing puts the best-sourced events first, then by date and id.
func compareSourcing(a, b *timeline.Event) int {
	return cmp.Or(
		cmp.Compare(Sources(b), Sources(a)),
		cmp.Compare(len(b.Mentions), len(a.Mentions)),
		CompareEvents(a, b),
	)
}

// Sources returns the number of distinct documents that tell ev.
func Sources(ev *timeline.Event) int {
	docs := make([]string, 0, len(ev.Mentions))
	for _, m := range ev.Mentions {
		docs = append(docs, m.Doc)
	}
	slices.Sort(docs)
	return len(slices.Compact(docs))
}

// neighbours maps each event to the events it shares an arrow with.
func neighbours(g *EventGraph) map[string][]string {
	near := make(map[string][]string)
	for _, a := range g.Arrows() {
		near[a.From] = append(near[a.From], a.To)
		near[a.To] = append(near[a.To], a.From)
	}
	return near
}

// subTimeline copies tl keeping only the given events, the links between
// them and the actors they need.
func subTimeline(tl *timeline.Timeline, keep map[string]bool) *timeline.Timeline {
	sub := *tl
	sub.Events = nil
	sub.Links = nil
	sub.Actors = nil
	for _, ev := range tl.Events {
		if keep[ev.ID] {
			sub.Events = append(sub.Events, ev)
		}
	}
	for _, l := range tl.Links {
		if keep[l.From] && keep[l.To] {
			sub.Links = append(sub.Links, l)
		}
	}
	sub.Actors = actorsOf(tl.Actors, sub.Events)
	return &sub
}

// actorsOf returns the actors that events name, with the sides they
// belong to, in the order of all.
func actorsOf(all []timeline.Actor, events []timeline.Event) []timeline.Actor {
	used := make(map[string]bool)
	for i := range events {
		for _, p := range events[i].Actors {
			used[p.ID] = true
		}
	}
	for _, a := range all {
		if used[a.ID] && a.Country != "" {
			used[a.Country] = true
		}
	}
	var kept []timeline.Actor
	for _, a := range all {
		if used[a.ID] {
			kept = append(kept, a)
		}
	}
	return kept
}
