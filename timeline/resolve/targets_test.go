package resolve

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// A place named beside the agents, and an undated telling naming fewer of
// an event's participants, in merges across documents published the same
// day.
func TestMergeTargetsAndNested(t *testing.T) {
	actors := []timeline.Actor{
		{ID: "cabinet", Name: "Cabinet", Kind: timeline.Organization},
		{ID: "israel", Name: "Israel", Kind: timeline.Country},
		{ID: "hamas", Name: "Hamas", Kind: timeline.Organization},
		{ID: "hezbollah", Name: "Hezbollah", Kind: timeline.Organization},
		{ID: "gaza", Name: "Gaza", Kind: timeline.Place},
		{ID: "beirut", Name: "Beirut", Kind: timeline.Place},
		{ID: "lavrov", Name: "Lavrov", Kind: timeline.Person},
	}
	const day = "2025-01-18"
	tests := []struct {
		name string
		in   []m
		want [][]string
	}{
		{"a deal with someone and a deal about a place are one approval", []m{
			{doc: "a", at: 1, kind: "agreement", trigger: "approve", actors: "a:cabinet a:israel p:hamas", when: day},
			{doc: "b", at: 1, kind: "agreement", trigger: "approve", actors: "a:cabinet a:israel p:gaza", when: day},
		}, [][]string{{"a@1", "b@1"}}},
		{"strikes on two places are two", []m{
			{doc: "a", at: 1, kind: "attack", trigger: "strike", actors: "a:israel a:cabinet t:gaza", when: day},
			{doc: "b", at: 1, kind: "attack", trigger: "strike", actors: "a:israel a:cabinet t:beirut", when: day},
		}, [][]string{{"a@1"}, {"b@1"}}},
		{"strikes on two groups are two", []m{
			{doc: "a", at: 1, kind: "attack", trigger: "strike", actors: "a:israel a:cabinet t:hamas", when: day},
			{doc: "b", at: 1, kind: "attack", trigger: "strike", actors: "a:israel a:cabinet t:hezbollah", when: day},
		}, [][]string{{"a@1"}, {"b@1"}}},
		{"an undated telling naming fewer of the event's participants joins it", []m{
			{doc: "a", at: 1, kind: "agreement", trigger: "approve", actors: "a:cabinet a:israel p:hamas p:gaza", when: day},
			{doc: "b", at: 1, kind: "agreement", trigger: "approve", actors: "a:cabinet p:gaza"},
		}, [][]string{{"a@1", "b@1"}}},
		{"an undated telling naming its agent as a target stays apart", []m{
			{doc: "a", at: 1, kind: "agreement", trigger: "approve", actors: "a:cabinet a:israel p:hamas p:gaza", when: day},
			{doc: "b", at: 1, kind: "agreement", trigger: "approve", actors: "a:hamas p:cabinet"},
		}, [][]string{{"a@1"}, {"b@1"}}},
		{"an undated telling naming someone else stays apart", []m{
			{doc: "a", at: 1, kind: "agreement", trigger: "approve", actors: "a:cabinet a:israel p:hamas", when: day},
			{doc: "b", at: 1, kind: "agreement", trigger: "approve", actors: "a:cabinet p:hamas p:lavrov"},
		}, [][]string{{"a@1"}, {"b@1"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pub, err := timeline.ParseDate(day)
			if err != nil {
				t.Fatal(err)
			}
			opt := Options{Published: map[string]timeline.Date{"a": pub, "b": pub}, Actors: actors}
			events, _ := opt.Merge(results(t, tt.in))
			if got := groups(events); !slices.EqualFunc(got, tt.want, slices.Equal[[]string]) {
				t.Errorf("events:\n got %v\nwant %v", got, tt.want)
			}
		})
	}
}
