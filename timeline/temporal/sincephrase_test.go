package temporal

import "testing"

// TestSincePhraseDay checks that a day a few words after "since" marks
// when a state began, not a day the story is at: a clock time after it
// is of the day the text was at before.
func TestSincePhraseDay(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"since a noun on a day", "Gus Holm has been held since his arrest on Friday night. At 2:50 p.m., the town fell silent.", []string{
			"Friday night | DATE | 2025-03-14 | 2025-03-14..2025-03-14",
			"2:50 p.m. | TIME | 2025-03-17T14:50 | 2025-03-17..2025-03-17"}},
		{"since a clause on a day", "Gus Holm has been held since he was arrested on Friday. At 2:50 p.m., the town fell silent.", []string{
			"Friday | DATE | 2025-03-14 | 2025-03-14..2025-03-14",
			"2:50 p.m. | TIME | 2025-03-17T14:50 | 2025-03-17..2025-03-17"}},
		{"a day after a comma is the story's again", "Gus Holm has been held since March, and he was questioned on Friday. At 2:50 p.m., he was freed.", []string{
			"March | DATE | 2025-03 | 2025-03-01..2025-03-17",
			"Friday | DATE | 2025-03-14 | 2025-03-14..2025-03-14",
			"2:50 p.m. | TIME | 2025-03-14T14:50 | 2025-03-14..2025-03-14"}},
	})
}
