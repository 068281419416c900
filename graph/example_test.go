package graph_test

import (
	"fmt"
	"time"

	"github.com/storyline/storyline/graph"
	"github.com/storyline/storyline/timeline"
)

func day(y, m, d int) *timeline.When {
	t := timeline.NewDate(y, time.Month(m), d)
	return &timeline.When{Start: t, End: t, Granularity: timeline.Day}
}

func ExampleEvents() {
	tl := &timeline.Timeline{
		Events: []timeline.Event{
			{ID: "claim", When: day(2025, 2, 24), Actors: []timeline.Participant{{ID: "trump"}}},
			{ID: "denial", When: day(2025, 2, 25), Actors: []timeline.Participant{{ID: "peskov"}}},
			{ID: "meeting", When: day(2025, 2, 28), Actors: []timeline.Participant{{ID: "trump"}}},
		},
		Links: []timeline.Link{{From: "denial", To: "claim", Kind: timeline.RespondsTo, Confidence: 0.8}},
	}
	g, err := graph.Events(tl)
	if err != nil {
		panic(err)
	}
	for _, a := range g.Arrows() {
		fmt.Println(a.From, "->", a.To, a.Links[0].Kind, "inferred:", a.Inferred)
	}
	order, _ := graph.TopoSort(g)
	fmt.Println(order)
	// Output:
	// claim -> denial responds_to inferred: false
	// claim -> meeting precedes inferred: true
	// [claim denial meeting]
}

func ExampleActors() {
	tl := &timeline.Timeline{
		Actors: []timeline.Actor{
			{ID: "trump", Name: "Donald Trump", Kind: timeline.Person, Country: "us"},
			{ID: "putin", Name: "Vladimir Putin", Kind: timeline.Person, Country: "russia"},
		},
		Events: []timeline.Event{
			{ID: "call-1", Kind: "call", When: day(2025, 2, 12), Actors: []timeline.Participant{{ID: "trump"}, {ID: "putin"}}},
			{ID: "call-2", Kind: "call", When: day(2025, 3, 18), Actors: []timeline.Participant{{ID: "putin"}, {ID: "trump"}}},
		},
	}
	g, err := graph.Actors(tl)
	if err != nil {
		panic(err)
	}
	for _, t := range g.Ties() {
		fmt.Println(t.A, "--", t.B, t.Weight(), t.Kinds, t.Events)
	}
	for _, a := range g.Actors() {
		fmt.Println(a.Name, "side:", graph.Side(a))
	}
	// Output:
	// putin -- trump 2 [call] [call-1 call-2]
	// Vladimir Putin side: russia
	// Donald Trump side: us
}

func ExampleDropLoose() {
	tl := &timeline.Timeline{
		Events: []timeline.Event{
			{ID: "kellogg-sidelined", When: day(2025, 3, 15)},
			{ID: "russian-demands"}, // undated, but the sidelining answers it
			{ID: "background"},      // undated and linked to nothing
		},
		Links: []timeline.Link{{From: "kellogg-sidelined", To: "russian-demands", Kind: timeline.RespondsTo}},
	}
	kept, dropped := graph.DropLoose(tl)
	for _, ev := range kept.Events {
		fmt.Println(ev.ID)
	}
	fmt.Println("left out:", dropped)
	// Output:
	// kellogg-sidelined
	// russian-demands
	// left out: 1
}

func ExampleActorGraph_TopActors() {
	tl := &timeline.Timeline{
		Events: []timeline.Event{
			{ID: "call", Actors: []timeline.Participant{{ID: "trump"}, {ID: "putin"}}},
			{ID: "speech", Actors: []timeline.Participant{{ID: "pundit"}}},
		},
	}
	g, err := graph.Actors(tl)
	if err != nil {
		panic(err)
	}
	fmt.Println(g.TopActors(-1), g.Tied("pundit"))
	// Output:
	// [putin trump] false
}
