package temporal

import "testing"

// TestClockAside checks that a clock time takes the day named after the
// same time in another zone, in brackets, and only after such an aside.
func TestClockAside(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"zone aside", "The fire broke out at 6:50 p.m. (1750 GMT) on Saturday.", []string{
			"6:50 p.m. | TIME | 2025-03-15T18:50 | 2025-03-15..2025-03-15",
			"Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15"}},
		{"local time aside", "The fire broke out at 6:50 p.m. (local time) on Saturday.", []string{
			"6:50 p.m. | TIME | 2025-03-15T18:50 | 2025-03-15..2025-03-15",
			"Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15"}},
		{"another aside keeps the clock time apart", "The fire broke out at 6:50 p.m. (in Paris) on Saturday.", []string{
			"6:50 p.m. | TIME | 2025-03-17T18:50 | 2025-03-17..2025-03-17",
			"Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15"}},
	})
}
