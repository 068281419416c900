package temporal

import "testing"

// TestYearsAndMonths checks that years and months make one amount, as a
// duration and as the distance "ago" counts.
func TestYearsAndMonths(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"years and months", "The church reopened five years and eight months after the fire.", []string{"five years and eight months | DURATION | P5Y8M"}},
		{"a year and a month", "She served a year and one month in prison.", []string{"a year and one month | DURATION | P1Y1M"}},
		{"ago counts both", "He was jailed two years and three months ago.", []string{"two years and three months ago | DATE | 2022-12 | 2022-12-01..2022-12-31"}},
		{"months past a year stay apart", "He served four years and 14 months.", []string{"four years | DURATION | P4Y", "14 months | DURATION | P14M"}},
	})
}
