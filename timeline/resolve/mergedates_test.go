package resolve

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

func TestMergeUndatedWithPublication(t *testing.T) {
	day := func(s string) timeline.Date {
		d, err := timeline.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	statement := []m{
		{doc: "a", at: 1, kind: "demand", actors: "a:grushko", when: "2025-03-17"},
		{doc: "b", at: 2, kind: "statement", actors: "a:grushko t:nato"},
	}
	call := []m{
		{doc: "a", at: 1, kind: "call", actors: "a:trump p:putin", when: "2025-02-12"},
		{doc: "b", at: 2, kind: "call", actors: "a:putin p:trump"},
	}
	expected := []m{
		{doc: "a", at: 1, kind: "call", status: timeline.Expected, actors: "a:trump p:putin", when: "2025-03-18"},
		{doc: "b", at: 2, kind: "call", status: timeline.Planned, actors: "a:trump p:putin"},
	}
	merged := [][]string{{"a@1", "b@2"}}
	apart := [][]string{{"a@1"}, {"b@2"}}
	tests := []struct {
		name      string
		in        []m
		published string // of document b
		want      [][]string
	}{
		{"a statement published the same day", statement, "2025-03-17", merged},
		{"a statement published the next day", statement, "2025-03-18", merged},
		{"a statement published two days later", statement, "2025-03-19", merged},
		{"a statement published three days later", statement, "2025-03-20", apart},
		{"a statement published before it was made", statement, "2025-03-16", apart},
		{"a call published a week later", call, "2025-02-19", merged},
		{"a call published eight days later", call, "2025-02-20", apart},
		{"a call published before it happened", call, "2025-02-11", apart},
		{"a call expected a week after publication", expected, "2025-03-11", merged},
		{"a call expected, published after the day", expected, "2025-03-19", apart},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := Options{Published: map[string]timeline.Date{"a": day("2025-03-20"), "b": day(tt.published)}}
			events, _ := opt.Merge(results(t, tt.in))
			if got := groups(events); !slices.EqualFunc(got, tt.want, slices.Equal[[]string]) {
				t.Errorf("events:\n got %v\nwant %v", got, tt.want)
			}
		})
	}
}

func TestMergeEventFields(t *testing.T) {
	in := []m{
		{doc: "b", at: 40, kind: "call", status: timeline.Reported, actors: "a:trump p:putin", when: "2025-02-01..2025-02-25/month"},
		{doc: "a", at: 10, kind: "call", actors: "a:trump p:putin", when: "2025-02-12", places: "Washington"},
		{doc: "a", at: 90, kind: "call", actors: "a:trump p:putin t:zelensky", when: "2025-02-10..2025-02-16/week", places: "washington,Oval Office"},
	}
	events, _ := Merge(results(t, in))
	if len(events) != 1 {
		t.Fatalf("got %d events, want 1: %v", len(events), groups(events))
	}
	ev := events[0]
	tests := []struct {
		name      string
		got, want any
	}{
		{"kind", ev.Kind, "call"},
		{"status: occurred beats reported", ev.Status, timeline.Occurred},
		{"when start is the narrowest", ev.When.Start.String(), "2025-02-12"},
		{"when end is the narrowest", ev.When.End.String(), "2025-02-12"},
		{"when granularity", ev.When.Granularity, timeline.Day},
		{"when doc", ev.When.Doc, "a"},
		{"no disagreement", len(ev.Dates), 0},
		{"summary from the fullest telling", ev.Summary, "call told at a@90"},
		{"actors", ev.Actors, []timeline.Participant{{ID: "trump", Role: "agent"}, {ID: "putin", Role: "participant"}, {ID: "zelensky", Role: "patient"}}},
		{"places once each", strings.Join(ev.Places, "|"), "washington|Oval Office"},
		{"mentions sorted by doc", groups(events), [][]string{{"a@10", "a@90", "b@40"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !equalAny(tt.got, tt.want) {
				t.Errorf("got %v, want %v", tt.got, tt.want)
			}
		})
	}
}

func equalAny(a, b any) bool {
	switch a := a.(type) {
	case []timeline.Participant:
		return slices.Equal(a, b.([]timeline.Participant))
	case [][]string:
		return slices.EqualFunc(a, b.([][]string), slices.Equal[[]string])
	}
	return a == b
}

func TestMergeDisagreeingDates(t *testing.T) {
	tests := []struct {
		name           string
		in             []m
		start, end     string
		claims         int
		whenDoc, value string
	}{
		{
			name: "tie: the narrower claim wins",
			in: []m{
				{doc: "a", at: 1, kind: "meeting", actors: "a:witkoff p:putin", when: "2025-03-14..2025-03-16/week"},
				{doc: "b", at: 2, kind: "meeting", actors: "a:witkoff p:putin", when: "2025-03-03..2025-03-09/week"},
			},
			start: "2025-03-14", end: "2025-03-16", claims: 2, whenDoc: "a", value: "2025-03-14..2025-03-16",
		},
		{
			name: "more documents win over a narrower claim",
			in: []m{
				{doc: "a", at: 1, kind: "meeting", actors: "a:witkoff p:putin", when: "2025-03-14..2025-03-16/week"},
				{doc: "b", at: 2, kind: "meeting", actors: "a:witkoff p:putin", when: "2025-03-03..2025-03-09/week"},
				{doc: "c", at: 2, kind: "meeting", actors: "a:witkoff p:putin", when: "2025-03-03..2025-03-09/week"},
			},
			start: "2025-03-03", end: "2025-03-09", claims: 3, whenDoc: "b", value: "2025-03-03..2025-03-09",
		},
		{
			name: "the day beats the vague days next to it",
			in: []m{
				{doc: "a", at: 1, kind: "meeting", actors: "a:witkoff p:putin", when: "2025-03-14..2025-03-16/week"},
				{doc: "b", at: 2, kind: "meeting", actors: "a:witkoff p:putin", when: "2025-03-13"},
			},
			start: "2025-03-13", end: "2025-03-13", claims: 2, whenDoc: "b", value: "2025-03-13",
		},
		{
			name: "one document telling twice counts once",
			in: []m{
				{doc: "a", at: 1, kind: "meeting", actors: "a:witkoff p:putin", when: "2025-03-14..2025-03-16/week"},
				{doc: "b", at: 2, kind: "meeting", actors: "a:witkoff p:putin", when: "2025-03-03..2025-03-09/week"},
				{doc: "b", at: 9, kind: "meeting", actors: "a:witkoff p:putin", when: "2025-03-03..2025-03-09/week"},
			},
			start: "2025-03-14", end: "2025-03-16", claims: 2, whenDoc: "a", value: "2025-03-14..2025-03-16",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events, _ := Merge(results(t, tt.in))
			if len(events) != 1 {
				t.Fatalf("got %d events, want 1: %v", len(events), groups(events))
			}
			w := events[0].When
			if w.Start.String() != tt.start || w.End.String() != tt.end || w.Doc != tt.whenDoc || w.Value != tt.value {
				t.Errorf("when = %s..%s %q from %s, want %s..%s %q from %s", w.Start, w.End, w.Value, w.Doc, tt.start, tt.end, tt.value, tt.whenDoc)
			}
			if len(events[0].Dates) != tt.claims {
				t.Errorf("dates = %+v, want %d claims", events[0].Dates, tt.claims)
			}
		})
	}
}

func TestMergeLaterReportBreaksTies(t *testing.T) {
	in := []m{
		{doc: "sun", at: 1, kind: "call", status: timeline.Expected, actors: "a:trump p:putin", when: "2025-03-10..2025-03-16/week"},
		{doc: "mon", at: 1, kind: "call", status: timeline.Expected, actors: "a:trump p:putin", when: "2025-03-17..2025-03-23/week"},
	}
	tests := []struct {
		name      string
		published map[string]timeline.Date
		start     string
	}{
		{"no publication dates: the earlier week", nil, "2025-03-10"},
		{"the later report's week", map[string]timeline.Date{"sun": timeline.NewDate(2025, 3, 16), "mon": timeline.NewDate(2025, 3, 17)}, "2025-03-17"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events, _ := Options{Published: tt.published}.Merge(results(t, in))
			if len(events) != 1 {
				t.Fatalf("got %d events, want 1", len(events))
			}
			if got := events[0].When.Start.String(); got != tt.start {
				t.Errorf("when starts %s, want %s", got, tt.start)
			}
		})
	}
}

func TestMergeUndatedTogether(t *testing.T) {
	in := []m{
		{doc: "a", at: 1, kind: "statement", actors: "a:kallas"},
		{doc: "b", at: 2, kind: "statement", actors: "a:kallas"},
		{doc: "c", at: 3, kind: "statement", actors: "a:kallas"},
	}
	tests := []struct {
		name    string
		b, c    int // publication days after a's
		want    [][]string
		options bool
	}{
		{"without publication dates", 0, 0, [][]string{{"a@1"}, {"b@2"}, {"c@3"}}, false},
		{"published the same day", 0, 0, [][]string{{"a@1", "b@2", "c@3"}}, true},
		{"published a day apart", 1, 1, [][]string{{"a@1", "b@2", "c@3"}}, true},
		{"two days apart", 2, 2, [][]string{{"a@1"}, {"b@2", "c@3"}}, true},
		{"no chain over a day at a time", 1, 2, [][]string{{"a@1", "b@2"}, {"c@3"}}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var opt Options
			if tt.options {
				a := timeline.NewDate(2025, 3, 17)
				opt.Published = map[string]timeline.Date{"a": a, "b": a.AddDays(tt.b), "c": a.AddDays(tt.c)}
			}
			events, _ := opt.Merge(results(t, in))
			if got := groups(events); !slices.EqualFunc(got, tt.want, slices.Equal[[]string]) {
				t.Errorf("events:\n got %v\nwant %v", got, tt.want)
			}
		})
	}
}
