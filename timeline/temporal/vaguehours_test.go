package temporal

import "testing"

// TestVagueHoursLater checks that "a few hours later" is of the day told,
// as "two hours later" is, not an unspecified future.
func TestVagueHoursLater(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"a few hours later", "Anna Berg landed in Halden on Saturday. Carl Dahl arrived a few hours later.", []string{
			"Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15",
			"a few hours later | DATE | 2025-03-15 | 2025-03-15..2025-03-15"}},
	})
}
