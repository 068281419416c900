package temporal

import "testing"

// TestEarlierThanIsNoDate checks that "six months earlier than planned"
// compares two times and names neither: the length alone is tagged, as a
// duration, while "six months earlier" with no "than" still counts back.
func TestEarlierThanIsNoDate(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"earlier than planned", "Anna Berg called the vote for May 24, six months earlier than planned.", []string{
			"May 24 | DATE | 2025-05-24 | 2025-05-24..2025-05-24",
			"six months | DURATION | P6M"}},
		{"later than expected", "The bridge reopened two weeks later than expected.", []string{
			"two weeks | DURATION | P2W"}},
		{"earlier with no than counts back", "Ivo Renner left Lisbon in 2019. Two years earlier, he had sold the firm.", []string{
			"2019 | DATE | 2019 | 2019-01-01..2019-12-31",
			"Two years earlier | DATE | 2017 | 2017-01-01..2017-12-31"}},
	})
}
