package graph

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/timeline"
)

func TestActorsFixture(t *testing.T) {
	g, err := Actors(loadFixture(t))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		a, b   string
		events []string
		kinds  []string
	}{
		{"donald-trump", "vladimir-putin", []string{"e-0212-call", "e-0317-call"}, []string{"call"}},
		{"steve-witkoff", "vladimir-putin", []string{"e-0313-moscow"}, []string{"meeting"}},
		{"dmitry-peskov", "russia", []string{"e-0225-peskov"}, []string{"statement"}},
		{"donald-trump", "volodymyr-zelensky", []string{"e-0228-oval"}, []string{"meeting"}},
	}
	ties := make(map[[2]string]*Tie)
	for _, tie := range g.Ties() {
		ties[[2]string{tie.A, tie.B}] = tie
	}
	for _, tt := range tests {
		t.Run(tt.a+"--"+tt.b, func(t *testing.T) {
			tie := ties[[2]string{tt.a, tt.b}]
			if tie == nil {
				t.Fatalf("no tie")
			}
			if !slices.Equal(tie.Events, tt.events) || !slices.Equal(tie.Kinds, tt.kinds) {
				t.Errorf("events %v kinds %v, want %v %v", tie.Events, tie.Kinds, tt.events, tt.kinds)
			}
			e, err := g.Edge(tt.a, tt.b)
			if err != nil {
				t.Fatal(err)
			}
			if e.Properties.Weight != len(tt.events) {
				t.Errorf("weight %d, want %d", e.Properties.Weight, len(tt.events))
			}
		})
	}
	if _, err := g.Vertex("france"); err == nil {
		t.Errorf("france takes part in no event but is a vertex")
	}
	if got := g.EventCount("donald-trump"); got != 6 {
		t.Errorf("Trump takes part in %d events, want 6", got)
	}
}

func TestActorsUnknownActor(t *testing.T) {
	tl := &timeline.Timeline{Events: []timeline.Event{event("a", "2025-01-01", "ghost", "x")}}
	tl.Actors = []timeline.Actor{{ID: "x", Name: "X"}}
	g, err := Actors(tl)
	if err != nil {
		t.Fatal(err)
	}
	ghost, err := g.Vertex("ghost")
	if err != nil || ghost.Name != "ghost" {
		t.Errorf("ghost = %+v, %v; want a stand-in named by its id", ghost, err)
	}
}

func TestSide(t *testing.T) {
	tests := []struct {
		name  string
		actor timeline.Actor
		want  string
	}{
		{"person of a country", timeline.Actor{ID: "p", Kind: timeline.Person, Country: "russia"}, "russia"},
		{"a country is its own side", timeline.Actor{ID: "ukraine", Kind: timeline.Country}, "ukraine"},
		{"unknown", timeline.Actor{ID: "p", Kind: timeline.Person}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Side(&tt.actor); got != tt.want {
				t.Errorf("Side = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTopActors(t *testing.T) {
	g, err := Actors(loadFixture(t))
	if err != nil {
		t.Fatal(err)
	}
	got := g.TopActors(2)
	if want := []string{"donald-trump", "vladimir-putin"}; !slices.Equal(got, want) {
		t.Errorf("TopActors(2) = %v, want %v", got, want)
	}
	if got := g.TopActors(-1); len(got) != len(g.Actors()) {
		t.Errorf("TopActors(-1) gave %d of %d", len(got), len(g.Actors()))
	}
}

func TestTopActorsLeavesLonersOut(t *testing.T) {
	tl := &timeline.Timeline{Events: []timeline.Event{
		event("a", "2025-01-01", "x", "y"),
		event("b", "2025-01-02", "solo"),
		event("c", "2025-01-03", "solo"),
		event("d", "2025-01-04", "y", "z"),
	}}
	g, err := Actors(tl)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := g.TopActors(-1), []string{"x", "y", "z"}; !slices.Equal(got, want) {
		t.Errorf("TopActors(-1) = %v, want %v", got, want)
	}
	// solo takes part in as many events as y, but with no one else.
	if got, want := g.TopActors(1), []string{"y"}; !slices.Equal(got, want) {
		t.Errorf("TopActors(1) = %v, want %v", got, want)
	}
	if g.Tied("solo") || !g.Tied("x") {
		t.Errorf("Tied(solo) = %v, Tied(x) = %v", g.Tied("solo"), g.Tied("x"))
	}
	if _, err := g.Vertex("solo"); err != nil {
		t.Errorf("the loner is no longer a vertex: %v", err)
	}
}

func TestSideOf(t *testing.T) {
	tl := &timeline.Timeline{
		Actors: []timeline.Actor{
			{ID: "nato", Kind: timeline.Organization},
			{ID: "rutte", Kind: timeline.Person, Country: "nato"},
			{ID: "un", Kind: timeline.Organization},
			{ID: "france", Kind: timeline.Country},
			{ID: "macron", Kind: timeline.Person, Country: "france"},
		},
		Events: []timeline.Event{event("a", "2025-01-01", "nato", "rutte", "un", "macron", "france")},
	}
	g, err := Actors(tl)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ id, want string }{
		{"nato", "nato"}, {"rutte", "nato"}, {"un", ""}, {"france", "france"}, {"macron", "france"},
	} {
		t.Run(tt.id, func(t *testing.T) {
			a, err := g.Vertex(tt.id)
			if err != nil {
				t.Fatal(err)
			}
			if got := g.SideOf(a); got != tt.want {
				t.Errorf("SideOf(%s) = %q, want %q", tt.id, got, tt.want)
			}
		})
	}
}
