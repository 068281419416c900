package extract

import "testing"

// TestCloseAfter checks that a deed told as minutes or hours from
// another that the text dates happened that day, and that a distance
// with no such word gives it no day (the publication day is Monday
// 2025-03-17).
func TestCloseAfter(t *testing.T) {
	days := []when{
		{text: "Thursday", start: "2025-03-13"},
		{text: "Friday", start: "2025-03-14"},
	}
	runDatingCases(t, []datingCase{
		{name: "shortly after",
			text:    "Gus Holm was shot through the kitchen window shortly after he returned home on Friday.",
			trigger: "shoot", start: "2025-03-14", basis: BasisText},
		{name: "minutes after",
			text:    "Carl Dahl collapsed on stage minutes after he finished his speech on Thursday.",
			trigger: "collapse", start: "2025-03-13", basis: BasisText},
		{name: "long after is another day",
			text:    "Carl Dahl collapsed on stage long after he finished his speech on Thursday.",
			trigger: "collapse"},
	}, days)
}
