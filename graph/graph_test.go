package graph

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	dg "github.com/dominikbraun/graph"
	"github.com/storyline/storyline/timeline"
)

func loadFixture(t testing.TB) *timeline.Timeline {
	t.Helper()
	b, err := os.ReadFile("testdata/ceasefire.json")
	if err != nil {
		t.Fatal(err)
	}
	var tl timeline.Timeline
	if err := json.Unmarshal(b, &tl); err != nil {
		t.Fatalf("testdata/ceasefire.json: %v", err)
	}
	return &tl
}

// day returns a one-day When.
func day(s string) *timeline.When {
	d, err := timeline.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return &timeline.When{Start: d, End: d, Granularity: timeline.Day}
}

// event returns an event on the given day ("" for none) with these actors.
func event(id, date string, actors ...string) timeline.Event {
	ev := timeline.Event{ID: id, Kind: "meeting"}
	if date != "" {
		ev.When = day(date)
	}
	for _, a := range actors {
		ev.Actors = append(ev.Actors, timeline.Participant{ID: a, Role: timeline.RoleParticipant})
	}
	return ev
}

// arrowList renders arrows as "a->b:kind,kind" with "~" for inferred ones.
func arrowList(g *EventGraph) []string {
	var out []string
	for _, a := range g.Arrows() {
		var kinds []string
		for _, l := range a.Links {
			kinds = append(kinds, l.Kind)
		}
		mark := ""
		if a.Inferred {
			mark = "~"
		}
		out = append(out, fmt.Sprintf("%s->%s:%s%s", a.From, a.To, mark, strings.Join(kinds, ",")))
	}
	return out
}

func TestEventsFixture(t *testing.T) {
	g, err := Events(loadFixture(t))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"e-0212-call->e-0224-macron:~precedes",
		"e-0218-riyadh->e-0224-macron:precedes",
		"e-0224-macron->e-0225-peskov:causes,contradicts,responds_to",
		"e-0224-macron->e-0228-oval:~precedes",
		"e-0228-oval->e-0303-aid:causes",
		"e-0303-aid->e-0311-jeddah:~precedes",
		"e-0311-jeddah->e-0313-moscow:enables",
		"e-0311-jeddah->e-0313-putin:responds_to",
		"e-0313-moscow->e-0315-kellogg:causes",
		"e-0313-moscow->e-0317-call:causes",
		"e-0313-putin->e-0317-call:~precedes",
		"e-0315-kellogg->e-0317-call:~precedes",
	}
	if got := arrowList(g); !slices.Equal(got, want) {
		t.Errorf("arrows:\n got %q\nwant %q", got, want)
	}
	if len(g.Dropped) != 0 {
		t.Errorf("dropped %v, want none", g.Dropped)
	}
	order, err := TopoSort(g)
	if err != nil {
		t.Fatal(err)
	}
	if order[0] != "e-0212-call" || order[len(order)-1] != "e-0317-call" {
		t.Errorf("topological order %v: want the 12 Feb call first and the expected call last", order)
	}
}

func TestEventsInference(t *testing.T) {
	tests := []struct {
		name   string
		events []timeline.Event
		links  []timeline.Link
		want   []string
	}{
		{
			name:   "chain of one actor",
			events: []timeline.Event{event("a", "2025-01-01", "x"), event("b", "2025-01-02", "x"), event("c", "2025-01-03", "x")},
			want:   []string{"a->b:~precedes", "b->c:~precedes"},
		},
		{
			name:   "no shared actor, no arrow",
			events: []timeline.Event{event("a", "2025-01-01", "x"), event("b", "2025-01-02", "y")},
			want:   nil,
		},
		{
			name:   "same day is not consecutive",
			events: []timeline.Event{event("a", "2025-01-01", "x"), event("b", "2025-01-01", "x")},
			want:   nil,
		},
		{
			name:   "undated events take no part",
			events: []timeline.Event{event("a", "2025-01-01", "x"), event("u", "", "x"), event("b", "2025-01-05", "x")},
			want:   []string{"a->b:~precedes"},
		},
		{
			name: "two actors, reduction keeps the chain",
			// x: a b c; y: a c. a->c is implied by a->b->c.
			events: []timeline.Event{event("a", "2025-01-01", "x", "y"), event("b", "2025-01-02", "x"), event("c", "2025-01-03", "x", "y")},
			want:   []string{"a->b:~precedes", "b->c:~precedes"},
		},
		{
			name:   "a stated link implies the inferred one",
			events: []timeline.Event{event("a", "2025-01-01", "x"), event("b", "2025-01-02", "y"), event("c", "2025-01-03", "x", "y")},
			links: []timeline.Link{
				{From: "a", To: "b", Kind: timeline.Causes, Confidence: 0.9},
			},
			want: []string{"a->b:causes", "b->c:~precedes"},
		},
		{
			name:   "a stated link is never reduced",
			events: []timeline.Event{event("a", "2025-01-01", "x"), event("b", "2025-01-02", "x"), event("c", "2025-01-03", "x")},
			links:  []timeline.Link{{From: "a", To: "c", Kind: timeline.Causes, Confidence: 0.9}},
			want:   []string{"a->b:~precedes", "a->c:causes", "b->c:~precedes"},
		},
		{
			name:   "a response points back but the arrow runs forward",
			events: []timeline.Event{event("claim", "2025-01-01"), event("denial", "2025-01-02")},
			links:  []timeline.Link{{From: "denial", To: "claim", Kind: timeline.RespondsTo, Confidence: 0.8}},
			want:   []string{"claim->denial:responds_to"},
		},
		{
			name:   "undated response follows its kind",
			events: []timeline.Event{event("claim", ""), event("denial", "")},
			links:  []timeline.Link{{From: "denial", To: "claim", Kind: timeline.RespondsTo, Confidence: 0.8}},
			want:   []string{"claim->denial:responds_to"},
		},
		{
			name:   "events far apart are not chained",
			events: []timeline.Event{event("old", "2022-02-24", "x"), event("a", "2025-02-12", "x"), event("b", "2025-05-13", "x"), event("c", "2025-08-12", "x")},
			// a to b is 90 days, b to c 91.
			want: []string{"a->b:~precedes"},
		},
		{
			name:   "a week overlapping a day is not after it",
			events: []timeline.Event{event("a", "2025-03-18", "x"), {ID: "w", When: &timeline.When{Start: mustDate("2025-03-17"), End: mustDate("2025-03-23")}, Actors: []timeline.Participant{{ID: "x"}}}, event("b", "2025-03-24", "x")},
			want:   []string{"a->b:~precedes", "w->b:~precedes"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := Events(&timeline.Timeline{Events: tt.events, Links: tt.links})
			if err != nil {
				t.Fatal(err)
			}
			if got := arrowList(g); !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func mustDate(s string) timeline.Date {
	d, err := timeline.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestEventsCycles(t *testing.T) {
	tests := []struct {
		name        string
		events      []timeline.Event
		links       []timeline.Link
		wantArrows  []string
		wantDropped []string
	}{
		{
			name:   "two-cycle keeps the stronger link",
			events: []timeline.Event{event("a", ""), event("b", "")},
			links: []timeline.Link{
				{From: "a", To: "b", Kind: timeline.Causes, Confidence: 0.4},
				{From: "b", To: "a", Kind: timeline.Causes, Confidence: 0.9},
			},
			wantArrows:  []string{"b->a:causes"},
			wantDropped: []string{"a->b"},
		},
		{
			name:   "three-cycle drops the weakest",
			events: []timeline.Event{event("a", ""), event("b", ""), event("c", "")},
			links: []timeline.Link{
				{From: "a", To: "b", Kind: timeline.Causes, Confidence: 0.9},
				{From: "b", To: "c", Kind: timeline.Causes, Confidence: 0.8},
				{From: "c", To: "a", Kind: timeline.Causes, Confidence: 0.1},
			},
			wantArrows:  []string{"a->b:causes", "b->c:causes"},
			wantDropped: []string{"c->a"},
		},
		{
			name:   "self-link and unknown event",
			events: []timeline.Event{event("a", "")},
			links: []timeline.Link{
				{From: "a", To: "a", Kind: timeline.Causes},
				{From: "a", To: "ghost", Kind: timeline.Causes},
			},
			wantDropped: []string{"a->a", "a->ghost"},
		},
		{
			name:   "an inferred arrow that would close a cycle through an undated event",
			events: []timeline.Event{event("a", "2025-01-01", "x"), event("b", "2025-01-02", "x"), event("u", "")},
			links: []timeline.Link{
				{From: "b", To: "u", Kind: timeline.Causes, Confidence: 0.9},
				{From: "u", To: "a", Kind: timeline.Causes, Confidence: 0.9},
			},
			wantArrows: []string{"b->u:causes", "u->a:causes"},
		},
		{
			name:   "duplicate link counts once",
			events: []timeline.Event{event("a", "2025-01-01"), event("b", "2025-01-02")},
			links: []timeline.Link{
				{From: "a", To: "b", Kind: timeline.Causes, Doc: "d2", Confidence: 0.5},
				{From: "a", To: "b", Kind: timeline.Causes, Doc: "d1", Confidence: 0.5},
			},
			wantArrows: []string{"a->b:causes"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := Events(&timeline.Timeline{Events: tt.events, Links: tt.links})
			if err != nil {
				t.Fatal(err)
			}
			if got := arrowList(g); !slices.Equal(got, tt.wantArrows) {
				t.Errorf("arrows %q, want %q", got, tt.wantArrows)
			}
			var dropped []string
			for _, l := range g.Dropped {
				dropped = append(dropped, l.From+"->"+l.To)
			}
			if !slices.Equal(dropped, tt.wantDropped) {
				t.Errorf("dropped %q, want %q", dropped, tt.wantDropped)
			}
			if _, err := TopoSort(g); err != nil {
				t.Errorf("TopoSort: %v", err)
			}
		})
	}
}

func TestRedundantEdges(t *testing.T) {
	tests := []struct {
		name string
		succ map[string][]string
		want []edgeKey
	}{
		{"empty", map[string][]string{}, nil},
		{"chain", map[string][]string{"a": {"b"}, "b": {"c"}}, nil},
		{"triangle", map[string][]string{"a": {"b", "c"}, "b": {"c"}}, []edgeKey{{"a", "c"}}},
		{"long shortcut", map[string][]string{"a": {"b", "e"}, "b": {"c"}, "c": {"d"}, "d": {"e"}}, []edgeKey{{"a", "e"}}},
		{"diamond keeps its sides", map[string][]string{"a": {"b", "c"}, "b": {"d"}, "c": {"d"}}, nil},
		{"diamond with shortcut", map[string][]string{"a": {"b", "c", "d"}, "b": {"d"}, "c": {"d"}}, []edgeKey{{"a", "d"}}},
		{"all shortcuts of a chain", map[string][]string{"a": {"b", "c", "d"}, "b": {"c", "d"}, "c": {"d"}}, []edgeKey{{"a", "c"}, {"a", "d"}, {"b", "d"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []edgeKey
			for k := range redundantEdges(tt.succ) {
				got = append(got, k)
			}
			slices.SortFunc(got, compareEdgeKeys)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestTopoSort(t *testing.T) {
	tests := []struct {
		name    string
		events  []timeline.Event
		edges   [][2]string
		want    []string
		wantErr error
	}{
		{
			name:   "dates order free events",
			events: []timeline.Event{event("c", "2025-01-03"), event("a", "2025-01-01"), event("b", "2025-01-02")},
			want:   []string{"a", "b", "c"},
		},
		{
			name:   "ids break date ties",
			events: []timeline.Event{event("b", "2025-01-01"), event("a", "2025-01-01")},
			want:   []string{"a", "b"},
		},
		{
			name:   "undated last",
			events: []timeline.Event{event("u", ""), event("a", "2025-01-09")},
			want:   []string{"a", "u"},
		},
		{
			name:   "edges beat dates",
			events: []timeline.Event{event("late", "2025-02-01"), event("early", "2025-01-01")},
			edges:  [][2]string{{"late", "early"}},
			want:   []string{"late", "early"},
		},
		{
			name:   "a chain waits for its head",
			events: []timeline.Event{event("a", "2025-01-05"), event("b", "2025-01-06"), event("x", "2025-01-01"), event("y", "2025-01-07")},
			edges:  [][2]string{{"a", "b"}, {"y", "x"}},
			want:   []string{"a", "b", "y", "x"},
		},
		{
			name:    "cycle",
			events:  []timeline.Event{event("a", ""), event("b", ""), event("c", "")},
			edges:   [][2]string{{"a", "b"}, {"b", "c"}, {"c", "b"}},
			want:    []string{"a"},
			wantErr: ErrCycle,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := dg.New(eventHash, dg.Directed())
			for i := range tt.events {
				if err := g.AddVertex(&tt.events[i]); err != nil {
					t.Fatal(err)
				}
			}
			for _, e := range tt.edges {
				if err := g.AddEdge(e[0], e[1]); err != nil {
					t.Fatal(err)
				}
			}
			got, err := TopoSort(g)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("error %v, want %v", err, tt.wantErr)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
