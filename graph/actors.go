package graph

import (
	"cmp"
	"fmt"
	"slices"

	dg "github.com/dominikbraun/graph"
	"github.com/storyline/storyline/timeline"
)

// ActorGraph is the actor graph of a timeline: one vertex per actor taking
// part in an event, keyed by id, and one undirected edge per pair of
// actors that share events. Each edge's weight is the number of shared
// events and its Data is the *Tie it stands for.
type ActorGraph struct {
	dg.Graph[string, *timeline.Actor]

	actors []*timeline.Actor
	ties   []*Tie
	count  map[string]int  // events per actor
	degree map[string]int  // ties per actor
	sides  map[string]bool // ids some actor names as its Country
}

// Tie is one edge of the actor graph.
type Tie struct {
	A, B   string   // the two actors' ids, A < B
	Events []string // the shared events' ids, in (date, id) order
	Kinds  []string // the shared events' kinds, sorted, each once
}

// Weight is the number of events the two actors share.
func (t *Tie) Weight() int { return len(t.Events) }

// Actors returns the vertices of g sorted by id.
func (g *ActorGraph) Actors() []*timeline.Actor { return g.actors }

// Ties returns the edges of g sorted by (A, B).
func (g *ActorGraph) Ties() []*Tie { return g.ties }

// Actors builds the actor graph of tl. An event naming an actor that
// tl.Actors lacks still counts: the actor stands in with its id as name.
func Actors(tl *timeline.Timeline) (*ActorGraph, error) {
	known := make(map[string]*timeline.Actor, len(tl.Actors))
	for i := range tl.Actors {
		if _, dup := known[tl.Actors[i].ID]; !dup {
			known[tl.Actors[i].ID] = &tl.Actors[i]
		}
	}
	g := &ActorGraph{Graph: dg.New(actorHash), count: make(map[string]int), degree: make(map[string]int), sides: make(map[string]bool)}
	for _, a := range known {
		if a.Country != "" {
			g.sides[a.Country] = true
		}
	}
	ties := make(map[edgeKey]*Tie)
	for _, ev := range eventsInOrder(tl) {
		ids := participantIDs(ev)
		for _, id := range ids {
			g.addActor(known, id)
			g.count[id]++
		}
		for i, a := range ids {
			for _, b := range ids[i+1:] {
				tieOf(ties, a, b).add(ev)
			}
		}
	}
	return g, g.addTies(ties)
}

func actorHash(a *timeline.Actor) string { return a.ID }

// addActor adds the actor with this id once.
func (g *ActorGraph) addActor(known map[string]*timeline.Actor, id string) {
	if _, err := g.Vertex(id); err == nil {
		return
	}
	a := known[id]
	if a == nil {
		a = &timeline.Actor{ID: id, Name: id}
	}
	_ = g.AddVertex(a) // cannot fail: the vertex was just found missing
	g.actors = append(g.actors, a)
}

func (g *ActorGraph) addTies(ties map[edgeKey]*Tie) error {
	slices.SortFunc(g.actors, func(a, b *timeline.Actor) int { return cmp.Compare(a.ID, b.ID) })
	for _, t := range ties {
		g.ties = append(g.ties, t)
	}
	slices.SortFunc(g.ties, func(x, y *Tie) int { return cmp.Or(cmp.Compare(x.A, y.A), cmp.Compare(x.B, y.B)) })
	for _, t := range g.ties {
		g.degree[t.A]++
		g.degree[t.B]++
		if err := g.AddEdge(t.A, t.B, dg.EdgeData(t), dg.EdgeWeight(t.Weight())); err != nil {
			return fmt.Errorf("actor graph: %s -- %s: %w", t.A, t.B, err)
		}
	}
	return nil
}

func tieOf(ties map[edgeKey]*Tie, a, b string) *Tie {
	k := edgeKey{a, b}
	if ties[k] == nil {
		ties[k] = &Tie{A: a, B: b}
	}
	return ties[k]
}

func (t *Tie) add(ev *timeline.Event) {
	t.Events = append(t.Events, ev.ID)
	if i, found := slices.BinarySearch(t.Kinds, ev.Kind); !found {
		t.Kinds = slices.Insert(t.Kinds, i, ev.Kind)
	}
}

// eventsInOrder returns tl's events in (date, id) order, each id once.
func eventsInOrder(tl *timeline.Timeline) []*timeline.Event {
	evs := make([]*timeline.Event, 0, len(tl.Events))
	for i := range tl.Events {
		evs = append(evs, &tl.Events[i])
	}
	slices.SortStableFunc(evs, CompareEvents)
	seen := make(map[string]bool, len(evs))
	return slices.DeleteFunc(evs, func(ev *timeline.Event) bool {
		dup := seen[ev.ID]
		seen[ev.ID] = true
		return dup
	})
}

// Side returns the id of the country or side an actor belongs to: its
// Country, or its own id when it is a country, or "" when unknown.
func Side(a *timeline.Actor) string {
	switch {
	case a.Country != "":
		return a.Country
	case a.Kind == timeline.Country:
		return a.ID
	}
	return ""
}

// SideOf returns the side an actor of g belongs to, as [Side] does, and
// also its own id when other actors name it as their side: an alliance or
// a union that is no country still heads its members' cluster.
func (g *ActorGraph) SideOf(a *timeline.Actor) string {
	if s := Side(a); s != "" {
		return s
	}
	if g.sides[a.ID] {
		return a.ID
	}
	return ""
}

// EventCount returns the number of events the actor takes part in.
func (g *ActorGraph) EventCount(id string) int { return g.count[id] }

// Tied reports whether the actor shares an event with another actor.
func (g *ActorGraph) Tied(id string) bool { return g.degree[id] > 0 }

// TopActors returns the ids of the n actors of g taking part in the most
// events (ties by id), sorted by id; all of them when n is not below
// their number. Only actors that share an event with another count: an
// actor alone in all its events has no place in a graph of who deals with
// whom.
func (g *ActorGraph) TopActors(n int) []string {
	count := g.count
	ids := make([]string, 0, len(g.actors))
	for _, a := range g.actors {
		if g.Tied(a.ID) {
			ids = append(ids, a.ID)
		}
	}
	if n >= 0 && n < len(ids) {
		slices.SortFunc(ids, func(a, b string) int { return cmp.Or(cmp.Compare(count[b], count[a]), cmp.Compare(a, b)) })
		ids = ids[:n]
		slices.Sort(ids)
	}
	return ids
}
