package temporal

import (
	"testing"
	"time"

	"github.com/storyline/storyline/timeline"
)

// FuzzTag checks that any text, against any publication date, tags
// without panicking into well-formed output.
func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"On Saturday, June 28, 2019, at 10:35 a.m. EST they met.",
		"the end of last week; earlier this month; since 2014; a 30-day truce",
		"the year-earlier quarter rose from a year earlier, and the 1990s, '80s, mid-",
		"5 1/2 hours every two years each Monday 3/15/2025 2025-03-01 12:60 p.m.",
		"the following day two weeks later the summer of 2019 Thanksgiving Day 1999",
		"\u2019s \u2014 last\n\nweek \xff\xfe",
		"",
	} {
		f.Add(s, 2025, 3, 17)
	}
	f.Add("Friday", 0, 0, 0)
	f.Fuzz(func(t *testing.T, text string, y, m, d int) {
		var dct timeline.Date
		if y > 0 && y < 10000 && m >= 1 && m <= 12 && d >= 1 && d <= 28 {
			dct = timeline.NewDate(y, time.Month(m), d)
		}
		checkWellFormed(t, text, Tag(text, dct))
	})
}
