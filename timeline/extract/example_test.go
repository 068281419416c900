package extract_test

import (
	"fmt"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/actor"
	"github.com/storyline/storyline/timeline/extract"
)

func ExampleDocument() {
	text := "Dahl, the envoy, who met Berg in Ostburg last week, said talks would resume."
	doc := &timeline.Document{
		ID:        "a1",
		Text:      text,
		Published: timeline.NewDate(2025, 3, 17),
		Sentences: []timeline.Span{{Start: 0, End: len(text), Kind: timeline.Body}},
	}
	week := &timeline.Interval{Start: timeline.NewDate(2025, 3, 10), End: timeline.NewDate(2025, 3, 16), Granularity: timeline.Week}
	timexes := []timeline.Timex{{Start: 41, End: 50, Text: "last week", Type: timeline.TypeDate, Value: "2025-W11", Interval: week}}
	actors := []actor.Mention{
		{Start: 0, End: 4, Text: "Dahl", Name: "Carl Dahl", Kind: timeline.Person, ID: "carl-dahl"},
		{Start: 25, End: 29, Text: "Berg", Name: "Anna Berg", Kind: timeline.Person, ID: "anna-berg"},
		{Start: 33, End: 40, Text: "Ostburg", Name: "Ostburg", Kind: timeline.Place, ID: "ostburg"},
	}
	r := extract.Document(doc, timexes, actors, nil)
	for _, e := range r.Events {
		when := "undated"
		if e.When != nil {
			when = e.When.Start.String() + ".." + e.When.End.String()
		}
		fmt.Printf("%s, %s, %s: %s\n", e.Kind, e.Status, when, e.Summary)
	}
	// Output:
	// meeting, occurred, 2025-03-10..2025-03-16: Carl Dahl met Anna Berg in Ostburg
	// statement, occurred, undated: Carl Dahl said talks would resume
}
