package dot

import (
	"strconv"

	"github.com/storyline/storyline/timeline"
)

// whenText reads "13 Mar 2025", "17–23 Mar 2025", "2024" or "undated": the
// dates of the report and the timeline beside which the graph is shown,
// and no "2024-01-01 to 2024-12-31" for an event known only to its year.
func whenText(w *timeline.When) string {
	if w == nil || w.Start.IsZero() {
		return "undated"
	}
	return rangeText(w.Start, w.End)
}

// dayText writes d as "13 Mar 2025".
func dayText(d timeline.Date) string {
	return strconv.Itoa(d.Day) + " " + d.Month.String()[:3] + " " + strconv.Itoa(d.Year)
}

// rangeText writes an inclusive range as briefly as it reads:
// "10 Mar 2025", "10–16 Mar 2025", "28 Feb – 2 Mar 2025", "March 2025",
// "2014", "2010–2019". An end before the start, or none, is the start.
func rangeText(a, b timeline.Date) string {
	if b.IsZero() || !b.After(a) {
		return dayText(a)
	}
	switch {
	case a.Month == 1 && a.Day == 1 && b.Month == 12 && b.Day == 31:
		if a.Year == b.Year {
			return strconv.Itoa(a.Year)
		}
		return strconv.Itoa(a.Year) + "–" + strconv.Itoa(b.Year)
	case a.Year == b.Year && a.Month == b.Month:
		if a.Day == 1 && b.AddDays(1).Month != b.Month {
			return a.Month.String() + " " + strconv.Itoa(a.Year)
		}
		return strconv.Itoa(a.Day) + "–" + dayText(b)
	case a.Year == b.Year:
		return strconv.Itoa(a.Day) + " " + a.Month.String()[:3] + " – " + dayText(b)
	}
	return dayText(a) + " – " + dayText(b)
}
