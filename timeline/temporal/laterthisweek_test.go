package temporal

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestLaterThisWeek checks that "later this week" runs from the
// publication day to the week's end, but stays the whole week to come
// when that week starts after the paper's day (a Sunday paper's).
func TestLaterThisWeek(t *testing.T) {
	runCases(t, timeline.NewDate(2025, 3, 16), []tagCase{
		{"a Sunday paper", "The vote is due later this week.", []string{
			"later this week | DATE | 2025-W12 | 2025-03-17..2025-03-23"}},
	})
	runCases(t, timeline.NewDate(2025, 3, 19), []tagCase{
		{"a Wednesday paper", "The vote is due later this week.", []string{
			"later this week | DATE | 2025-W12 | 2025-03-19..2025-03-23"}},
	})
}
