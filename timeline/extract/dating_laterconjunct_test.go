package extract

import "testing"

// TestLaterConjunctDay checks that a sentence whose conjunct goes on to a
// later day leaves the story at that day (the publication day is Monday
// 2025-03-17): what follows with no day of its own is of it.
func TestLaterConjunctDay(t *testing.T) {
	runDatingCases(t, []datingCase{
		{name: "the conjunct's later day",
			text:    "The trial opened on Wednesday, and the witness recanted on Saturday.\nThe judge adjourned the hearing.",
			trigger: "adjourn", start: "2025-03-15", basis: BasisNarrative},
		{name: "an earlier conjunct day leaves the story at the root's",
			text:    "The trial opened on Saturday, and the witness had recanted on Wednesday.\nThe judge adjourned the hearing.",
			trigger: "adjourn", start: "2025-03-15", basis: BasisNarrative},
		{name: "one day alone",
			text:    "The trial opened on Wednesday.\nThe judge adjourned the hearing.",
			trigger: "adjourn", start: "2025-03-12", basis: BasisNarrative},
	}, dates)
}
