package extract

import "testing"

// TestByAhead checks that a deed still to come "by" a later time is
// dated from the publication day (Monday 2025-03-17) to that time's end,
// and that a deed done by a time keeps "by" a bound with no day.
func TestByAhead(t *testing.T) {
	days := []when{{text: "Friday", start: "2025-03-21"}, {text: "May", start: "2024-05-01", end: "2024-05-31", gran: "month"},
		{text: "the end of the year", start: "2025-01-01", end: "2025-12-31", gran: "year"}}
	runDatingCases(t, []datingCase{
		{name: "will repay by a day ahead",
			text:    "Northwind Bank will repay the loan by Friday.",
			trigger: "repay", start: "2025-03-17", basis: BasisText},
		{name: "had repaid by a month gone by",
			text:    "Northwind Bank had repaid the loan by May.",
			trigger: "repay", start: ""},
		{name: "an expecting told now is not the stretch",
			text:    "Northwind Bank expects prices to fall by Friday.",
			trigger: "expect", start: "2025-03-17", basis: BasisPublication},
		// The row above reaches no stretch to undo; this one does, and
		// fails without the occurred guard (basis text, not publication).
		{name: "nor the stretch to the year's end",
			text:    "Northwind Bank expects inflation to fall to 3 percent by the end of the year.",
			trigger: "expect", start: "2025-03-17", basis: BasisPublication},
	}, days)
}
