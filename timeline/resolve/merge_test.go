package resolve

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

func TestMergeGroups(t *testing.T) {
	const (
		week11 = "2025-03-10..2025-03-16/week"
		week10 = "2025-03-03..2025-03-09/week"
		feb    = "2025-02-01..2025-02-25/month"
	)
	tests := []struct {
		name string
		in   []m
		want [][]string // tellings of each event, as doc@start
	}{
		{
			name: "a day and the month around it are one call",
			in: []m{
				{doc: "a", at: 1, kind: "call", actors: "a:trump p:putin", when: "2025-02-12"},
				{doc: "b", at: 5, kind: "call", actors: "a:trump p:putin", when: feb},
			},
			want: [][]string{{"a@1", "b@5"}},
		},
		{
			name: "one arrested in a week and by police on a day of it is one arrest",
			in: []m{
				{doc: "a", at: 1, kind: "arrest", actors: "a:police t:dahl", when: "2025-03-12"},
				{doc: "b", at: 5, kind: "arrest", actors: "t:dahl", when: week11},
			},
			want: [][]string{{"a@1", "b@5"}},
		},
		{
			name: "one arrested and another arrested by police are two arrests",
			in: []m{
				{doc: "a", at: 1, kind: "arrest", actors: "a:police t:dahl", when: "2025-03-12"},
				{doc: "b", at: 5, kind: "arrest", actors: "t:holm", when: week11},
			},
			want: [][]string{{"a@1"}, {"b@5"}},
		},
		{
			name: "two acts of one speaker in one sentence are two events",
			in: []m{
				{doc: "a", at: 1, kind: "statement", trigger: "claim", actors: "a:osei", when: "2025-03-12"},
				{doc: "a", at: 1, kind: "statement", trigger: "demand", actors: "a:osei", when: "2025-03-12"},
			},
			want: [][]string{{"a@1"}, {"a@1"}},
		},
		{
			name: "a saying and the demand it reports are one statement",
			in: []m{
				{doc: "a", at: 1, kind: "statement", actors: "a:osei", when: "2025-03-12"},
				{doc: "a", at: 1, kind: "demand", actors: "a:osei", when: "2025-03-12", reported: true},
			},
			want: [][]string{{"a@1"}}, // one event, its one sentence told once
		},
		{
			name: "an expected call is not the call that occurred",
			in: []m{
				{doc: "a", at: 1, kind: "call", actors: "a:trump p:putin", when: "2025-02-12"},
				{doc: "b", at: 5, kind: "call", status: timeline.Expected, actors: "a:trump p:putin", when: feb},
			},
			want: [][]string{{"a@1"}, {"b@5"}},
		},
		{
			name: "a reported meeting is the meeting that occurred",
			in: []m{
				{doc: "a", at: 1, kind: "meeting", status: timeline.Reported, actors: "a:witkoff p:putin", when: week11},
				{doc: "b", at: 2, kind: "meeting", actors: "a:witkoff p:putin", when: "2025-03-13"},
			},
			want: [][]string{{"a@1", "b@2"}},
		},
		{
			name: "who is named first does not matter in a meeting",
			in: []m{
				{doc: "a", at: 1, kind: "meeting", actors: "a:witkoff p:putin", when: "2025-03-13"},
				{doc: "b", at: 2, kind: "meeting", actors: "a:putin p:witkoff", when: "2025-03-13"},
			},
			want: [][]string{{"a@1", "b@2"}},
		},
		{
			name: "meetings in different places stay apart",
			in: []m{
				{doc: "a", at: 1, kind: "meeting", actors: "a:rubio p:lavrov", when: "2025-02-18", places: "Riyadh"},
				{doc: "b", at: 2, kind: "meeting", actors: "a:rubio p:lavrov", when: "2025-02-18", places: "Istanbul"},
			},
			want: [][]string{{"a@1"}, {"b@2"}},
		},
		{
			name: "a place named by one telling only does not block",
			in: []m{
				{doc: "a", at: 1, kind: "meeting", actors: "a:rubio p:lavrov", when: "2025-02-18", places: "Riyadh"},
				{doc: "b", at: 2, kind: "meeting", actors: "a:rubio p:lavrov", when: "2025-02-17..2025-02-23/week"},
			},
			want: [][]string{{"a@1", "b@2"}},
		},
		{
			name: "one speaker on one day is one statement",
			in: []m{
				{doc: "a", at: 1, kind: "statement", actors: "a:peskov", when: "2025-02-25"},
				{doc: "b", at: 2, kind: "statement", actors: "a:peskov t:trump", when: "2025-02-25"},
			},
			want: [][]string{{"a@1", "b@2"}},
		},
		{
			name: "one speaker on two days makes two statements",
			in: []m{
				{doc: "a", at: 1, kind: "statement", actors: "a:peskov", when: "2025-02-25"},
				{doc: "b", at: 2, kind: "statement", actors: "a:peskov", when: "2025-02-26"},
			},
			want: [][]string{{"a@1"}, {"b@2"}},
		},
		{
			name: "two speakers on one day make two statements",
			in: []m{
				{doc: "a", at: 1, kind: "statement", actors: "a:peskov", when: "2025-02-25"},
				{doc: "b", at: 2, kind: "statement", actors: "a:lavrov", when: "2025-02-25"},
			},
			want: [][]string{{"a@1"}, {"b@2"}},
		},
		{
			name: "statements dated only by the same week stay apart",
			in: []m{
				{doc: "a", at: 1, kind: "statement", actors: "a:peskov", when: week11},
				{doc: "b", at: 2, kind: "statement", actors: "a:peskov", when: week11},
			},
			want: [][]string{{"a@1"}, {"b@2"}},
		},
		{
			name: "a plain statement is the demand made that day",
			in: []m{
				{doc: "a", at: 1, kind: "demand", actors: "a:grushko", when: "2025-03-17"},
				{doc: "b", at: 2, kind: "statement", actors: "a:grushko", when: "2025-03-17"},
			},
			want: [][]string{{"a@1", "b@2"}},
		},
		{
			name: "a demand and a warning are two speech acts",
			in: []m{
				{doc: "a", at: 1, kind: "demand", actors: "a:grushko", when: "2025-03-17"},
				{doc: "a", at: 9, kind: "warning", actors: "a:grushko", when: "2025-03-17"},
			},
			want: [][]string{{"a@1"}, {"a@9"}},
		},
		{
			name: "nobody shared, no merge",
			in: []m{
				{doc: "a", at: 1, kind: "call", actors: "a:trump p:putin", when: "2025-02-12"},
				{doc: "b", at: 2, kind: "call", actors: "a:macron p:starmer", when: "2025-02-12"},
			},
			want: [][]string{{"a@1"}, {"b@2"}},
		},
		{
			name: "one shared actor with others disagreeing is two calls",
			in: []m{
				{doc: "a", at: 1, kind: "call", actors: "a:trump p:putin", when: "2025-02-12"},
				{doc: "b", at: 2, kind: "call", actors: "a:trump p:zelensky", when: "2025-02-12"},
			},
			want: [][]string{{"a@1"}, {"b@2"}},
		},
		{
			name: "the agent alone is the same call",
			in: []m{
				{doc: "a", at: 1, kind: "call", actors: "a:trump p:putin", when: "2025-02-12"},
				{doc: "b", at: 2, kind: "call", actors: "a:trump", when: "2025-02-12"},
			},
			want: [][]string{{"a@1", "b@2"}},
		},
		{
			name: "a shared target alone is not the same attack",
			in: []m{
				{doc: "a", at: 1, kind: "attack", actors: "a:russia t:kyiv", when: "2025-03-10"},
				{doc: "b", at: 2, kind: "attack", actors: "t:kyiv", when: "2025-03-10"},
			},
			want: [][]string{{"a@1"}, {"b@2"}},
		},
		{
			name: "kinds of different families stay apart",
			in: []m{
				{doc: "a", at: 1, kind: "call", actors: "a:trump p:putin", when: "2025-02-12"},
				{doc: "b", at: 2, kind: "meeting", actors: "a:trump p:putin", when: "2025-02-12"},
			},
			want: [][]string{{"a@1"}, {"b@2"}},
		},
		{
			name: "days that do not overlap are two events",
			in: []m{
				{doc: "a", at: 1, kind: "call", actors: "a:trump p:putin", when: "2025-02-12"},
				{doc: "b", at: 2, kind: "call", actors: "a:trump p:putin", when: "2025-02-13"},
			},
			want: [][]string{{"a@1"}, {"b@2"}},
		},
		{
			name: "adjacent vague weeks from two documents are one meeting",
			in: []m{
				{doc: "a", at: 1, kind: "meeting", actors: "a:witkoff p:putin", when: "2025-03-14..2025-03-16/week", places: "Moscow"},
				{doc: "b", at: 2, kind: "meeting", actors: "a:witkoff p:putin", when: week10},
			},
			want: [][]string{{"a@1", "b@2"}},
		},
		{
			name: "a day next to a vague end of the week is one meeting",
			in: []m{
				{doc: "a", at: 1, kind: "meeting", actors: "a:witkoff p:putin", when: "2025-03-13"},
				{doc: "b", at: 2, kind: "meeting", actors: "a:witkoff p:putin", when: "2025-03-14..2025-03-16/week"},
			},
			want: [][]string{{"a@1", "b@2"}},
		},
		{
			name: "a day further than a vague date's width stays apart",
			in: []m{
				{doc: "a", at: 1, kind: "meeting", actors: "a:witkoff p:putin", when: "2025-03-10"},
				{doc: "b", at: 2, kind: "meeting", actors: "a:witkoff p:putin", when: "2025-03-14..2025-03-16/week"},
			},
			want: [][]string{{"a@1"}, {"b@2"}},
		},
		{
			name: "vague weeks a month apart are two meetings",
			in: []m{
				{doc: "a", at: 1, kind: "meeting", actors: "a:witkoff p:putin", when: week11},
				{doc: "b", at: 2, kind: "meeting", actors: "a:witkoff p:putin", when: "2025-02-03..2025-02-09/week"},
			},
			want: [][]string{{"a@1"}, {"b@2"}},
		},
		{
			name: "one document's two weeks are two meetings",
			in: []m{
				{doc: "a", at: 1, kind: "meeting", actors: "a:witkoff p:putin", when: week11},
				{doc: "a", at: 2, kind: "meeting", actors: "a:witkoff p:putin", when: week10},
			},
			want: [][]string{{"a@1"}, {"a@2"}},
		},
		{
			name: "an undated telling joins its own document's event",
			in: []m{
				{doc: "a", at: 1, kind: "meeting", actors: "a:witkoff p:putin", when: week11, places: "Moscow"},
				{doc: "a", at: 50, kind: "meeting", actors: "a:witkoff p:putin"},
			},
			want: [][]string{{"a@1", "a@50"}},
		},
		{
			name: "an undated telling from another document stays apart without publication dates",
			in: []m{
				{doc: "a", at: 1, kind: "demand", actors: "a:grushko", when: "2025-03-17"},
				{doc: "b", at: 2, kind: "demand", actors: "a:grushko"},
			},
			want: [][]string{{"a@1"}, {"b@2"}},
		},
		{
			name: "an undated telling that fits only weakly stays apart",
			in: []m{
				{doc: "a", at: 1, kind: "meeting", actors: "a:witkoff p:putin", when: week11},
				{doc: "a", at: 2, kind: "meeting", actors: "a:witkoff p:putin p:lavrov"},
			},
			want: [][]string{{"a@1"}, {"a@2"}},
		},
		{
			name: "an undated telling that fits two events joins neither",
			in: []m{
				{doc: "a", at: 1, kind: "call", actors: "a:trump p:putin", when: "2025-02-12"},
				{doc: "a", at: 2, kind: "call", actors: "a:trump p:putin", when: "2025-03-18"},
				{doc: "a", at: 3, kind: "call", actors: "a:trump p:putin"},
			},
			want: [][]string{{"a@1"}, {"a@2"}, {"a@3"}},
		},
		{
			name: "a vague date between two days joins neither",
			in: []m{
				{doc: "a", at: 1, kind: "call", actors: "a:trump p:putin", when: "2025-02-12"},
				{doc: "b", at: 1, kind: "call", actors: "a:trump p:putin", when: "2025-02-20"},
				{doc: "c", at: 1, kind: "call", actors: "a:trump p:putin", when: feb},
			},
			want: [][]string{{"a@1"}, {"b@1"}, {"c@1"}},
		},
		{
			name: "a vague date joins the day more documents tell",
			in: []m{
				{doc: "a", at: 1, kind: "call", actors: "a:trump p:putin", when: "2025-02-12"},
				{doc: "b", at: 1, kind: "call", actors: "a:trump p:putin", when: "2025-02-12"},
				{doc: "c", at: 1, kind: "call", actors: "a:trump p:putin", when: "2025-02-20"},
				{doc: "d", at: 1, kind: "call", actors: "a:trump p:putin", when: feb},
			},
			want: [][]string{{"a@1", "b@1", "d@1"}, {"c@1"}},
		},
		{
			// The tiny documents share nothing but the word, so the
			// second pass does not merge them either.
			name: "events with nobody named merge only at one place",
			in: []m{
				{doc: "a", at: 1, kind: "attack", when: "2025-03-10", places: "Sumy"},
				{doc: "b", at: 1, kind: "attack", when: "2025-03-10", places: "Sumy"},
				{doc: "c", at: 1, kind: "attack", when: "2025-03-10"},
				{doc: "d", at: 1, kind: "attack", when: "2025-03-10"},
			},
			want: [][]string{{"a@1", "b@1"}, {"c@1"}, {"d@1"}},
		},
		{
			name: "other events merge only on the same trigger",
			in: []m{
				{doc: "a", at: 1, kind: "other", actors: "a:kyiv", when: "2025-03-10"},
				{doc: "b", at: 1, kind: "other", actors: "a:kyiv", when: "2025-03-10"},
			},
			want: [][]string{{"a@1", "b@1"}},
		},
		{
			name: "one document telling an event twice keeps both tellings",
			in: []m{
				{doc: "a", at: 1, kind: "call", status: timeline.Expected, actors: "a:trump p:putin", when: "2025-03-17..2025-03-23/week"},
				{doc: "a", at: 30, kind: "call", status: timeline.Expected, actors: "a:trump p:putin", when: "2025-03-17..2025-03-23/week"},
				{doc: "b", at: 4, kind: "call", status: timeline.Planned, actors: "a:trump p:putin", when: "2025-03-17..2025-03-23/week"},
			},
			want: [][]string{{"a@1", "a@30", "b@4"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events, _ := Merge(results(t, tt.in))
			if got := groups(events); !slices.EqualFunc(got, tt.want, slices.Equal[[]string]) {
				t.Errorf("events:\n got %v\nwant %v", got, tt.want)
			}
		})
	}
}

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
