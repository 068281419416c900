package extract

import "testing"

// TestAsOfSaid checks that a fronted "by" with a day gone by dates the
// saying it hangs on, and that a deed done by then, or a saying set off
// by commas, keeps "by" a bound (the publication day is Monday
// 2025-03-17).
func TestAsOfSaid(t *testing.T) {
	days := []when{
		{text: "Sunday evening", start: "2025-03-16", value: "2025-03-16TEV"},
		{text: "Sunday", start: "2025-03-16"},
	}
	runDatingCases(t, []datingCase{
		{name: "by an evening gone by, the saying is then",
			text:    "By Sunday evening the agency said 12 people had been rescued.",
			trigger: "say", start: "2025-03-16", basis: BasisText},
		{name: "a deed done by then is not on the day",
			text:    "By Sunday evening rescuers had pulled 12 survivors from the rubble.",
			trigger: "pull", start: ""},
		{name: "a saying set off by commas is not on the day",
			text:    "By Sunday, the agency said, 12 people had been rescued.",
			trigger: "say", start: "2025-03-17"},
	}, days)
}
