package extract

import (
	"slices"
	"testing"
)

// TestOffsetFromObjectEvent checks that "the day after" counts from the
// event noun a verb that is no event itself takes as its object, dated by
// the lexicon ("opened an investigation on Wednesday, the day after …"):
// the publication day is Monday 2025-03-17, "on Wednesday" 2025-03-12.
func TestOffsetFromObjectEvent(t *testing.T) {
	more := append(slices.Clone(dates), when{text: "the day", value: "P1D"}, when{text: "two days", value: "P2D"})
	runDatingCases(t, []datingCase{
		{name: "an investigation opened the day after",
			text:    "The Ostburg chief prosecutor's office opened an investigation on Wednesday, the day after Mr Holm vanished.",
			trigger: "vanish", start: "2025-03-11", basis: BasisText},
		{name: "an investigation opened two days after",
			text:    "The Ostburg chief prosecutor's office opened an investigation on Wednesday, two days after Mr Holm vanished.",
			trigger: "vanish", start: "2025-03-10", basis: BasisText},
	}, more)
}
