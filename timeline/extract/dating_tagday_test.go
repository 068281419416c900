package extract

import "testing"

// TestTagDay checks that the day of a report tag after its report dates
// the saying, not a deed it tells in the past; news it tells in the
// present or the perfect is of that day (the publication day is Monday 2025-03-17).
func TestTagDay(t *testing.T) {
	days := []when{{text: "Saturday", start: "2025-03-15"}}
	runDatingCases(t, []datingCase{
		{name: "a past fire before the tag",
			text:    "The fire that destroyed the school started in the kitchen, police said Saturday.",
			trigger: "fire", start: "", basis: ""},
		{name: "the saying keeps its day",
			text:    "The fire that destroyed the school started in the kitchen, police said Saturday.",
			trigger: "say", start: "2025-03-15", basis: BasisText},
		{name: "a perfect before the tag",
			text:    "Rescuers have found two survivors, police said Saturday.",
			trigger: "find", start: "2025-03-15", basis: BasisText},
	}, days)
}
