package resolve

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestFulfilments links what happened to the expected or planned event it
// makes good, and nothing else.
func TestFulfilments(t *testing.T) {
	week := "2025-03-17..2025-03-23/week"
	plan := m{doc: "a", at: 1, kind: "call", status: timeline.Expected, actors: "a:trump p:putin", when: week}
	tests := []struct {
		name      string
		in        []m
		published map[string]timeline.Date
		want      int // fulfils links
	}{
		{"the call on a day of the expected week", []m{plan,
			{doc: "b", at: 1, kind: "call", actors: "a:trump p:putin", when: "2025-03-18"}}, nil, 1},
		{"a call after the expected week", []m{plan,
			{doc: "b", at: 1, kind: "call", actors: "a:trump p:putin", when: "2025-03-28"}}, nil, 0},
		{"a call with someone else", []m{plan,
			{doc: "b", at: 1, kind: "call", actors: "a:trump p:zelensky", when: "2025-03-18"}}, nil, 0},
		{"a call by someone else", []m{plan,
			{doc: "b", at: 1, kind: "call", actors: "a:macron p:putin", when: "2025-03-18"}}, nil, 0},
		{"the plan's agent only a partner of the deed", []m{
			{doc: "a", at: 1, kind: "other", trigger: "play", status: timeline.Planned, actors: "a:eriksen", when: week},
			{doc: "b", at: 1, kind: "other", trigger: "play", actors: "a:debruyne p:eriksen", when: "2025-03-18"}}, nil, 0},
		{"the same general verb", []m{
			{doc: "a", at: 1, kind: "other", trigger: "keep", status: timeline.Planned, actors: "a:messi", when: week},
			{doc: "b", at: 1, kind: "other", trigger: "keep", actors: "a:messi", when: "2025-03-18"}}, nil, 1},
		{"a general verb related to another", []m{
			{doc: "a", at: 1, kind: "other", trigger: "keep", status: timeline.Planned, actors: "a:messi", when: week},
			{doc: "b", at: 1, kind: "other", trigger: "have", actors: "a:messi", when: "2025-03-18"}}, nil, 0},
		{"another kind of event", []m{plan,
			{doc: "b", at: 1, kind: "visit", actors: "a:trump p:putin", when: "2025-03-18"}}, nil, 0},
		{"an undated plan and the call two weeks after it was told",
			[]m{{doc: "a", at: 1, kind: "call", status: timeline.Planned, actors: "a:trump p:putin"},
				{doc: "b", at: 1, kind: "call", actors: "a:trump p:putin", when: "2025-03-24"}},
			map[string]timeline.Date{"a": timeline.NewDate(2025, 3, 10), "b": timeline.NewDate(2025, 3, 25)}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events, links := Options{Published: tt.published}.Merge(results(t, tt.in))
			n := 0
			for _, l := range links {
				if l.Kind != timeline.Fulfils {
					continue
				}
				n++
				from, to := eventByID(events, l.From), eventByID(events, l.To)
				if from.Status != timeline.Occurred || classOf(to.Status) != classFuture {
					t.Errorf("fulfils runs from %s to %s", from.Status, to.Status)
				}
			}
			if n != tt.want {
				t.Errorf("%d fulfils links, want %d: %+v", n, tt.want, links)
			}
		})
	}
}

func eventByID(events []timeline.Event, id string) timeline.Event {
	for _, e := range events {
		if e.ID == id {
			return e
		}
	}
	return timeline.Event{}
}
