package temporal

import "testing"

// TestClock24 checks that four digits in a time context are a time of the
// day, not a year, and that one in brackets after a clock time stays an
// aside of it.
func TestClock24(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"local time and an aside", "At 2000 local time (1900 GMT) the ferry sank off Halden.", []string{
			"2000 local time | TIME | 2025-03-17T20:00 | 2025-03-17..2025-03-17"}},
		{"a zone", "The strike by Gus Holm's crews began at 1900 GMT on Sunday.", []string{
			"1900 GMT on Sunday | TIME | 2025-03-16T19:00 | 2025-03-16..2025-03-16"}},
		{"hours", "The patrol left at 0630 hours and met Carl Dahl at 1400 hours.", []string{
			"0630 hours | TIME | 2025-03-17T06:30 | 2025-03-17..2025-03-17",
			"1400 hours | TIME | 2025-03-17T14:00 | 2025-03-17..2025-03-17"}},
		{"a clock time and its zone aside", "Anna Berg landed at 10:35 a.m. (0735 GMT).", []string{
			"10:35 a.m. | TIME | 2025-03-17T10:35 | 2025-03-17..2025-03-17"}},
		{"hours counted", "Anna Berg was given 1200 hours of community service.", nil},
		{"hours flown", "Anna Berg has flown 1200 hours since she joined.", nil},
	})
}
