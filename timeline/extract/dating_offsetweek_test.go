package extract

import (
	"slices"
	"testing"
)

// TestOffsetFromWeek checks that "two months after" counts back from a
// week as it does from a day or a month, by the week's middle; that a
// week still gives no day to count days from; and that "after" the
// parser read as an adverb of the subject ("almost 11 years after work
// began", with "work" its subject and "began" a conjunct) still counts
// from the clause before (the publication day is Monday 2025-03-17;
// "last week" is 2025-03-10..16, "on Sunday" 2025-03-16).
func TestOffsetFromWeek(t *testing.T) {
	more := append(slices.Clone(dates), when{text: "two months", value: "P2M"}, when{text: "two days", value: "P2D"},
		when{text: "almost 11 years", value: "P11Y"})
	runDatingCases(t, []datingCase{
		{name: "months before a week",
			text:    "Farmers received the first aid payments last week, two months after the government announced them.",
			trigger: "announce", start: "2025-01-01", basis: BasisText},
		{name: "the week's own event keeps its week",
			text:    "Farmers received the first aid payments last week, two months after the government announced them.",
			trigger: "receive", start: "2025-03-10", basis: BasisText},
		{name: "no day counted from a week",
			text:    "Farmers received the first aid payments last week, two days after the government announced them.",
			trigger: "announce", start: "", basis: ""},
		{name: "after as an adverb of the subject",
			text:    "The first trains ran through the tunnel on Sunday, almost 11 years after work began.",
			trigger: "begin", start: "2014-01-01", basis: BasisText},
	}, more)
}
