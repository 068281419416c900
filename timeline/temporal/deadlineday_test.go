package temporal

import "testing"

// TestNamedAsDeadline checks that a day named "as the deadline" is the
// coming one though the naming is past, and that "had named" and a day
// with no deadline keep the last one (the publication day is Monday
// 2025-03-17).
func TestNamedAsDeadline(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"named as the deadline is ahead", "The union named Thursday as the deadline for an answer.", []string{
			"Thursday | DATE | 2025-03-20 | 2025-03-20..2025-03-20"}},
		{"set as its deadline is ahead", "Northwind Bank set Friday as its deadline for bids.", []string{
			"Friday | DATE | 2025-03-21 | 2025-03-21..2025-03-21"}},
		{"had named stays past", "The union had named Thursday as the deadline for an answer.", []string{
			"Thursday | DATE | 2025-03-13 | 2025-03-13..2025-03-13"}},
		{"named as a spokesman stays past", "The union named Anna Berg as its spokesman on Thursday.", []string{
			"Thursday | DATE | 2025-03-13 | 2025-03-13..2025-03-13"}},
	})
}
