package temporal

import "testing"

// TestCopulaDay checks that a weekday a present "is" names is the coming
// one, and that "was" or a possessive leave the last one.
func TestCopulaDay(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"is names a day ahead", "The next chance to launch is Friday.", []string{
			"Friday | DATE | 2025-03-21 | 2025-03-21..2025-03-21"}},
		{"are on names a day ahead", "The hearings are on Thursday.", []string{
			"Thursday | DATE | 2025-03-20 | 2025-03-20..2025-03-20"}},
		{"was names a day gone by", "The last chance to launch was Friday.", []string{
			"Friday | DATE | 2025-03-14 | 2025-03-14..2025-03-14"}},
		{"a possessive says which thing", "The main worry is Friday's vote.", []string{
			"Friday | DATE | 2025-03-14 | 2025-03-14..2025-03-14"}},
	})
}
