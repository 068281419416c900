package temporal

import "testing"

// TestEveryMonth: a month after "every" or "each" recurs (TimeML SET
// XXXX-MM), it is not the last or the next one.
func TestEveryMonth(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"each month", "The parade is held each July in the capital.", []string{"each July | SET | XXXX-07"}},
		{"every month", "Every December the city fills with tourists.", []string{"Every December | SET | XXXX-12"}},
		{"every month day is a day", "Workers march every May 1.", []string{"May 1 | DATE | 2025-05-01 | 2025-05-01..2025-05-01"}},
	})
}

// TestRecurringWeekday: a plural weekday, or a weekday with a plural part
// of the day, recurs (TimeML SET), and dates no single day.
func TestRecurringWeekday(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"plural weekday", "The market is closed on Mondays.", []string{"Mondays | SET | XXXX-WXX-1"}},
		{"plural part of day", "Flights leave on Tuesday nights.", []string{"Tuesday nights | SET | XXXX-WXX-2TNI"}},
		{"plural evenings", "They meet Friday evenings.", []string{"Friday evenings | SET | XXXX-WXX-5TEV"}},
		{"one evening is a day", "They met on Friday evening.", []string{"Friday evening | DATE | 2025-03-14TEV | 2025-03-14..2025-03-14"}},
	})
}
