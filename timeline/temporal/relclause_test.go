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
