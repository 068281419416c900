package temporal

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestPreviousPartOfDay checks that "the previous evening" is the evening
// of the day before the one the story is at, as "the next morning" is the
// morning after it, and that "the previous day" keeps its reading.
func TestPreviousPartOfDay(t *testing.T) {
	runCases(t, timeline.NewDate(2025, 9, 3), []tagCase{
		{"the previous evening after a day told", "Anna Berg appeared in court on Tuesday. She had been flown home the previous evening.", []string{
			"Tuesday | DATE | 2025-09-02 | 2025-09-02..2025-09-02",
			"the previous evening | TIME | 2025-09-01TEV | 2025-09-01..2025-09-01"}},
		{"the previous night with no day told", "Ivo Renner was flown home the previous night.", []string{
			"the previous night | TIME | 2025-09-02TNI | 2025-09-02..2025-09-02"}},
		{"the previous day stays", "Anna Berg appeared in court on Tuesday. She had been flown home the previous day.", []string{
			"Tuesday | DATE | 2025-09-02 | 2025-09-02..2025-09-02",
			"the previous day | DATE | 2025-09-01 | 2025-09-01..2025-09-01"}},
	})
}
