package extract

import "testing"

// TestConjunctDates checks that an undated past verb joined to a dated
// deed of the same doer takes its day, even a verb of rejecting, which
// alone is told of its own day; not one with a subject of its own, nor one
// in a relative clause (the publication day is Monday 2025-03-17, "on
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
