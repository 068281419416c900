package extract

import (
	"slices"
	"testing"
)

// TestDatelineForms checks the datelines whose day stands for the
// publication day beyond "PLACE, date (Credit) --": several places
// filed from together, and a date with a credit but no place; a date
// and a dash with no credit opens prose, not a dateline (the
// publication day is Monday 2025-03-17).
func TestDatelineForms(t *testing.T) {
	more := append(slices.Clone(dates), when{text: "March 15", start: "2025-03-15", value: "2025-03-15"})
	tests := []datingCase{
		{name: "a story filed from two cities takes its dateline's day",
			text:    "OSTBURG/RIVERTON, March 15 (Wire) -\nEva Falk said the farm near Riverton was too small.",
			trigger: "say", start: "2025-03-15", basis: BasisPublication},
		{name: "a dateline of a date and a credit only",
			text:    "March 15 (Wire) -\nEva Falk said the farm near Riverton was too small.",
			trigger: "say", start: "2025-03-15", basis: BasisPublication},
		{name: "a date and a dash with no credit is no dateline",
			text:    "March 15 - the day the fair closed - was cold.\nEva Falk said the farm near Riverton was too small.",
			trigger: "say", start: "2025-03-17", basis: BasisPublication},
	}
	runDatingCases(t, tests, more)
}
