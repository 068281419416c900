package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestSayingOfWhatIsAhead checks that a saying after the future it
// reports ("The court will hear the case from March 24 to March 28, she
// said") is not dated by that future (the publication day is Monday
// 2025-03-17), while what it reports is.
func TestSayingOfWhatIsAhead(t *testing.T) {
	days := []when{
		{text: "March 24", start: "2025-03-24"},
		{text: "March 28", start: "2025-03-28"},
		{text: "next month", start: "2025-04-01", end: "2025-04-30", gran: timeline.Month},
	}
	runDatingCases(t, []datingCase{
		{name: "the saying is not next month's",
			text:    "Anna Berg lodged an appeal on Monday. The court will hear the case next month, she said.",
			trigger: "say", start: "2025-03-17", basis: BasisPublication},
		{name: "nor the range's",
			text:    "Anna Berg lodged an appeal on Monday. The court will hear the case from March 24 to March 28, she said.",
			trigger: "say", start: "2025-03-17", basis: BasisPublication},
		{name: "what it reports is",
			text:    "Anna Berg lodged an appeal on Monday. The court will hear the case from March 24 to March 28, she said.",
			trigger: "hear", start: "2025-03-24", basis: BasisText},
	}, append(days, dates...))
}
