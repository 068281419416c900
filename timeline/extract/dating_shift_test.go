package extract

import "testing"

// TestFutureShift checks that a bare weekday the tagger resolved before
// the publication day (Monday 2025-03-17; "on Wednesday" is read as
// 2025-03-12) moves a week on for an event still to come, and only then.
func TestFutureShift(t *testing.T) {
	runDatingCases(t, []datingCase{
		{name: "a plan is ahead",
			text:    "Eva Falk urged farmers to join a strike on Wednesday.",
			trigger: "strike", start: "2025-03-19"},
		{name: "a possibility a modal tells is ahead",
			text:    "The storm could hit the coast near Riverton on Wednesday.",
			trigger: "hit", start: "2025-03-19"},
		{name: "so is the thing the possible deed is done to",
			text:    "Gus Holm may announce the sale of the farm on Wednesday.",
			trigger: "sale", start: "2025-03-19"},
		{name: "a possibility in the past stays",
			text:    "Gus Holm might have sold the farm on Wednesday.",
			trigger: "sell", start: "2025-03-12"},
		{name: "an ability denied stays",
			text:    "Gus Holm could not announce the sale of the farm on Wednesday.",
			trigger: "sale", start: "2025-03-12"},
	}, dates)
}
