package temporal

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestFutureInPastWeekday checks that a weekday a "would" looks ahead to
// from a day told earlier in the sentence is the first one after that
// day, not the first after the publication day.
func TestFutureInPastWeekday(t *testing.T) {
	friday := timeline.NewDate(2025, 3, 21)
	runCases(t, friday, []tagCase{
		{"would after a saying on Monday looks ahead of Monday", "Anna Berg said on Monday that the vote would take place on Thursday.", []string{
			"Monday | DATE | 2025-03-17 | 2025-03-17..2025-03-17",
			"Thursday | DATE | 2025-03-20 | 2025-03-20..2025-03-20"}},
		{"was expected after a fronted day looks ahead of it", "On Tuesday, Carl Dahl told the court the verdict was expected on Thursday.", []string{
			"Tuesday | DATE | 2025-03-18 | 2025-03-18..2025-03-18",
			"Thursday | DATE | 2025-03-20 | 2025-03-20..2025-03-20"}},
		{"will still speaks from the publication day", "Anna Berg said on Monday that the vote will take place on Thursday.", []string{
			"Monday | DATE | 2025-03-17 | 2025-03-17..2025-03-17",
			"Thursday | DATE | 2025-03-27 | 2025-03-27..2025-03-27"}},
		{"would with no day told speaks from the publication day", "Anna Berg said the vote would take place on Thursday.", []string{
			"Thursday | DATE | 2025-03-27 | 2025-03-27..2025-03-27"}},
		{"a day in the sentence before is no saying's", "Anna Berg spoke on Monday. She said the vote would take place on Thursday.", []string{
			"Monday | DATE | 2025-03-17 | 2025-03-17..2025-03-17",
			"Thursday | DATE | 2025-03-27 | 2025-03-27..2025-03-27"}},
	})
}
