package extract

import (
	"slices"
	"testing"
)

// timedClauseDates adds the spans the time clauses below count.
var timedClauseDates = append(slices.Clone(dates), when{text: "three days", value: "P3D"}, when{text: "a day", value: "P1D"})

// TestConjunctAfterTimedClause: a verb that ", and" joins after a time
// clause set off by commas is the main clause's, so that the time clause
// keeps its own day ("shut its plant on Saturday, three days after it
// recalled the cans, and said on Monday" dated the recall Monday). The
// publication day is Monday 2025-03-17.
func TestConjunctAfterTimedClause(t *testing.T) {
	runDatingCases(t, []datingCase{
		{name: "the time clause keeps its day",
			text:    "Holm Foods shut down its Ostburg plant on Saturday, three days after it recalled 40,000 cans of infant formula, and said on Monday it would expand the recall.",
			trigger: "recall", start: "2025-03-12", basis: BasisText},
		{name: "the saying keeps its day",
			text:    "Holm Foods shut down its Ostburg plant on Saturday, three days after it recalled 40,000 cans of infant formula, and said on Monday it would expand the recall.",
			trigger: "say", start: "2025-03-17", basis: BasisText},
		{name: "a list in the time clause stays there",
			text:    "Police arrested Gus Holm on Saturday, three days after he sold his farm, bought a boat, and left the country.",
			trigger: "sell", start: "2025-03-12", basis: BasisText},
	}, timedClauseDates)
}
