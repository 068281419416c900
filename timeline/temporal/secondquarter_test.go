package temporal

import "testing"

// TestSecondQuarter checks that "second" names a part of the year before
// "quarter" or "half", hyphenated or not, with or without an article, and
// that a quarter named after the one a report is on, but before it in
// time, leaves the report on its quarter: "the year-earlier period"
// counts from that one.
func TestSecondQuarter(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"hyphenated, after an article", "The company reported a second-quarter loss.", []string{
			"second-quarter | DATE | 2024-Q2 | 2024-04-01..2024-06-30"}},
		{"hyphenated, bare", "It posted second-quarter profit of $9 million.", []string{
			"second-quarter | DATE | 2024-Q2 | 2024-04-01..2024-06-30"}},
		{"hyphenated, after the article", "The second-quarter loss was $2 billion.", []string{
			"second-quarter | DATE | 2024-Q2 | 2024-04-01..2024-06-30"}},
		{"no part of a year", "The second test failed in the second round.", nil},
		{"an earlier quarter is a look back", "Net income rose in the fourth quarter. After a weak third quarter, sales rose. Profit in the year-earlier period was lower.", []string{
			"the fourth quarter | DATE | 2024-Q4 | 2024-10-01..2024-12-31",
			"third quarter | DATE | 2024-Q3 | 2024-07-01..2024-09-30",
			"the year-earlier period | DATE | 2023-Q4 | 2023-10-01..2023-12-31"}},
	})
}
