package extract

import "testing"

// TestChargeDay checks that a side's charge, told in the simple past, is
// dated as a saying is, by the publication day (2025-03-17), while the
// story has no day yet or is at that day; after a look back to another
// day, or in the past perfect, it stays undated.
func TestChargeDay(t *testing.T) {
	runDatingCases(t, []datingCase{
		{name: "a charge in a story with no time yet is the day's news",
			text:    "Norland accused Sudland of shelling the dam.",
			trigger: "accuse", start: "2025-03-17", basis: BasisPublication},
		{name: "a charge after the story's day, the publication day, is of that day",
			text:    "The dam at Ostburg collapsed on Monday. Sudland blamed Norlish shelling.",
			trigger: "blame", start: "2025-03-17", basis: BasisPublication},
		{name: "a charge after a look back to another day stays undated",
			text:    "The dam at Ostburg collapsed on Wednesday. Sudland blamed Norlish shelling.",
			trigger: "blame"},
		{name: "a charge in the past perfect stays undated",
			text:    "Norland had accused Sudland of mining the dam.",
			trigger: "accuse"},
	}, dates)
}
