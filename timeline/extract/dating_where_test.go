package extract

import "testing"

// TestPlaceRelativeTime checks that a place's "where" clause keeps a
// time long past, or one it looks back to, for itself, however the parse
// hangs it, while a day of the news there still dates the verb (the
// publication day is Monday 2025-03-17).
func TestPlaceRelativeTime(t *testing.T) {
	days := []when{
		{text: "on Saturday", start: "2025-03-15"},
		{text: "in 2022", start: "2022-01-01", end: "2022-12-31", gran: "year", value: "2022"},
	}
	runDatingCases(t, []datingCase{
		{name: "a year in the clause the parse hangs from the verb",
			text:    "Carl Dahl sold the barn in Ostburg, where it was built in 2022.",
			trigger: "sell"},
		{name: "a year in a clause without a comma",
			text:    "The leak was found in a pipe where smaller leaks appeared in 2022.",
			trigger: "find"},
		{name: "a year in the clause of a planned deed's place",
			text:    "Carl Dahl would decide whether to fix the roof or sell the barn in Ostburg, where it was built in 2022.",
			trigger: "fix"},
		{name: "a year in the clause of a move's place",
			text:    "Gus Holm moved to Ostburg, where he was born in 2022.",
			trigger: "move"},
		{name: "the clause keeps its year",
			text:    "Carl Dahl sold the barn in Ostburg, where it was built in 2022.",
			trigger: "build", start: "2022-01-01", basis: BasisText},
		{name: "a day of the news in the clause is the verb's",
			text:    "Gus Holm spoke at a rally in Ostburg, where thousands gathered on Saturday.",
			trigger: "speak", start: "2025-03-15", basis: BasisText},
		{name: "a look back in the clause is not",
			text:    "Gus Holm spoke at a rally in Ostburg, where the strike had begun on Saturday.",
			trigger: "speak", start: "2025-03-17", basis: BasisPublication},
	}, days)
}
