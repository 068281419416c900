package temporal

import "testing"

// TestNameYear checks that a year after a capitalised word that is no
// time word is part of a name, not a date ("Expo 2030"), while one that
// opens a sentence after a verb still is ("Filed 2025-03-01", in
// TestAbsoluteDates).
func TestNameYear(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"a name's year", "Anna Berg will run the Halden Expo 2030 fair.", nil},
		{"a month's year", "Anna Berg opened the fair in March 2024.", []string{
			"March 2024 | DATE | 2024-03 | 2024-03-01..2024-03-31"}},
	})
}
