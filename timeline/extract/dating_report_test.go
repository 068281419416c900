package extract

import "testing"

// TestReportTurns checks turns of phrase by which news tells what its
// sources said or would not say (the publication day is Monday
// 2025-03-17): a reporting tag at the end of a quote, however the parse
// reads it, and a refusal to say something are reports of the day; a
// refusal to do something else, or a saying that is only possible, has
// no day.
func TestReportTurns(t *testing.T) {
	tests := []datingCase{
		{name: "a tag after a quote is a report of the day, however the parse reads it",
			text:    "``In the end, we would have to rebuild the barn ourselves,'' the official added.",
			trigger: "add", start: "2025-03-17", basis: BasisPublication},
		{name: "would not comment is a report of the day",
			text:    "Aides to Eva Falk would not comment on the sale.",
			trigger: "comment", start: "2025-03-17", basis: BasisPublication},
		{name: "what someone declined to discuss is a report of the day",
			text:    "Eva Falk declined to discuss the sale.",
			trigger: "discuss", start: "2025-03-17", basis: BasisPublication},
		{name: "declining to discuss is a report of the day",
			text:    "Eva Falk declined to discuss the sale.",
			trigger: "decline", start: "2025-03-17", basis: BasisPublication},
		{name: "not doing something else is no report",
			text:    "Eva Falk would not sell the farm.",
			trigger: "sell"},
		{name: "a saying that is only possible has no day",
			text:    "Eva Falk would comment on the sale if asked.",
			trigger: "comment"},
	}
	runDatingCases(t, tests, dates)
}

// TestDenialDatedAsSaying: a denial in a sentence of its own, with no
// time of its own, is a saying for the day's paper, not a deed of the day
// the story told before it.
func TestDenialDatedAsSaying(t *testing.T) {
	runDatingCases(t, []datingCase{
		{name: "denial after a dated deed", text: "A fire broke out at the factory on Saturday, killing three workers. The manufacturer denied any wrongdoing.",
			trigger: "deny", start: "2025-03-17", basis: BasisPublication},
		{name: "denial with its own day", text: "A fire broke out at the factory on Saturday. The manufacturer denied any wrongdoing on Sunday.",
			trigger: "deny", start: "2025-03-16"},
		// Another deed told after it still goes on with the story's day.
		{name: "deed after a dated deed", text: "A fire broke out at the factory on Saturday, killing three workers. Firefighters rescued two men.",
			trigger: "rescue", start: "2025-03-15"},
	}, dates)
}
