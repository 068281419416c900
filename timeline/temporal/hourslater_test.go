package temporal

import "testing"

// TestHoursLaterOfTheDeed checks that "hours later" and "minutes later"
// count from the day of the deed the story is on, not from a day still
// to come that a plan named since; a telling's day is where the story is.
func TestHoursLaterOfTheDeed(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"hours later after a telling is the telling's day", "The talks ran late on Saturday. \"We have made progress,\" Anna Berg told reporters on Monday morning. Two hours later, the talks collapsed.", []string{
			"Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15",
			"Monday morning | DATE | 2025-03-17 | 2025-03-17..2025-03-17",
			"Two hours later | DATE | 2025-03-17 | 2025-03-17..2025-03-17"}},
		{"two hours later after a day still to come is the deed's day", "Gus Holm landed on Saturday and said he would speak on Wednesday. Two hours later, he left the airport.", []string{
			"Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15",
			"Wednesday | DATE | 2025-03-19 | 2025-03-19..2025-03-19",
			"Two hours later | DATE | 2025-03-15 | 2025-03-15..2025-03-15"}},
		{"a few minutes later after a day still to come is the deed's day", "Gus Holm landed on Saturday and said he would speak on Wednesday. A few minutes later, he left the airport.", []string{
			"Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15",
			"Wednesday | DATE | 2025-03-19 | 2025-03-19..2025-03-19",
			"A few minutes later | DATE | 2025-03-15 | 2025-03-15..2025-03-15"}},
		{"hours later after a deed's day is that day", "The storm hit Ostburg on Saturday. Hours later, rescuers pulled 40 people from the water.", []string{
			"Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15",
			"Hours later | DATE | 2025-03-15 | 2025-03-15..2025-03-15"}},
		{"hours later of a day to come stays on it", "Gus Holm landed on Saturday and will speak on Wednesday. Hours later, he will fly home.", []string{
			"Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15",
			"Wednesday | DATE | 2025-03-19 | 2025-03-19..2025-03-19",
			"Hours later | DATE | 2025-03-19 | 2025-03-19..2025-03-19"}},
		{"a day a pluperfect looks back to is not the story's", "The council met on Monday. The rule revives a vote, a change Anna Berg had resisted until Friday. Hours later, the council adjourned.", []string{
			"Monday | DATE | 2025-03-17 | 2025-03-17..2025-03-17",
			"Friday | DATE | 2025-03-14 | 2025-03-14..2025-03-14",
			"Hours later | DATE | 2025-03-17 | 2025-03-17..2025-03-17"}},
		{"a day since which a state holds is not the story's", "Holm Air said on Sunday that it had found loose bolts. \"Since we began checks on Saturday, we have found bolts,\" it said. Hours later, Dahl Air found them too.", []string{
			"Sunday | DATE | 2025-03-16 | 2025-03-16..2025-03-16",
			"Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15",
			"Hours later | DATE | 2025-03-16 | 2025-03-16..2025-03-16"}},
		{"a look back still anchors the next day in its own sentence", "Anna Berg said on Monday that she had taken a test on March 10 and received the result the next day.", []string{
			"Monday | DATE | 2025-03-17 | 2025-03-17..2025-03-17",
			"March 10 | DATE | 2025-03-10 | 2025-03-10..2025-03-10",
			"the next day | DATE | 2025-03-11 | 2025-03-11..2025-03-11"}},
	})
}
