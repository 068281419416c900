package extract

import (
	"slices"
	"testing"
)

// TestBareInfinitiveDated checks that the bare infinitive a verb of causing
// or perceiving gives its object, which the tagger may read as a present
// after a plural, takes the time of its clause, not the publication day
// a present would have.
func TestBareInfinitiveDated(t *testing.T) {
	runDatingCases(t, []datingCase{
		{name: "made them flee, the day after",
			text:    "The storm made thousands flee their homes on Saturday.",
			trigger: "flee", start: "2025-03-15", basis: BasisText},
		{name: "made them flee, the day before",
			text:    "On Saturday the storm made thousands flee their homes.",
			trigger: "flee", start: "2025-03-15"},
		{name: "saw them throw",
			text:    "Police saw protesters throw stones on Saturday.",
			trigger: "throw", start: "2025-03-15"},
		{name: "a to-infinitive as before",
			text:    "The storm forced thousands to flee their homes on Saturday.",
			trigger: "flee", start: "2025-03-15"},
	}, append(slices.Clone(dates), when{text: "On Saturday", start: "2025-03-15"}))
}
