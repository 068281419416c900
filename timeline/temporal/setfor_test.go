package temporal

import "testing"

// TestSetForAndPluperfectUntil checks that "set for Sunday" is a day
// fixed ahead, as "scheduled for Sunday" is, and that "until Friday"
// after a past before a past ends in that past rather than setting a
// deadline still to come.
func TestSetForAndPluperfectUntil(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"set for a weekday is ahead", "The final, set for Sunday, will be held in Ostburg.", []string{
			"Sunday | DATE | 2025-03-23 | 2025-03-23..2025-03-23"}},
		{"is set for a weekday is ahead", "The vote is set for Thursday.", []string{
			"Thursday | DATE | 2025-03-20 | 2025-03-20..2025-03-20"}},
		{"had been set for a weekday is past", "The vote had been set for Thursday.", []string{
			"Thursday | DATE | 2025-03-13 | 2025-03-13..2025-03-13"}},
		{"had resisted until a weekday is past", "The rule passed, a change Anna Berg had resisted until Friday.", []string{
			"Friday | DATE | 2025-03-14 | 2025-03-14..2025-03-14"}},
		{"postponed until a weekday is still a deadline", "The judge postponed the hearing until Friday.", []string{
			"Friday | DATE | 2025-03-21 | 2025-03-21..2025-03-21"}},
	})
}
