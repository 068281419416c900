package graph

import (
	"cmp"
	"fmt"
	"slices"
	"sort"

	dg "github.com/dominikbraun/graph"
	"github.com/storyline/storyline/timeline"
)

// EventGraph is the event graph of a timeline: one vertex per event, keyed
// by id, and one edge per pair of related events, running forward in time.
// Each edge's Data is the *Arrow it stands for.
type EventGraph struct {
	dg.Graph[string, *timeline.Event]

	// Dropped lists the timeline's links left out of the graph, sorted:
	// links from an event to itself, links naming an unknown event and
	// links that would close a cycle.
	Dropped []timeline.Link

	arrows []*Arrow
}

// Arrow is one edge of the event graph.
type Arrow struct {
	// From and To are the earlier and the later event: the direction of the
	// story. A link whose own From is the later event (a response to an
	// earlier claim) points against the arrow.
	From, To string
	// Links are the timeline's links between the two events, at most one
	// per kind and direction, sorted by kind. An inferred arrow holds one
	// precedes link with no document.
	Links []timeline.Link
	// Inferred marks a precedes arrow derived from an actor the two events
	// share rather than stated by a source.
	Inferred bool
}

// Arrows returns the edges of g as built, sorted by (from, to).
func (g *EventGraph) Arrows() []*Arrow { return g.arrows }

// Events builds the event graph of tl. Links are taken strongest first
// (by confidence); one that would close a cycle is dropped rather than
// kept, so the graph stays a DAG whatever the extractor produced. Then
// every actor's consecutive dated events are joined by inferred precedes
// arrows, and those arrows that another path already implies are removed
// (a transitive reduction of the inferred arrows; links stay).
func Events(tl *timeline.Timeline) (*EventGraph, error) {
	b := newEventBuilder(tl)
	b.addVertices()
	b.addLinks()
	b.addInferred()
	b.reduce()
	return b.finish()
}

// eventBuilder keeps its own adjacency alongside the dg graph: cycle
// checks and the reduction walk it many times, and dg rebuilds its
// adjacency map on every call.
type eventBuilder struct {
	tl      *timeline.Timeline
	events  map[string]*timeline.Event
	order   []*timeline.Event
	succ    map[string][]string
	arrows  map[edgeKey]*Arrow
	dropped []timeline.Link
}

func newEventBuilder(tl *timeline.Timeline) *eventBuilder {
	return &eventBuilder{
		tl:     tl,
		events: make(map[string]*timeline.Event),
		succ:   make(map[string][]string),
		arrows: make(map[edgeKey]*Arrow),
	}
}

// addVertices indexes the events; of two events with the same id the
// first in (date, id) order wins.
func (b *eventBuilder) addVertices() {
	for i := range b.tl.Events {
		b.order = append(b.order, &b.tl.Events[i])
	}
	slices.SortStableFunc(b.order, CompareEvents)
	kept := b.order[:0]
	for _, ev := range b.order {
		if _, dup := b.events[ev.ID]; dup {
			continue
		}
		b.events[ev.ID] = ev
		kept = append(kept, ev)
	}
	b.order = kept
}

// addLinks adds the timeline's links, strongest first.
func (b *eventBuilder) addLinks() {
	for _, l := range strongestFirst(b.tl.Links) {
		from, okFrom := b.events[l.From]
		to, okTo := b.events[l.To]
		if !okFrom || !okTo || l.From == l.To {
			b.dropped = append(b.dropped, l)
			continue
		}
		u, v := orient(l, from, to)
		if a := b.arrows[edgeKey{u, v}]; a != nil {
			a.Links = append(a.Links, l)
			continue
		}
		if reaches(b.succ, v, u) {
			b.dropped = append(b.dropped, l)
			continue
		}
		b.addArrow(&Arrow{From: u, To: v, Links: []timeline.Link{l}})
	}
}

func (b *eventBuilder) addArrow(a *Arrow) {
	b.arrows[edgeKey{a.From, a.To}] = a
	b.succ[a.From] = append(b.succ[a.From], a.To)
}

// addInferred joins each actor's events to the next ones in time, when
// they are close enough in time to read as a sequence.
func (b *eventBuilder) addInferred() {
	check := b.touchesUndated()
	for _, k := range b.inferredCandidates() {
		if b.arrows[k] != nil || b.arrows[edgeKey{k.to, k.from}] != nil {
			continue
		}
		if check && reaches(b.succ, k.to, k.from) {
			continue
		}
		b.addArrow(&Arrow{
			From:     k.from,
			To:       k.to,
			Links:    []timeline.Link{{From: k.from, To: k.to, Kind: timeline.Precedes}},
			Inferred: true,
		})
	}
}

// touchesUndated reports whether an arrow has an undated end. Otherwise
// every arrow runs from an earlier or equal date to a later or equal one,
// so an inferred arrow, from an event to one starting after it ends,
// cannot close a cycle and needs no search.
func (b *eventBuilder) touchesUndated() bool {
	for k := range b.arrows {
		if !dated(b.events[k.from].When) || !dated(b.events[k.to].When) {
			return true
		}
	}
	return false
}

// MaxInferredGap is the most days between two events of an actor that an
// inferred precedes arrow spans. Events further apart, such as a war's
// beginning recalled as background to this week's talks, are no sequence
// a reader follows, and the long arrows would cross the whole drawing.
const MaxInferredGap = 90

// inferredCandidates returns, sorted, every pair (a, b) of events sharing
// an actor where b starts after a ends, at most MaxInferredGap days
// later, and no event of that actor starts between them.
func (b *eventBuilder) inferredCandidates() []edgeKey {
	seen := make(map[edgeKey]bool)
	for _, evs := range b.eventsByActor() {
		for i, a := range evs {
			for _, next := range nextEvents(evs, i) {
				if end(a.When).DaysUntil(next.When.Start) <= MaxInferredGap {
					seen[edgeKey{a.ID, next.ID}] = true
				}
			}
		}
	}
	keys := make([]edgeKey, 0, len(seen))
	for k := range seen {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, compareEdgeKeys)
	return keys
}

// eventsByActor returns each actor's dated events sorted by start date.
func (b *eventBuilder) eventsByActor() map[string][]*timeline.Event {
	by := make(map[string][]*timeline.Event)
	for _, ev := range b.order {
		if !dated(ev.When) {
			continue
		}
		for _, id := range participantIDs(ev) {
			by[id] = append(by[id], ev)
		}
	}
	return by
}

// nextEvents returns the events of evs (sorted by start) that start first
// after evs[i] ends.
func nextEvents(evs []*timeline.Event, i int) []*timeline.Event {
	last := end(evs[i].When)
	j := i + sort.Search(len(evs)-i, func(k int) bool { return evs[i+k].When.Start.After(last) })
	k := j
	for k < len(evs) && evs[k].When.Start == evs[j].When.Start {
		k++
	}
	return evs[j:k]
}

// reduce removes the inferred arrows that another path implies.
func (b *eventBuilder) reduce() {
	for k := range redundantEdges(b.succ) {
		if !b.arrows[k].Inferred {
			continue
		}
		delete(b.arrows, k)
		b.succ[k.from] = slices.DeleteFunc(b.succ[k.from], func(to string) bool { return to == k.to })
	}
}

// finish builds the dg graph from the kept events and arrows.
func (b *eventBuilder) finish() (*EventGraph, error) {
	g := &EventGraph{Graph: dg.New(eventHash, dg.Directed())}
	for _, ev := range b.order {
		if err := g.AddVertex(ev); err != nil {
			return nil, fmt.Errorf("event graph: event %q: %w", ev.ID, err)
		}
	}
	for _, a := range b.arrows {
		g.arrows = append(g.arrows, a)
	}
	slices.SortFunc(g.arrows, func(x, y *Arrow) int { return compareEdgeKeys(edgeKey{x.From, x.To}, edgeKey{y.From, y.To}) })
	for _, a := range g.arrows {
		slices.SortFunc(a.Links, compareLinks)
		if err := g.AddEdge(a.From, a.To, dg.EdgeData(a), dg.EdgeWeight(len(a.Links))); err != nil {
			return nil, fmt.Errorf("event graph: %s -> %s: %w", a.From, a.To, err)
		}
	}
	g.Dropped = b.dropped
	slices.SortFunc(g.Dropped, compareLinks)
	return g, nil
}

func eventHash(ev *timeline.Event) string { return ev.ID }

// orient returns a link's events as (earlier, later). Events whose dates
// do not decide it follow the link kind: a cause comes before its effect,
// a response or a contradiction after what it answers.
func orient(l timeline.Link, from, to *timeline.Event) (string, string) {
	if dated(from.When) && dated(to.When) {
		switch compareWhen(from.When, to.When) {
		case -1:
			return from.ID, to.ID
		case 1:
			return to.ID, from.ID
		}
	}
	if answersEarlier(l.Kind) {
		return to.ID, from.ID
	}
	return from.ID, to.ID
}

// answersEarlier reports whether a link of this kind runs from the later
// event back to the earlier one.
func answersEarlier(kind string) bool {
	return kind == timeline.RespondsTo || kind == timeline.Contradicts || kind == timeline.Fulfils
}

// strongestFirst returns links deduplicated by (from, to, kind), keeping
// the most confident, ordered by confidence and then by compareLinks.
func strongestFirst(links []timeline.Link) []timeline.Link {
	sorted := slices.Clone(links)
	slices.SortFunc(sorted, func(a, b timeline.Link) int {
		if c := cmp.Compare(b.Confidence, a.Confidence); c != 0 {
			return c
		}
		return compareLinks(a, b)
	})
	type key struct{ from, to, kind string }
	seen := make(map[key]bool)
	return slices.DeleteFunc(sorted, func(l timeline.Link) bool {
		k := key{l.From, l.To, l.Kind}
		if seen[k] {
			return true
		}
		seen[k] = true
		return false
	})
}

func compareLinks(a, b timeline.Link) int {
	return cmp.Or(
		cmp.Compare(a.Kind, b.Kind),
		cmp.Compare(a.From, b.From),
		cmp.Compare(a.To, b.To),
		cmp.Compare(a.Doc, b.Doc),
		cmp.Compare(a.Cue, b.Cue),
		cmp.Compare(b.Confidence, a.Confidence),
	)
}

func compareEdgeKeys(a, b edgeKey) int {
	return cmp.Or(cmp.Compare(a.from, b.from), cmp.Compare(a.to, b.to))
}

// participantIDs returns the distinct actor ids of ev, sorted.
func participantIDs(ev *timeline.Event) []string {
	ids := make([]string, 0, len(ev.Actors))
	for _, p := range ev.Actors {
		if p.ID != "" {
			ids = append(ids, p.ID)
		}
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}
