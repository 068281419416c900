package temporal

import "testing"

// TestBoundedAgo: a point counted back with a bound keeps its TimeML
// value, and its interval is the stretch the bound leaves: before the
// point, as far back again, for "more than"; from the point to the
// publication day for "less than".
func TestBoundedAgo(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"more than a decade ago", "The bank collapsed more than a decade ago.", []string{
			"more than a decade ago | DATE | 2015 | MORE_THAN | 2004-01-01..2015-12-31"}},
		{"less than a year ago", "The bank collapsed less than a year ago.", []string{
			"less than a year ago | DATE | 2024 | LESS_THAN | 2024-01-01..2025-03-17"}},
		{"a decade ago is its year", "The bank collapsed a decade ago.", []string{
			"a decade ago | DATE | 2015 | 2015-01-01..2015-12-31"}},
	})
}
