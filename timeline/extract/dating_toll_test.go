package extract

import (
	"slices"
	"testing"
)

// TestTollKeepsItsEvent checks that the day a death toll rises on is the
// toll's, not that of the event the toll counts: "the death toll from
// the bombing rose to 14 on Friday" tells nothing of the bombing's day,
// which keeps its own day or none (the publication day is Monday
// 2025-03-17, "Tuesday's" 2025-03-11, "on Friday" 2025-03-14).
func TestTollKeepsItsEvent(t *testing.T) {
	runDatingCases(t, []datingCase{
		{name: "the toll's day is not the bombing's",
			text:    "The death toll from the bombing rose to 14 on Friday.",
			trigger: "bombing"},
		{name: "nor the storm's",
			text:    "The toll from the storm rose to 14 on Friday, Anna Berg said.",
			trigger: "storm"},
		{name: "a day of its own stays",
			text:    "The death toll from Tuesday's earthquake rose to 40 on Friday.",
			trigger: "earthquake", start: "2025-03-11"},
		{name: "the toll keeps its day",
			text:    "The death toll from the bombing in Ostburg rose to 14 on Friday.",
			trigger: "rise", start: "2025-03-14"},
	}, append(slices.Clone(dates), when{text: "on Friday", start: "2025-03-14"}, when{text: "Tuesday's", start: "2025-03-11"}))
}
