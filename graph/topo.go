package graph

import (
	"container/heap"
	"errors"
	"fmt"
	"slices"

	dg "github.com/dominikbraun/graph"
	"github.com/storyline/storyline/timeline"
)

// ErrCycle reports a graph that is not acyclic.
var ErrCycle = errors.New("graph has a cycle")

// TopoSort returns the ids of g's events in topological order, choosing
// among the events whose predecessors are all placed the earliest by
// (date, id), so that the order is deterministic and follows the calendar
// wherever the edges allow. It runs Kahn's algorithm on a heap, in
// O((V+E) log V). A graph with a cycle gives ErrCycle.
func TopoSort(g dg.Graph[string, *timeline.Event]) ([]string, error) {
	adj, err := g.AdjacencyMap()
	if err != nil {
		return nil, fmt.Errorf("topological sort: %w", err)
	}
	events := make(map[string]*timeline.Event, len(adj))
	for id := range adj {
		ev, err := g.Vertex(id)
		if err != nil {
			return nil, fmt.Errorf("topological sort: event %q: %w", id, err)
		}
		events[id] = ev
	}
	succ := make(map[string][]string, len(adj))
	for id, out := range adj {
		for to := range out {
			succ[id] = append(succ[id], to)
		}
	}
	return kahn(events, succ)
}

// kahn sorts the events topologically along succ.
func kahn(events map[string]*timeline.Event, succ map[string][]string) ([]string, error) {
	indegree := make(map[string]int, len(events))
	for _, out := range succ {
		for _, to := range out {
			indegree[to]++
		}
	}
	ready := &eventHeap{}
	for id, ev := range events {
		if indegree[id] == 0 {
			ready.items = append(ready.items, ev)
		}
	}
	heap.Init(ready)
	order := make([]string, 0, len(events))
	for ready.Len() > 0 {
		ev := heap.Pop(ready).(*timeline.Event)
		order = append(order, ev.ID)
		for _, to := range succ[ev.ID] {
			if indegree[to]--; indegree[to] == 0 {
				heap.Push(ready, events[to])
			}
		}
	}
	if len(order) != len(events) {
		return order, fmt.Errorf("topological sort: %d of %d events on or behind a cycle: %w",
			len(events)-len(order), len(events), ErrCycle)
	}
	return order, nil
}

// eventHeap is a min-heap of events by CompareEvents.
type eventHeap struct{ items []*timeline.Event }

func (h *eventHeap) Len() int { return len(h.items) }
func (h *eventHeap) Less(i, j int) bool {
	return CompareEvents(h.items[i], h.items[j]) < 0
}
func (h *eventHeap) Swap(i, j int) { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *eventHeap) Push(x any)    { h.items = append(h.items, x.(*timeline.Event)) }
func (h *eventHeap) Pop() any {
	last := h.items[len(h.items)-1]
	h.items = slices.Delete(h.items, len(h.items)-1, len(h.items))
	return last
}
