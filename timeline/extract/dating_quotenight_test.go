package extract

import "testing"

// TestQuoteNight checks that a quotation's "tonight" told in the past is
// the night of the story's day when that day is the one before the
// publication day (Monday 2025-03-17) and the saying has no day of its
// own.
func TestQuoteNight(t *testing.T) {
	days := []when{
		{text: "on Sunday", start: "2025-03-16"},
		{text: "Tonight", start: "2025-03-17", value: "2025-03-17TNI"},
	}
	runDatingCases(t, []datingCase{
		{name: "a past tonight after a story of the day before",
			text:    "The rocket reached orbit on Sunday.\n\"Tonight we became a real airline,\" Eva Falk told the staff.",
			trigger: "become", start: "2025-03-16", basis: BasisText},
		{name: "a future tonight stays the publication night",
			text:    "The rocket reached orbit on Sunday.\n\"Tonight the trucks will leave Ostburg,\" Carl Dahl said.",
			trigger: "leave", start: "2025-03-17", basis: BasisText},
		{name: "no story day keeps the publication night",
			text:    "\"Tonight we became a real airline,\" Eva Falk told the staff.",
			trigger: "become", start: "2025-03-17", basis: BasisText},
	}, days)
}
