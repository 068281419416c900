package extract

import "testing"

// TestQuoteDay checks that "this morning", "tonight" or "yesterday" in
// a quotation count from the day the speaker spoke when the text names
// it, not from the publication day (Monday 2025-03-17).
func TestQuoteDay(t *testing.T) {
	days := []when{
		{text: "on Wednesday", start: "2025-03-12"},
		{text: "this morning", start: "2025-03-17", value: "2025-03-17TMO"},
		{text: "tonight", start: "2025-03-17", value: "2025-03-17TNI"},
		{text: "yesterday", start: "2025-03-16"},
	}
	runDatingCases(t, []datingCase{
		{name: "this morning, said on a day",
			text:    "\"We closed the plant this morning,\" Eva Falk told reporters on Wednesday.",
			trigger: "close", start: "2025-03-12", basis: BasisText},
		{name: "tonight, said on a day",
			text:    "\"The trucks will leave Ostburg tonight,\" Carl Dahl said on Wednesday.",
			trigger: "leave", start: "2025-03-12", basis: BasisText},
		{name: "yesterday, said on a day before the quote",
			text:    "Anna Berg said on Wednesday: \"Gus Holm resigned yesterday.\"",
			trigger: "resign", start: "2025-03-11", basis: BasisText},
		{name: "a saying with no day leaves the publication day",
			text:    "\"We closed the plant this morning,\" Eva Falk said.",
			trigger: "close", start: "2025-03-17", basis: BasisText},
		{name: "the reporter's own this morning is the publication day",
			text:    "Eva Falk closed the plant this morning, Carl Dahl said on Wednesday.",
			trigger: "close", start: "2025-03-17", basis: BasisText},
	}, days)
}
