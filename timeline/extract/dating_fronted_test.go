package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestFrontedTime checks that a time opening a clause after a semicolon,
// set off by a comma, is that clause's, however the parse hangs it: not
// the time of the clause before the semicolon ("last week" is 2025-03-10,
// the publication day Monday 2025-03-17). TestWeekdayByVerb holds a
// fronted weekday the parse makes the root.
func TestFrontedTime(t *testing.T) {
	runDatingCases(t, []datingCase{
		{name: "not the clause before the semicolon",
			text:    "If the loan is repaid in stock, Norbank will print about 2 million new shares; last week, the lender had nearly 40 million shares in issue.",
			trigger: "print"},
		{name: "nor a deed of a compound subject",
			text:    "If the bonds are swapped for stock, Carl Dahl's firm will sell about 5 million shares; last week, the firm had nearly 60 million shares outstanding.",
			trigger: "sell"},
	}, dates)
}

// TestFigureIsNoClause checks that a time the parse hangs on a figure it
// takes for a clause of its own ("2.5%" as a parataxis) dates the
// sentence's past verb.
func TestFigureIsNoClause(t *testing.T) {
	quarters := []when{
		{text: "the third quarter", start: "2024-07-01", end: "2024-09-30", gran: timeline.Quarter, value: "2024-Q3"},
		{text: "the fourth quarter", start: "2024-10-01", end: "2024-12-31", gran: timeline.Quarter, value: "2024-Q4"},
	}
	runDatingCases(t, []datingCase{
		{name: "farm output",
			text:    "Although the bureau said farm output grew an estimated 3.5% in the third quarter, in line with forecasts, economists are increasingly predicting much weaker harvests -- and therefore more rural job losses -- for the fourth quarter.",
			trigger: "grow", start: "2024-07-01"},
		{name: "exports",
			text:    "Although the agency said exports rose an estimated 1.5% in the third quarter, in line with expectations, traders are increasingly predicting a much weaker market -- and therefore more factory closures -- for the fourth quarter.",
			trigger: "rise", start: "2024-07-01"},
	}, quarters)
}

// TestSayingTimeOnPath checks that a time of the saying that reports a
// verb, reached through the saying, does not date the verb: "police said
// as night fell on Saturday" is the saying's Saturday.
func TestSayingTimeOnPath(t *testing.T) {
	runDatingCases(t, []datingCase{
		{name: "the saying's clause",
			text:    "At least 12 were killed and more than 300 hurt, police said as night fell on Saturday.",
			trigger: "kill"},
	}, dates)
}
