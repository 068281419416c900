package temporal

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestModalAhead checks that a modal of possibility before a bare verb
// points a month or weekday forward, as "will" does, whatever the past
// tense of the reporting verb before it; and that a modal perfect, a
// negated or passive "could" and a purpose "so he could" stay past.
func TestModalAhead(t *testing.T) {
	thursday := timeline.NewDate(2025, 3, 13)
	runCases(t, thursday, []tagCase{
		{"could after said", "Ivo Renner said the bank could raise rates again in May.", []string{
			"May | DATE | 2025-05 | 2025-05-01..2025-05-31"}},
		{"might after said", "Ivo Renner said the bank might cut rates in June.", []string{
			"June | DATE | 2025-06 | 2025-06-01..2025-06-30"}},
		{"may lower case", "Lena Park said Northwind Bank may sell the unit in June.", []string{
			"June | DATE | 2025-06 | 2025-06-01..2025-06-30"}},
		{"should", "Anna Berg said the report should be ready by Monday.", []string{
			"Monday | DATE | 2025-03-17 | 2025-03-17..2025-03-17"}},
		{"must", "Anna Berg said the talks must end before Friday.", []string{
			"Friday | DATE | 2025-03-14 | 2025-03-14..2025-03-14"}},
		{"must have stays past", "Anna Berg said the talks must have ended on Tuesday.", []string{
			"Tuesday | DATE | 2025-03-11 | 2025-03-11..2025-03-11"}},
		{"a duty told in the past", "The court had ruled that Ivo Renner must be returned home, and set Friday as the deadline.", []string{
			"Friday | DATE | 2025-03-07 | 2025-03-07..2025-03-07"}},
		{"a modal perfect stays past", "Ivo Renner said the bank could have raised rates in May.", []string{
			"May | DATE | 2024-05 | 2024-05-01..2024-05-31"}},
		{"a negated could stays past", "Anna Berg said she could not attend the meeting in May.", []string{
			"May | DATE | 2024-05 | 2024-05-01..2024-05-31"}},
		{"a passive could stays past", "Neither of them could be located Wednesday in Halden.", []string{
			"Wednesday | DATE | 2025-03-12 | 2025-03-12..2025-03-12"}},
		{"a purpose could stays past", "Lena Park flew home so she could attend the funeral on Monday.", []string{
			"Monday | DATE | 2025-03-10 | 2025-03-10..2025-03-10"}},
		{"no modal", "Ivo Renner said the bank raised rates in May.", []string{
			"May | DATE | 2024-05 | 2024-05-01..2024-05-31"}},
	})
}

// TestThanExpected checks that "than expected" and "than planned" measure
// the deed and tell no plan: the verb before them gives the tense; a
// plan ("are expected to") still looks ahead.
func TestThanExpected(t *testing.T) {
	friday := timeline.NewDate(2025, 11, 14)
	runCases(t, friday, []tagCase{
		{"than expected", "Inflation fell faster than expected over the summer, Anna Berg said.", []string{
			"the summer | DATE | 2025-SU | 2025-06-01..2025-08-31"}},
		{"than planned", "The talks lasted longer than planned on Monday.", []string{
			"Monday | DATE | 2025-11-10 | 2025-11-10..2025-11-10"}},
		{"a plan", "Sales at Northwind Bank are expected to rise in March.", []string{
			"March | DATE | 2026-03 | 2026-03-01..2026-03-31"}},
	})
}
