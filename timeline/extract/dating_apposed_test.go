package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestApposedDays checks that an event dated by a vague time takes the
// day put right after it in apposition ("a month earlier, on 6
// February"), and only a day within that time.
func TestApposedDays(t *testing.T) {
	runDatingCases(t, []datingCase{
		{name: "the day restating a month",
			text:    "Anna Berg won a vote of her party a month earlier, on 6 February, by 211 votes to 148.",
			trigger: "vote", start: "2025-02-06", basis: BasisText},
		{name: "not a day outside it",
			text:    "Anna Berg won a vote of her party a month earlier, on 6 March, by 211 votes to 148.",
			trigger: "vote", start: "2025-02-01", basis: BasisText},
	}, []when{
		{text: "a month earlier", start: "2025-02-01", end: "2025-02-28", gran: timeline.Month, value: "2025-02"},
		{text: "6 February", start: "2025-02-06"},
		{text: "6 March", start: "2025-03-06"},
	})
}
