package extract

import (
	"slices"
	"testing"
)

// TestLiveStamp checks that a time stamp on a line of its own, as a live
// page heads each entry, sets the story's day for the entry below it
// (the publication day is Monday 2025-03-17): entries run newest first,
// and the one below a stamp is not of the day the entry above it ended on.
func TestLiveStamp(t *testing.T) {
	more := append(slices.Clone(dates),
		when{text: "late on Sunday", start: "2025-03-16"},
		when{text: "10:05 a.m.", start: "2025-03-17", value: "2025-03-17T10:05"},
		when{text: "3:10 a.m.", start: "2025-03-17", value: "2025-03-17T03:10"},
		when{text: "at 9:40 p.m.", start: "2025-03-16", value: "2025-03-16T21:40"},
		when{text: "Yesterday", start: "2025-03-16"})
	runDatingCases(t, []datingCase{
		{name: "the entry below a stamp is of the stamp's day",
			text:    "10:05 a.m.\nPolice arrested Gus Holm late on Sunday.\n3:10 a.m.\nThe council voted to sell the farm.",
			trigger: "vote", start: "2025-03-17", basis: BasisNarrative},
		{name: "a stamp of yesterday",
			text:    "Police arrested Gus Holm on Monday.\nYesterday\nThe council voted to sell the farm.",
			trigger: "vote", start: "2025-03-16", basis: BasisNarrative},
		{name: "without a stamp the story goes on",
			text:    "10:05 a.m.\nPolice arrested Gus Holm late on Sunday.\nThe council voted to sell the farm.",
			trigger: "vote", start: "2025-03-16", basis: BasisNarrative},
		{name: "a time closing a line is no stamp",
			text:    "Police arrested Gus Holm at 9:40 p.m.\nThe council voted to sell the farm.",
			trigger: "vote", start: "2025-03-16", basis: BasisNarrative},
	}, more)
}
