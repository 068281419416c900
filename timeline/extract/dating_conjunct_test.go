package extract

import "testing"

// TestConjunctDates checks that an undated past verb joined to a dated
// deed of the same doer takes its day, even a verb of rejecting, which
// alone is told of its own day; not one with a subject of its own unless
// its clause is joined by ", and", nor one in a relative clause (the publication day is Monday 2025-03-17, "on
// Wednesday" 2025-03-12).
func TestConjunctDates(t *testing.T) {
	runDatingCases(t, []datingCase{
		{name: "a rejection joined to a dated deed",
			text:    "Anna Berg visited Ostburg on Wednesday. In a speech there, she praised the rescuers and dismissed the report of the inquiry.",
			trigger: "dismiss", start: "2025-03-12"},
		{name: "a conjunct with a subject of its own",
			text:    "Anna Berg visited Ostburg on Wednesday. In a speech there, she praised the rescuers and Carl Dahl dismissed the report of the inquiry.",
			trigger: "dismiss"},
		{name: "a conjunct in a relative clause",
			text:    "The verdict capped a trial that began on Wednesday and heard Carl Dahl, who sat on the board and invested $85,000 in the company.",
			trigger: "invest"},
	}, dates)
}

// TestConjunctClauseDates checks that a clause with a subject of its own,
// joined by ", and" to a dated past deed and with no time of its own,
// shares that deed's day: two steps of one scene; not one that says it
// came later.
func TestConjunctClauseDates(t *testing.T) {
	sundayNight := []when{{text: "on Sunday night", start: "2025-03-16"}}
	tests := []struct{ text, trigger, want string }{
		{"The ministry cancelled the visa of Anna Berg last week. Her lawyers went to the court on Sunday night. At a late-night hearing, the judge adjourned the case, and Norlish officials agreed that she would not be removed before the case was heard.", "agree", "2025-03-16"},
		{"The ministry cancelled the visa of Anna Berg last week. Her lawyers went to the court on Sunday night. At a late-night hearing, the judge adjourned the case, and Norlish officials conceded that their officers had erred.", "concede", "2025-03-16"},
		// "later" moves the clause on from its sister's time.
		{"The ministry cancelled the visa of Anna Berg last week. Her lawyers went to the court on Sunday night. At a late-night hearing, the judge adjourned the case, and Norlish officials later agreed that she would not be removed.", "agree", "-"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseTextWith(t, tt.text, sundayNight)
			e := eventBy(t, r, tt.trigger)
			got := startDay(e)
			if got != tt.want {
				t.Errorf("%q dated %s, want %s%s", e.Summary, got, tt.want, describe(r))
			}
		})
	}
}

// TestConjunctOwnDays checks that a conjunct verb takes the day in its own
// phrases, not the time that hangs on the verb it is joined to.
func TestConjunctOwnDays(t *testing.T) {
	runDatingCases(t, []datingCase{
		{name: "its own phrase's day",
			text:    "Gus Holm crossed the border five days later and returned for a second visit on Monday.",
			trigger: "return", start: "2025-03-17", basis: BasisText},
		{name: "the first keeps its time",
			text:    "Gus Holm crossed the border five days later and returned for a second visit on Monday.",
			trigger: "cross", start: "2025-03-10", basis: BasisText},
	}, []when{{text: "five days later", start: "2025-03-10"}, {text: "on Monday", start: "2025-03-17"}})
}
