package resolve_test

import (
	"fmt"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/extract"
	"github.com/storyline/storyline/timeline/resolve"
)

// Two documents tell the same phone call, one to the day and one to the
// month: Merge makes one event with both tellings, dated by the day.
func ExampleMerge() {
	trumpPutin := []timeline.Participant{{ID: "donald-trump", Role: timeline.RoleAgent}, {ID: "vladimir-putin", Role: timeline.RoleParticipant}}
	day := timeline.NewDate(2025, 2, 12)
	results := []extract.Result{
		{Doc: "a", Events: []extract.EventMention{{
			Kind: "call", Status: timeline.Occurred, Actors: trumpPutin,
			Summary: "Donald Trump called Vladimir Putin",
			When:    &timeline.When{Start: day, End: day, Value: "2025-02-12", Granularity: timeline.Day, Text: "on Wednesday", Doc: "a"},
			Mention: timeline.Mention{Doc: "a", Start: 0, End: 60},
		}}},
		{Doc: "b", Events: []extract.EventMention{{
			Kind: "call", Status: timeline.Reported, Actors: trumpPutin,
			Summary: "Trump and Putin spoke by phone",
			When: &timeline.When{Start: timeline.NewDate(2025, 2, 1), End: timeline.NewDate(2025, 2, 25),
				Value: "2025-02", Granularity: timeline.Month, Text: "earlier this month", Doc: "b"},
			Mention: timeline.Mention{Doc: "b", Start: 120, End: 200},
		}}},
	}
	events, _ := resolve.Merge(results)
	for _, ev := range events {
		fmt.Printf("%s %s %s (%q in %s), %d mentions\n", ev.Kind, ev.Status, ev.When.Start, ev.When.Text, ev.When.Doc, len(ev.Mentions))
	}
	// Output:
	// call occurred 2025-02-12 ("on Wednesday" in a), 2 mentions
}

// With publication dates, an undated telling can join an event another
// document dates, when it was published in the days the event falls in.
func ExampleOptions_Merge() {
	grushko := []timeline.Participant{{ID: "alexander-grushko", Role: timeline.RoleAgent}}
	day := timeline.NewDate(2025, 3, 17)
	results := []extract.Result{
		{Doc: "a", Events: []extract.EventMention{{
			Kind: "demand", Actors: grushko, Status: timeline.Occurred,
			When:    &timeline.When{Start: day, End: day, Value: "2025-03-17", Granularity: timeline.Day, Text: "on Monday", Doc: "a"},
			Mention: timeline.Mention{Doc: "a", Start: 10, End: 90},
		}}},
		{Doc: "b", Events: []extract.EventMention{{
			Kind: "statement", Actors: grushko, Status: timeline.Occurred,
			Mention: timeline.Mention{Doc: "b", Start: 300, End: 380},
		}}},
	}
	docs := []timeline.Document{{ID: "a", Published: day}, {ID: "b", Published: day}}
	opt := resolve.Options{Published: resolve.PublishedDates(docs)}
	events, _ := opt.Merge(results)
	fmt.Println(len(events), events[0].Kind, events[0].When.Start, len(events[0].Mentions))
	// Output:
	// 1 demand 2025-03-17 2
}
