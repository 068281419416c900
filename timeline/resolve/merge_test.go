package resolve

import (
	"slices"
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
