package extract

import "testing"

// TestWeekdayByVerb checks that a bare weekday far from its clause's verb
// takes its side of the publication day (Monday 2025-03-17) from the verb
// the parse hangs it on, not from a tense word in the phrase between,
// which the tagger read: there "On Wednesday" is 2025-03-12 after "had
// stalled", 2025-03-19 after "will shape".
func TestWeekdayByVerb(t *testing.T) {
	ahead := []when{{text: "On Wednesday", start: "2025-03-19"}, {text: "on Wednesday", start: "2025-03-19"}}
	runDatingCases(t, []datingCase{
		{name: "a past verb's object is past, whatever the phrase before says",
			text:    "On Wednesday, after a long day of talks that aides say will shape the region, Anna Berg and Carl Dahl signed the accord.",
			trigger: "accord", start: "2025-03-12"},
		{name: "what was planned for the day may be ahead",
			text:    "The farmers planned a large march in Ostburg on Wednesday.",
			trigger: "march", start: "2025-03-19"},
	}, ahead)
	runDatingCases(t, []datingCase{
		{name: "an expectation told in the present is ahead",
			text:    "On Wednesday, after months of talks that had stalled twice, the board is expected to approve the sale.",
			trigger: "approve", start: "2025-03-19"},
		{name: "so is what the expected deed is done to",
			text:    "On Wednesday, after months of talks that had stalled twice, the board is expected to approve the sale.",
			trigger: "sale", start: "2025-03-19"},
		{name: "a future verb's object is ahead",
			text:    "On Wednesday, after a week of talks that had stalled twice over the border, the two leaders will sign the accord.",
			trigger: "accord", start: "2025-03-19"},
		{name: "a modal says no side",
			text:    "On Wednesday, after months of talks that had stalled twice, the board would approve the sale.",
			trigger: "approve", start: "2025-03-12"},
	}, dates)
}
