package temporal

import "testing"

// TestLaterRelativeDay checks that a day in a relative clause after the
// day its sentence told leaves the story on the sentence's day, and that
// a "that" after a verb of saying opens no relative clause.
func TestLaterRelativeDay(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"a relative clause's day", "On Saturday, the jury of Anna Berg's trial sat in a hall that had opened the day before. At 7pm, it returned a verdict.", []string{
			"Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15",
			"the day before | DATE | 2025-03-14 | 2025-03-14..2025-03-14",
			"7pm | TIME | 2025-03-15T19:00 | 2025-03-15..2025-03-15"}},
		{"what was said", "On Saturday, police said that the ferry of Carl Dahl sank on Friday. At 9pm, divers left the harbour.", []string{
			"Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15",
			"Friday | DATE | 2025-03-14 | 2025-03-14..2025-03-14",
			"9pm | TIME | 2025-03-14T21:00 | 2025-03-14..2025-03-14"}},
		{"what was learned", "On Saturday, police learned that the ferry of Carl Dahl sank on Friday. At 9pm, divers left the harbour.", []string{
			"Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15",
			"Friday | DATE | 2025-03-14 | 2025-03-14..2025-03-14",
			"9pm | TIME | 2025-03-14T21:00 | 2025-03-14..2025-03-14"}},
		{"what was told", "On Saturday, police told reporters that the ferry of Carl Dahl sank on Friday. At 9pm, divers left the harbour.", []string{
			"Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15",
			"Friday | DATE | 2025-03-14 | 2025-03-14..2025-03-14",
			"9pm | TIME | 2025-03-14T21:00 | 2025-03-14..2025-03-14"}},
	})
}

// TestWhereClauseDay checks that a day in a place's "where" clause
// leaves the story at the day it was at: "the next day" and "that night"
// count from the sentence's own day, or from an earlier sentence's.
func TestWhereClauseDay(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"after the sentence's own day", "Anna Berg flew to Ostburg on Saturday, where talks had begun on Thursday. The next day she met Carl Dahl.", []string{
			"Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15",
			"Thursday | DATE | 2025-03-13 | 2025-03-13..2025-03-13",
			"The next day | DATE | 2025-03-16 | 2025-03-16..2025-03-16"}},
		{"after an earlier sentence's day", "On Friday, Gus Holm left Riverton. He drove to Ostburg, where the strike had started on Wednesday. That night he spoke to the workers.", []string{
			"Friday | DATE | 2025-03-14 | 2025-03-14..2025-03-14",
			"Wednesday | DATE | 2025-03-12 | 2025-03-12..2025-03-12",
			"That night | TIME | 2025-03-14TNI | 2025-03-14..2025-03-14"}},
		{"a closed clause's day is the story's", "On Friday, Gus Holm left Riverton. In Ostburg, where he lives, the strike began on Wednesday. The next day the mines closed.", []string{
			"Friday | DATE | 2025-03-14 | 2025-03-14..2025-03-14",
			"Wednesday | DATE | 2025-03-12 | 2025-03-12..2025-03-12",
			"The next day | DATE | 2025-03-13 | 2025-03-13..2025-03-13"}},
	})
}

// TestWhereClauseOnward checks that a "where" clause whose day is the
// story's or later carries the story on: "by dawn" and "hours later" are
// of its day.
func TestWhereClauseOnward(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"a later day", "The violence began on Thursday night. Police followed the car to Ostburg, where two men fired on officers on Friday. Hours later, Gus Holm was arrested. The next day he appeared in court.", []string{
			"Thursday night | DATE | 2025-03-13 | 2025-03-13..2025-03-13",
			"Friday | DATE | 2025-03-14 | 2025-03-14..2025-03-14",
			"Hours later | DATE | 2025-03-14 | 2025-03-14..2025-03-14",
			"The next day | DATE | 2025-03-15 | 2025-03-15..2025-03-15"}},
	})
}
