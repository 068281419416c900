package temporal

import "testing"

// TestDayAfterInApposition checks that "the day after" in apposition to a
// day names that day again, a one-day measure that extract counts what
// follows from, while "the day after" closing a phrase, or before a date,
// stays a date.
func TestDayAfterInApposition(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"the day after in apposition", "He sued on Tuesday, the day after the recount ended.", []string{
			"Tuesday | DATE | 2025-03-11 | 2025-03-11..2025-03-11",
			"the day | DURATION | P1D"}},
		{"the day before in apposition", "He sued on Tuesday, the day before the deal was announced.", []string{
			"Tuesday | DATE | 2025-03-11 | 2025-03-11..2025-03-11",
			"the day | DURATION | P1D"}},
		{"the day after closing a phrase", "He sued on Tuesday, the day after.", []string{
			"Tuesday | DATE | 2025-03-11 | 2025-03-11..2025-03-11",
			"the day after | DATE | 2025-03-12 | 2025-03-12..2025-03-12"}},
		{"the day before yesterday in apposition", "He sued on Tuesday, the day before yesterday.", []string{
			"Tuesday | DATE | 2025-03-11 | 2025-03-11..2025-03-11",
			"the day before yesterday | DATE | 2025-03-15 | 2025-03-15..2025-03-15"}},
	})
}
