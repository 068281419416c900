package temporal

import (
	"strconv"
	"strings"

	"github.com/storyline/storyline/timeline"
)

// rangeYears gives the opening date of a range the year that only its
// closing date writes: in "from March to June 2025", said in 2026, March
// is March 2025, not the March before the publication date. A range is
// "from A to B" (or until, through, a dash) or "between A and B".
func rangeYears(text string, out []timeline.Timex) {
	for k := 0; k+1 < len(out); k++ {
		a, b := &out[k], &out[k+1]
		if a.Interval == nil || b.Interval == nil || a.Type != timeline.TypeDate || b.Type != timeline.TypeDate ||
			a.Interval.Granularity != timeline.Month && a.Interval.Granularity != timeline.Day ||
			writesYear(a.Text) || !writesYear(b.Text) || b.Start < a.End {
			continue
		}
		joint := strings.ToLower(strings.TrimSpace(text[a.End:b.Start]))
		opener := strings.ToLower(lastWord(text[max(0, a.Start-12):a.Start]))
		switch {
		case opener == "from" && (joint == "to" || joint == "until" || joint == "through" || joint == "-" || joint == "–"),
			opener == "between" && joint == "and":
		default:
			continue
		}
		y := b.Interval.End.Year
		start := timeline.NewDate(y, a.Interval.Start.Month, a.Interval.Start.Day)
		if start.After(b.Interval.Start) {
			y-- // "from December to March 2025" runs from December 2024
			start = timeline.NewDate(y, a.Interval.Start.Month, a.Interval.Start.Day)
		}
		if y == a.Interval.Start.Year {
			continue
		}
		a.Interval.Start, a.Interval.End = start, timeline.NewDate(y, a.Interval.End.Month, a.Interval.End.Day)
		if year := strconv.Itoa(y); len(a.Value) >= 4 && a.Value[:4] != year {
			a.Value = year + a.Value[4:] // "2026-03" → "2025-03"
		}
	}
}

// writesYear reports whether an expression's text writes a year: four
// digits in a row.
func writesYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}
