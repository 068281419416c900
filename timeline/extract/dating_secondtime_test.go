package extract

import "testing"

// TestSecondTime checks that a second time the parse hangs on a verb a
// fronted time already dates, with another day, is the time of the event
// noun before it ("on Wednesday" is 2025-03-12, "at 2:15 a.m. on
// Saturday" 2025-03-15): the verb keeps the fronted day.
func TestSecondTime(t *testing.T) {
	times := append([]when{{text: "2:15 a.m. on Saturday", start: "2025-03-15", value: "2025-03-15T02:15"}}, dates...)
	const text = "On Wednesday, the newspaper published a recording of a conversation between the mayor and a police officer, Carl Dahl, at 2:15 a.m. on Saturday."
	runDatingCases(t, []datingCase{
		{name: "the noun's time", text: text, trigger: "conversation", start: "2025-03-15"},
		{name: "the verb's", text: text, trigger: "publish", start: "2025-03-12"},
	}, times)
}

// TestAfterClauseAsComplement checks that a clause "after" opens is told
// against the sentence's time even when the parse makes it a complement.
func TestAfterClauseAsComplement(t *testing.T) {
	runDatingCases(t, []datingCase{
		{name: "hours after",
			text:    "Divers found the two fishermen alive in their cabin aboard the capsized trawler early on Sunday, more than 30 hours after the trawler struck a rock off the coast.",
			trigger: "strike"},
	}, dates)
}
