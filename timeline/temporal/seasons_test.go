package temporal

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestSeasonByTense checks that a bare season the tense looks ahead to
// is the coming one once this year's has ended, and one it looks back to
// the last one while this year's is still to come.
func TestSeasonByTense(t *testing.T) {
	december := timeline.NewDate(2025, 12, 10)
	runCases(t, december, []tagCase{
		{"a plan after this year's", "The agency will name the crew in the spring.", []string{
			"the spring | DATE | 2026-SP | 2026-03-01..2026-05-31"}},
		{"a deed in this year's", "The company opened a plant in the spring.", []string{
			"the spring | DATE | 2025-SP | 2025-03-01..2025-05-31"}},
	})
	february := timeline.NewDate(2025, 2, 10)
	runCases(t, february, []tagCase{
		{"a deed before this year's", "Gus Holm lost money in the summer.", []string{
			"the summer | DATE | 2024-SU | 2024-06-01..2024-08-31"}},
		{"a plan in this year's", "Gus Holm will open a shop in the summer.", []string{
			"the summer | DATE | 2025-SU | 2025-06-01..2025-08-31"}},
	})
}
