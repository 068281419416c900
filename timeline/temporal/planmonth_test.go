package temporal

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestPlannedMonthAhead checks that a month a plan told in the present
// looks ahead to is the coming one, even just after the last has passed.
func TestPlannedMonthAhead(t *testing.T) {
	may := timeline.NewDate(2025, 5, 15)
	runCases(t, may, []tagCase{
		{"plans to in the month just past is next year's", "Holm Tools plans to open the plant in April.", []string{
			"April | DATE | 2026-04 | 2026-04-01..2026-04-30"}},
		{"is expected to in a month past is next year's", "The court is expected to rule in March.", []string{
			"March | DATE | 2026-03 | 2026-03-01..2026-03-31"}},
		{"would may be of the month past", "Carl Dahl said the plant would open in April.", []string{
			"April | DATE | 2025-04 | 2025-04-01..2025-04-30"}},
		{"a past verb keeps the month past", "The plant opened in April.", []string{
			"April | DATE | 2025-04 | 2025-04-01..2025-04-30"}},
	})
}

// TestAnnouncedPlans checks that a past verb before the noun "plans"
// keeps its clause in the past: "announced plans to acquire" announced.
func TestAnnouncedPlans(t *testing.T) {
	runCases(t, timeline.NewDate(1989, 10, 30), []tagCase{
		{"announced plans is past", "In September, Holm Tools announced plans to buy a mill.", []string{
			"September | DATE | 1989-09 | 1989-09-01..1989-09-30"}},
		{"was expected to may be of the month past", "In September, the mill was expected to close.", []string{
			"September | DATE | 1989-09 | 1989-09-01..1989-09-30"}},
	})
}

// TestHadPlannedMonth checks that a month a pluperfect plan looks ahead
// to is the nearer one, coming or past, and that a pluperfect deed keeps
// its month in the past.
func TestHadPlannedMonth(t *testing.T) {
	january := timeline.NewDate(2025, 1, 15)
	runCases(t, january, []tagCase{
		{"had planned to in a month ahead is this year's", "Northwind had planned to start selling the phone in March.", []string{
			"March | DATE | 2025-03 | 2025-03-01..2025-03-31"}},
		{"had been expected to as well", "The bridge had been expected to reopen in March.", []string{
			"March | DATE | 2025-03 | 2025-03-01..2025-03-31"}},
		{"a pluperfect deed stays past", "Northwind had started selling the phone in March.", []string{
			"March | DATE | 2024-03 | 2024-03-01..2024-03-31"}},
	})
	runCases(t, timeline.NewDate(2025, 9, 16), []tagCase{
		{"had planned to in a month gone is this year's", "Northwind had planned to start selling the phone in March.", []string{
			"March | DATE | 2025-03 | 2025-03-01..2025-03-31"}},
	})
}

// TestPostponedTo checks that the time a deed is put off to is ahead of
// the putting off, however past its verb, and that a time the deed was
// done at keeps the past.
func TestPostponedTo(t *testing.T) {
	january := timeline.NewDate(2025, 1, 15) // a Wednesday
	runCases(t, january, []tagCase{
		{"pushed back to a month ahead", "Northwind pushed back the delivery to March, blaming a parts shortage.", []string{
			"March | DATE | 2025-03 | 2025-03-01..2025-03-31"}},
		{"delayed to a weekday ahead", "The club delayed the match to Saturday.", []string{
			"Saturday | DATE | 2025-01-18 | 2025-01-18..2025-01-18"}},
		{"postponed from one day to another", "The club postponed the match from Monday to Saturday.", []string{
			"Monday | DATE | 2025-01-13 | 2025-01-13..2025-01-13",
			"Saturday | DATE | 2025-01-18 | 2025-01-18..2025-01-18"}},
		{"put off to a month ahead", "The council put the vote off to March.", []string{
			"March | DATE | 2025-03 | 2025-03-01..2025-03-31"}},
		{"a month the deed was done in stays past", "Northwind pushed back the delivery in March.", []string{
			"March | DATE | 2024-03 | 2024-03-01..2024-03-31"}},
		{"nor does a trip to a day", "Anna Berg travelled to Paris and returned to work on Saturday.", []string{
			"Saturday | DATE | 2025-01-11 | 2025-01-11..2025-01-11"}},
	})
}
