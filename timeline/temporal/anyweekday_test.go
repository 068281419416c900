package temporal

import "testing"

// TestAnyWeekday checks that a weekday after "a" or "one" names no week.
func TestAnyWeekday(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"a weekday night", "The fire started late on a Saturday night.", []string{"Saturday night | DATE | XXXX-WXX-6"}},
		{"one weekday", "One Sunday in May, the mayor walked to the river.", []string{"Sunday | DATE | XXXX-WXX-7", "May | DATE | 2024-05 | 2024-05-01..2024-05-31"}},
		{"the article of a noun after the weekday", "About 500 people attended a Sunday night memorial service.", []string{"Sunday night | DATE | 2025-03-16 | 2025-03-16..2025-03-16"}},
		{"the weekday of a day just named", "The vote was held on March 13, a Thursday.", []string{"March 13 | DATE | 2025-03-13 | 2025-03-13..2025-03-13", "Thursday | DATE | 2025-03-13 | 2025-03-13..2025-03-13"}},
	})
}
