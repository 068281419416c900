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
