package temporal

import "testing"

// TestAgoToday checks that "N units ago today" names the anniversary day,
// not the month or year it falls in, and that "today" is no expression of
// its own there; without "today" the count keeps the unit's granularity.
func TestAgoToday(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"a month ago today", "A month ago today, the reporter walked into the consulate.", []string{
			"A month ago today | DATE | 2025-02-17 | 2025-02-17..2025-02-17"}},
		{"years ago today", "Ten years ago today, the dam burst.", []string{
			"Ten years ago today | DATE | 2015-03-17 | 2015-03-17..2015-03-17"}},
		{"a week ago today", "The tower fell a week ago today.", []string{
			"a week ago today | DATE | 2025-03-10 | 2025-03-10..2025-03-10"}},
		{"a month ago alone", "A month ago, the reporter walked into the consulate.", []string{
			"A month ago | DATE | 2025-02 | 2025-02-01..2025-02-28"}},
	})
}

// TestWeekdayInApposition checks that a weekday set after a date with "a"
// ("on June 24, a Thursday") is that date's day, so that "the next day"
// and "the following Thursday" count from it, not from the publication
// week.
func TestWeekdayInApposition(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"weekday of the date", "The roof fell on March 6, a Thursday, while guests slept. The next day, the town shut the hotel.", []string{
			"March 6 | DATE | 2025-03-06 | 2025-03-06..2025-03-06",
			"Thursday | DATE | 2025-03-06 | 2025-03-06..2025-03-06",
			"The next day | DATE | 2025-03-07 | 2025-03-07..2025-03-07"}},
		{"following weekday counts from it", "The roof fell on March 6, a Thursday. The following Tuesday, the owner was charged.", []string{
			"March 6 | DATE | 2025-03-06 | 2025-03-06..2025-03-06",
			"Thursday | DATE | 2025-03-06 | 2025-03-06..2025-03-06",
			"The following Tuesday | DATE | 2025-03-11 | 2025-03-11..2025-03-11"}},
	})
}
