package extract

import "testing"

// TestSpeakerRelativeDays checks that a time in a relative clause on a
// subject told after its verb dates that clause, not the verb; one on a
// subject before it may still tell the verb's occasion.
func TestSpeakerRelativeDays(t *testing.T) {
	runDatingCases(t, []datingCase{
		{name: "the speaker's relative clause",
			text:    "\"We had two options,\" said Anna Berg, who joined the board in March.",
			trigger: "say", start: "2025-03-17", basis: BasisPublication},
		{name: "the relative clause keeps its time",
			text:    "\"We had two options,\" said Anna Berg, who joined the board in March.",
			trigger: "join", start: "2025-03-01", basis: BasisText},
		{name: "a subject before its verb",
			text:    "Officers who searched the flat of Gus Holm on Friday night found two guns.",
			trigger: "find", start: "2025-03-14", basis: BasisText},
	}, []when{{text: "in March", start: "2025-03-01"}, {text: "on Friday night", start: "2025-03-14"}})
}
