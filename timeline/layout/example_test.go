package layout_test

import (
	"fmt"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/layout"
)

func ExampleLayout() {
	tl := &timeline.Timeline{
		Actors: []timeline.Actor{{ID: "trump", Name: "Donald Trump"}, {ID: "putin", Name: "Vladimir Putin"}},
		Events: []timeline.Event{
			{ID: "crimea", Summary: "Russia annexes Crimea", Actors: []timeline.Participant{{ID: "putin", Role: timeline.RoleAgent}},
				When: &timeline.When{Start: timeline.NewDate(2014, 1, 1), End: timeline.NewDate(2014, 12, 31), Granularity: timeline.Year}},
			{ID: "call", Summary: "Trump and Putin speak by phone", Actors: []timeline.Participant{{ID: "trump", Role: timeline.RoleAgent}, {ID: "putin", Role: timeline.RoleParticipant}},
				When: &timeline.When{Start: timeline.NewDate(2025, 2, 12), End: timeline.NewDate(2025, 2, 12), Granularity: timeline.Day}},
			{ID: "truce", Summary: "Putin backs a truce with conditions", Status: timeline.Reported, Actors: []timeline.Participant{{ID: "putin", Role: timeline.RoleAgent}},
				When: &timeline.When{Start: timeline.NewDate(2025, 3, 13), End: timeline.NewDate(2025, 3, 13), Granularity: timeline.Day}},
			{ID: "talks", Summary: "Trump and Putin to speak again", Status: timeline.Expected, Actors: []timeline.Participant{{ID: "trump", Role: timeline.RoleAgent}},
				When: &timeline.When{Start: timeline.NewDate(2025, 3, 18), End: timeline.NewDate(2025, 3, 18), Granularity: timeline.Day}},
		},
	}
	d, err := layout.Layout(tl, layout.Options{Width: 800})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Subtitle)
	for _, l := range d.Lanes {
		fmt.Printf("lane %q: %d events\n", l.Name, l.Events)
	}
	for _, b := range d.Axis.Breaks {
		fmt.Printf("axis break: %s to %s (%s)\n", b.From, b.To, b.Label)
	}
	for _, m := range d.Marks {
		fmt.Printf("%s: %s\n", m.ID, m.Class)
	}
	// Output:
	// 4 events · 1 Jan 2014 – 18 Mar 2025
	// lane "Vladimir Putin": 2 events
	// lane "Donald Trump": 2 events
	// axis break: 2015-01-01 to 2025-02-11 (10 years)
	// ev-crimea: ev lane-0 st-occurred range vague
	// ev-call: ev lane-1 st-occurred
	// ev-truce: ev lane-0 st-reported
	// ev-talks: ev lane-1 st-expected
}
