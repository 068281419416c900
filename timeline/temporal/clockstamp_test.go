package temporal

import "testing"

// TestClockStampLine checks that a clock time on a line of its own, a
// live page's time stamp, is of the publication day, and that what the
// entry below it tells counts from that day, not from the day the entry
// above it ended on; a clock time inside a sentence still takes the day
// the text last named.
func TestClockStampLine(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"stamp after an entry of Friday", "Police said late on Friday that the road was shut.\n3:10 a.m.\nThe statement came shortly after 1 a.m.", []string{
			"Friday | DATE | 2025-03-14 | 2025-03-14..2025-03-14",
			"3:10 a.m. | TIME | 2025-03-17T03:10 | 2025-03-17..2025-03-17",
			"1 a.m. | TIME | 2025-03-17T01:00 | 2025-03-17..2025-03-17"}},
		{"clock time in running text", "Police said late on Friday that the road was shut at 3:10 a.m.", []string{
			"Friday | DATE | 2025-03-14 | 2025-03-14..2025-03-14",
			"3:10 a.m. | TIME | 2025-03-14T03:10 | 2025-03-14..2025-03-14"}},
	})
}
