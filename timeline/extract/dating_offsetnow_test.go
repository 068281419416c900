package extract

import "testing"

// TestPresentAnchor checks that "a month after" a deed, hung on a clause
// told in the present, counts back from the publication day (Monday
// 2025-03-17), and that a past clause gives no day to count from.
func TestPresentAnchor(t *testing.T) {
	runDatingCases(t, []datingCase{
		{name: "a month after, told now, is last month",
			text:    "A month after 15 people died in a crush at the Northwind Arena, families say they are still waiting for answers.",
			trigger: "die", start: "2025-02-01", basis: BasisText},
		{name: "a month after, told in the past, is no day",
			text:    "A month after 15 people died in a crush at the Northwind Arena, families said they were still waiting for answers.",
			trigger: "die", start: ""},
	}, []when{{text: "A month", value: "P1M"}})
}
