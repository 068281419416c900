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

// TestEveryMonth: a month after "every" or "each" recurs (TimeML SET
// XXXX-MM), it is not the last or the next one.
func TestEveryMonth(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"each month", "The parade is held each July in the capital.", []string{"each July | SET | XXXX-07"}},
		{"every month", "Every December the city fills with tourists.", []string{"Every December | SET | XXXX-12"}},
		{"every month day is a day", "Workers march every May 1.", []string{"May 1 | DATE | 2025-05-01 | 2025-05-01..2025-05-01"}},
	})
}

// TestPlansAsNoun: "plans" followed by "for", "of", a comma or a verb is
// the noun, which tells no tense, even after another noun ("vacation
// plans"); the verb takes an infinitive or an object.
func TestPlansAsNoun(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"noun compound before for", "On Friday, when she set aside vacation plans for the trip, the ministry lifted a warning.", []string{"Friday | DATE | 2025-03-14 | 2025-03-14..2025-03-14"}},
		{"noun before a verb", "On Thursday, travel plans were cancelled.", []string{"Thursday | DATE | 2025-03-13 | 2025-03-13..2025-03-13"}},
		{"verb with infinitive", "The company plans to close the plant on Friday.", []string{"Friday | DATE | 2025-03-21 | 2025-03-21..2025-03-21"}},
		{"verb with object", "The group plans a rally on Saturday.", []string{"Saturday | DATE | 2025-03-22 | 2025-03-22..2025-03-22"}},
		{"hopes for is a verb", "He hopes for a deal on Friday.", []string{"Friday | DATE | 2025-03-21 | 2025-03-21..2025-03-21"}},
	})
}
