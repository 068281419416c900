package extract

import "testing"

// TestSettingDay checks that a possessive day naming the occasion a
// sentence is set at sets the story's time as "On Thursday" does, so
// that the past deed told next is of that day, not the paper's (the
// publication day is Monday 2025-03-17).
func TestSettingDay(t *testing.T) {
	days := []when{
		{text: "Thursday", start: "2025-03-13"},
		{text: "Friday", start: "2025-03-14"},
	}
	runDatingCases(t, []datingCase{
		{name: "during the debate",
			text:    "During Thursday's debate, Anna Berg attacked the budget plan. She later walked out of the studio.",
			trigger: "walk", start: "2025-03-13", basis: BasisNarrative},
		{name: "at the hearing",
			text:    "At Friday's hearing, the judge rejected the motion. Gus Holm fainted in the dock.",
			trigger: "faint", start: "2025-03-14", basis: BasisNarrative},
		{name: "after the vote is another time",
			text:    "After Friday's vote, Carl Dahl resigned. Gus Holm fainted in the dock.",
			trigger: "faint", start: "2025-03-17", basis: BasisPublication},
	}, days)
}
