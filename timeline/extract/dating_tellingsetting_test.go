package extract

import (
	"slices"
	"testing"
)

// TestTellingSetting checks that a saying takes the day the text gives
// the letter or message it was said in or by, and not a day of what was
// said (the publication day is Monday 2025-03-17).
func TestTellingSetting(t *testing.T) {
	more := append(slices.Clone(dates), when{text: "Wednesday", start: "2025-03-12"})
	tests := []datingCase{
		{name: "said in a letter dated a day",
			text:    "The price was too low, Eva Falk said in a letter dated Wednesday.",
			trigger: "say", start: "2025-03-12", basis: BasisText},
		{name: "said by a message read on a day",
			text:    "\"We will not give up,\" said a message that was read on Wednesday to farmers in Ostburg.",
			trigger: "say", start: "2025-03-12", basis: BasisText},
		{name: "a day of what the letter says is not the saying's",
			text:    "Eva Falk said in a letter that the farm had been sold on Wednesday.",
			trigger: "say", start: "2025-03-17", basis: BasisPublication},
		{name: "a day of a place's clause is not the saying's",
			text:    "Eva Falk said in Ostburg, a town flooded on Wednesday, that the farm was too small.",
			trigger: "say", start: "2025-03-17", basis: BasisPublication},
	}
	runDatingCases(t, tests, more)
}
