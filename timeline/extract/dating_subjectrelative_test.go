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
		{name: "a past perfect passive is not of the subject relative's day",
			text:    "The farmers who marched on Saturday had been arrested at the border.",
			trigger: "arrest"},
		{name: "the relative clause keeps its day",
			text:    "The farmers who marched on Saturday had been arrested at the border.",
			trigger: "march", start: "2025-03-15", basis: BasisText},
		{name: "a simple past may be the subject relative's occasion",
			text:    "Officers who searched the farm on Saturday found two rifles.",
			trigger: "find", start: "2025-03-15", basis: BasisText},
		{name: "the main verb keeps a day of its own",
			text:    "The farmers who marched last week were arrested on Sunday.",
			trigger: "arrest", start: "2025-03-16", basis: BasisText},
	}, dates)
}

// TestParticipleTime checks that a time right after a participle that
// modifies the verb's object dates the participle ("quashed the decision
// made last Thursday"), not the verb, even where the parse hangs the time
// on the verb.
func TestParticipleTime(t *testing.T) {
	runDatingCases(t, []datingCase{
		{name: "a verb is not of the day of its object's participle",
			text:    "On Wednesday, Gus Holm drove to Ostburg. The council overturned the rule adopted on Sunday.",
			trigger: "overturn", start: "2025-03-12", basis: BasisNarrative},
		{name: "the participle keeps its day",
			text:    "On Wednesday, Gus Holm drove to Ostburg. The council overturned the rule adopted on Sunday.",
			trigger: "adopt", start: "2025-03-16", basis: BasisText},
		{name: "a verb is not of the day of a reduced relative on its object",
			text:    "On Wednesday, Gus Holm drove to Ostburg. The judge quashed the decision border officials made on Sunday.",
			trigger: "quash", start: "2025-03-12", basis: BasisNarrative},
		{name: "nor of the day of a participle on the noun an oblique is of",
			text:    "On Wednesday, Gus Holm drove to Ostburg. The judge blocked the ban in response to a lawsuit filed on Sunday.",
			trigger: "block", start: "2025-03-12", basis: BasisNarrative},
		{name: "nor through an oblique of the verb",
			text:    "On Wednesday, Gus Holm drove to Ostburg. The judge blocked the ban for two weeks in response to a lawsuit filed on Sunday.",
			trigger: "block", start: "2025-03-12", basis: BasisNarrative},
		{name: "but of a participle on what the object is of",
			text:    "On Wednesday, Gus Holm drove to Ostburg. Firefighters received the first report of people trapped on Sunday.",
			trigger: "receive", start: "2025-03-16", basis: BasisText},
		{name: "whose participle keeps its day",
			text:    "On Wednesday, Gus Holm drove to Ostburg. The judge blocked the ban in response to a lawsuit filed on Sunday.",
			trigger: "file", start: "2025-03-16", basis: BasisText},
	}, dates)
	runDatingCases(t, []datingCase{
		{name: "nor of a day right after the participle that the parse hangs on the verb",
			text:    "On Monday, a judge freed Gus Holm. The judge quashed the decision border officials made last Thursday, finding that Holm had not been given enough time.",
			trigger: "quash", start: "2025-03-17", basis: BasisNarrative},
	}, []when{{text: "On Monday", start: "2025-03-17"}, {text: "last Thursday", start: "2025-03-13"}})
}
