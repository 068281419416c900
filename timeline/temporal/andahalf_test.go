package temporal

import "testing"

// TestAndAHalf: "and a half" belongs to the amount, and the date it counts
// to is a month (or a week) away from the whole units, not the whole units.
func TestAndAHalf(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"unit and a half", "The trial lasted a year and a half.", []string{"a year and a half | DURATION | P1Y6M"}},
		{"minutes", "It took a minute and a half.", []string{"a minute and a half | DURATION | PT1M30S"}},
		{"number and a half units", "Talks ran two and a half hours.", []string{"two and a half hours | DURATION | PT2H30M"}},
		{"one and a half", "The truce held for one and a half years.", []string{"one and a half years | DURATION | P1Y6M"}},
		{"ago counts months", "She moved there a year and a half ago.", []string{"a year and a half ago | DATE | 2023-09 | 2023-09-01..2023-09-30"}},
		{"years ago", "The war began two and a half years ago.", []string{"two and a half years ago | DATE | 2022-09 | 2022-09-01..2022-09-30"}},
		{"fraction ago", "The plant closed 5 1/2 years ago.", []string{"5 1/2 years ago | DATE | 2019-09 | 2019-09-01..2019-09-30"}},
		{"a week and a half is a week", "A week and a half ago, troops left.", []string{"A week and a half ago | DATE | 2025-W10 | 2025-03-03..2025-03-09"}},
		{"the past unit and a half", "Over the past year and a half, prices fell.", []string{"the past year and a half | DURATION | P1Y6M"}},
		{"no half after last year", "Sales rose last year and a half of it came in May.", []string{"last year | DATE | 2024 | 2024-01-01..2024-12-31", "May | DATE | 2024-05 | 2024-05-01..2024-05-31"}},
	})
}
