package extract

import "testing"

// TestSubjectRelativeTime checks that a time in a relative clause that
// says which of the subject's kind is meant dates that clause, not the
// main verb: "The jet that crashed on Sunday had arrived …" arrived on
// no Sunday. The trigger lexicon reads a sentence by nearness and would
// give the main verb the only date it sees.
func TestSubjectRelativeTime(t *testing.T) {
	runDatingCases(t, []datingCase{
		{name: "a past perfect main verb is not of the subject relative's day",
			text:    "The tractor that broke down on Sunday had arrived in Ostburg.",
			trigger: "arrive"},
		{name: "a passive main verb is not of the subject relative's day",
			text:    "The farmers who marched on Saturday were arrested at the border.",
			trigger: "arrest"},
		{name: "the relative clause keeps its day",
			text:    "The farmers who marched on Saturday were arrested at the border.",
			trigger: "march", start: "2025-03-15", basis: BasisText},
		{name: "the main verb keeps a day of its own",
			text:    "The farmers who marched last week were arrested on Sunday.",
			trigger: "arrest", start: "2025-03-16", basis: BasisText},
	}, dates)
}
