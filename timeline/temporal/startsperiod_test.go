package temporal

import "testing"

// TestStartsPeriod: a weekday a period starts on is the nearest one,
// either way, whatever the tense of the deed that set it going; a weekday
// after a capitalised "Planned" (a name) is read by the verb; a month and
// day with "last year" is that year's (the publication day is Monday
// 2025-03-17).
func TestStartsPeriod(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"starting, ahead", "The president declared three days of mourning starting on Wednesday.", []string{"three days | DURATION | P3D", "Wednesday | DATE | 2025-03-19 | 2025-03-19..2025-03-19"}},
		{"beginning, just past", "The ministry announced a curfew beginning Saturday.", []string{"Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15"}},
		{"effective, ahead", "The board approved the new fares, effective Thursday.", []string{"Thursday | DATE | 2025-03-20 | 2025-03-20..2025-03-20"}},
		{"began: past", "The strike began on Wednesday.", []string{"Wednesday | DATE | 2025-03-12 | 2025-03-12..2025-03-12"}},
		{"a name, not a plan", "The judge ruled on a lawsuit filed by Planned Parenthood on Saturday.", []string{"Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15"}},
		{"a plan", "The group planned a rally on Saturday.", []string{"Saturday | DATE | 2025-03-22 | 2025-03-22..2025-03-22"}},
		{"day and last year", "The chief justice ordered the inquiry on May 3 last year.", []string{"May 3 last year | DATE | 2024-05-03 | 2024-05-03..2024-05-03"}},
		{"day and next year", "The plant will open on March 4 next year.", []string{"March 4 next year | DATE | 2026-03-04 | 2026-03-04..2026-03-04"}},
		{"to the day: no day after", "The capsule landed 50 years to the day after the astronauts walked on the moon.", []string{"50 years | DURATION | P50Y"}},
	})
}

// TestSinceDayNoAnchor: a day a state began ("since Friday") is not the
// day a later clock time is on; the day the text was at before is.
func TestSinceDayNoAnchor(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"since: the day before", "The probe set a record on Sunday. The probe, which has been circling the moon since Friday, reached its peak at 4:06 p.m.", []string{
			"Sunday | DATE | 2025-03-16 | 2025-03-16..2025-03-16",
			"Friday | DATE | 2025-03-14 | 2025-03-14..2025-03-17",
			"4:06 p.m. | TIME | 2025-03-16T16:06 | 2025-03-16..2025-03-16"}},
	})
}

// TestLaterThanLatest: "N days later" counts from the day told, not from
// a period before it that the same sentence named in passing; a period
// after it is still counted from.
func TestLaterThanLatest(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"a period before the day", "The flight began on Mar. 2, after attempts in late January and early February. The probe passed the moon five days later.", []string{
			"Mar. 2 | DATE | 2025-03-02 | 2025-03-02..2025-03-02",
			"late January | DATE | 2025-01 | END | 2025-01-01..2025-01-31",
			"early February | DATE | 2025-02 | START | 2025-02-01..2025-02-28",
			"five days later | DATE | 2025-03-07 | 2025-03-07..2025-03-07"}},
	})
}

// TestLaterFromPeriodOfItsOwn: a period a later sentence tells is the one
// "N years later" counts from.
func TestLaterFromPeriodOfItsOwn(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"a period of its own sentence", "The ship ran aground on March 2. It was launched in 2005, and two years later was damaged in a storm.", []string{
			"March 2 | DATE | 2025-03-02 | 2025-03-02..2025-03-02",
			"2005 | DATE | 2005 | 2005-01-01..2005-12-31",
			"two years later | DATE | 2007 | 2007-01-01..2007-12-31"}},
	})
}
