package temporal

import "testing"

// TestClockAnchorStale checks that a bare clock time does not count from
// a day a paragraph back that dated something weeks before in passing: it
// is of the publication day. A day that framed its sentence, one of the
// story's own week, or one in the clock time's own paragraph still gives
// the clock time its day.
func TestClockAnchorStale(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"passing day weeks back, paragraph before", "Records filed on Saturday show that the driver bought the van on February 3.\n\nThe hearing was due to start at 10 a.m. but was delayed.", []string{
			"Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15",
			"February 3 | DATE | 2025-02-03 | 2025-02-03..2025-02-03",
			"10 a.m. | TIME | 2025-03-17T10:00 | 2025-03-17..2025-03-17"}},
		{"framing day weeks back", "Early on February 3, a team of officials arrived by jet.\n\nThe driver entered the building at 1:08 p.m.", []string{
			"February 3 | DATE | 2025-02-03 | 2025-02-03..2025-02-03",
			"1:08 p.m. | TIME | 2025-02-03T13:08 | 2025-02-03..2025-02-03"}},
		{"passing day of the story's week", "Officials said the visa was cancelled on Thursday.\n\nHe had been told he had until 8:30 a.m. to reply.", []string{
			"Thursday | DATE | 2025-03-13 | 2025-03-13..2025-03-13",
			"8:30 a.m. | TIME | 2025-03-13T08:30 | 2025-03-13..2025-03-13"}},
		{"passing day weeks back, same paragraph", "Records show that the driver bought the van on February 3. He collected it at 10 a.m.", []string{
			"February 3 | DATE | 2025-02-03 | 2025-02-03..2025-02-03",
			"10 a.m. | TIME | 2025-02-03T10:00 | 2025-02-03..2025-02-03"}},
	})
}

// TestClockAnchorTelling checks that a bare clock time in a sentence
// after a wire lede ("ran aground late on Friday, officials said on
// Saturday") is of the deed's day, not of the day its telling names; a
// clock time in the telling's own sentence, or after a day that dates
// no telling, keeps the last day named.
func TestClockAnchorTelling(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"deed's day before the telling's", "A ferry ran aground late on Friday, killing three people, officials said on Saturday.\n\nThe ship struck rocks shortly after 9.30 p.m. as passengers sat down to dinner.", []string{
			"Friday | DATE | 2025-03-14 | 2025-03-14..2025-03-14",
			"Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15",
			"9.30 p.m. | TIME | 2025-03-14T21:30 | 2025-03-14..2025-03-14"}},
		{"told reporters", "The dam burst on Friday, the mayor told reporters on Saturday. The water reached the town at 4 a.m.", []string{
			"Friday | DATE | 2025-03-14 | 2025-03-14..2025-03-14",
			"Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15",
			"4 a.m. | TIME | 2025-03-14T04:00 | 2025-03-14..2025-03-14"}},
		{"clock time in the telling's sentence", "The dam burst on Friday, the mayor said on Saturday at 10 a.m.", []string{
			"Friday | DATE | 2025-03-14 | 2025-03-14..2025-03-14",
			"Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15",
			"10 a.m. | TIME | 2025-03-15T10:00 | 2025-03-15..2025-03-15"}},
		{"a later day of no telling", "The dam burst on Friday and the town was evacuated on Saturday. Buses left at 4 a.m.", []string{
			"Friday | DATE | 2025-03-14 | 2025-03-14..2025-03-14",
			"Saturday | DATE | 2025-03-15 | 2025-03-15..2025-03-15",
			"4 a.m. | TIME | 2025-03-15T04:00 | 2025-03-15..2025-03-15"}},
	})
}
