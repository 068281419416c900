package extract

import "testing"

// TestStrandedNextDay checks that "the next day" after a sentence of
// undated events dates nothing when the text named another time since
// the day it counts from, while after a sentence that names the day, or
// with no other time since, it dates the event (the publication day is
// Monday 2025-03-17).
func TestStrandedNextDay(t *testing.T) {
	days := []when{
		{text: "March 3", start: "2025-03-03"},
		{text: "the next day", start: "2025-03-04"},
		{text: "2019", start: "2019-01-01", end: "2019-12-31", gran: "year", value: "2019"},
	}
	runDatingCases(t, []datingCase{
		{name: "after undated events",
			text:    "The river burst its banks on March 3.\nThe old bridge had been repaired in 2019.\nThe arrests came a week after hundreds of residents protested outside the town hall.\nThe governor dismissed the council the next day.",
			trigger: "dismiss", start: "", basis: ""},
		{name: "after the day itself",
			text:    "Hundreds of residents protested outside the town hall on March 3.\nThe governor dismissed the council the next day.",
			trigger: "dismiss", start: "2025-03-04", basis: BasisText},
		{name: "no other time since the day",
			text:    "The river burst its banks on March 3.\nResidents fled to the hills.\nThe governor dismissed the council the next day.",
			trigger: "dismiss", start: "2025-03-04", basis: BasisText},
	}, days)
}
