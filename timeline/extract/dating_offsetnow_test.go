package extract

import "testing"

// TestPresentAnchor checks that "a month after" a deed, hung on a clause
// told in the present, counts back from the publication day (Monday
// 2025-03-17), as from a saying in the past, and that another past
// clause gives no day to count from.
func TestPresentAnchor(t *testing.T) {
	runDatingCases(t, []datingCase{
		{name: "a month after, told now, is last month",
			text:    "A month after 15 people died in a crush at the Northwind Arena, families say they are still waiting for answers.",
			trigger: "die", start: "2025-02-01", basis: BasisText},
		{name: "a month after, said in the past, is last month too",
			text:    "A month after 15 people died in a crush at the Northwind Arena, families said they were still waiting for answers.",
			trigger: "die", start: "2025-02-01", basis: BasisText},
		{name: "a month after another past deed is no day",
			text:    "A month after 15 people died in a crush at the Northwind Arena, the stadium reopened.",
			trigger: "die", start: ""},
	}, []when{{text: "A month", value: "P1M"}})
}

// TestPastSayingAnchor checks that a count of days or weeks from a
// saying in the past gives no day: the saying's day is a convention, too
// loose for it (a month's count lands in a month, see TestPresentAnchor).
func TestPastSayingAnchor(t *testing.T) {
	runDatingCases(t, []datingCase{
		{name: "a week after, said in the past, is no day",
			text:    "A week after 15 people died in a crush at the Northwind Arena, families said they were still waiting for answers.",
			trigger: "die", start: ""},
		{name: "a week after, told now, is last week",
			text:    "A week after 15 people died in a crush at the Northwind Arena, families say they are still waiting for answers.",
			trigger: "die", start: "2025-03-09", basis: BasisText},
	}, []when{{text: "A week", value: "P1W"}})
}
