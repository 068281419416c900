package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestLastQuarter: while the story is at the day the results were told,
// their figures are the quarter the text last named since that day; not
// a figure's comparison ("a year earlier", an earlier quarter), not a
// quarter still running, and none once a day is named after it.
func TestLastQuarter(t *testing.T) {
	quarters := []when{
		{text: "fourth-quarter", start: "2024-10-01", end: "2024-12-31", gran: timeline.Quarter, value: "2024-Q4"},
		{text: "a year earlier", start: "2023-10-01", end: "2023-12-31", gran: timeline.Quarter, value: "2023-Q4"},
		{text: "first-quarter", start: "2025-01-01", end: "2025-03-31", gran: timeline.Quarter, value: "2025-Q1"},
	}
	const lede = "Harwick Foods said on Monday it would close 20 stores.\n"
	runDatingCases(t, []datingCase{
		{name: "the quarter's figure, not the day's",
			text:    lede + "The company reported a fourth-quarter net loss of $50 million.\nRevenue fell 3% to $900 million.",
			trigger: "fall", start: "2024-10-01", basis: BasisNarrative},
		{name: "the latest quarter, not the one compared",
			text:    lede + "The company reported a fourth-quarter net loss of $50 million, up from $30 million a year earlier.\nRevenue fell 3% to $900 million.",
			trigger: "fall", start: "2024-10-01", basis: BasisNarrative},
		{name: "a day named after the quarter",
			text:    lede + "The company reported a fourth-quarter net loss of $50 million.\nIts shares plunged on Monday.\nRevenue fell 3% to $900 million.",
			trigger: "fall", start: "2025-03-17", basis: BasisNarrative},
		{name: "a quarter still running is a forecast's",
			text:    lede + "The company forecast first-quarter revenue of $800 million.\nRevenue fell 3% to $900 million.",
			trigger: "fall", start: "2025-03-17", basis: BasisNarrative},
	}, append(quarters, dates...))
}
