package ingest

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/araddon/dateparse"

	"github.com/storyline/storyline/timeline"
)

// Errors of ParseDate.
var (
	ErrNotDate = errors.New("not a date")
	// ErrNoYear comes with the month and day of a date written without a
	// year ("Mar 13"), so that the caller can supply one.
	ErrNoYear = errors.New("date has no year")
)

// maxDateLen bounds the strings handed to the date parser.
const maxDateLen = 80

// ParseDate reads an absolute date as articles and their metadata write
// it: ISO 8601 timestamps, "March 17, 2025", "17 Mar 2025 10:00 GMT",
// "Monday, March 17, 2025", "17th March 2025", "2025-03-17 00:00:00". A
// month and year ("February 2022") gives the first of the month. A date
// without a year ("Mar 13") returns its month and day with Year 0 and an
// error wrapping ErrNoYear. A timestamp gives the calendar day in its own
// zone, as written.
func ParseDate(s string) (timeline.Date, error) {
	norm := normalizeDate(s)
	if norm == "" || len(norm) > maxDateLen {
		return timeline.Date{}, fmt.Errorf("%w: %q", ErrNotDate, s)
	}
	if d, ok := monthDay(norm); ok {
		return d, fmt.Errorf("%w: %q", ErrNoYear, s)
	}
	d, ok := monthYear(norm)
	if !ok {
		d, ok = numericDate(norm)
	}
	if !ok {
		t, err := parseWithoutTime(norm)
		if err != nil {
			return timeline.Date{}, fmt.Errorf("%w: %q", ErrNotDate, s)
		}
		d = timeline.DateOf(t)
		if d.Year == 0 {
			if !namesMonth(norm, d.Month) {
				// The parser's default day, not one written:
				// "GMT+1, November" came back as January 1st.
				return timeline.Date{}, fmt.Errorf("%w: %q", ErrNotDate, s)
			}
			return d, fmt.Errorf("%w: %q", ErrNoYear, s)
		}
	}
	if d.Year < 1000 || d.Year > 9999 {
		return timeline.Date{}, fmt.Errorf("%w: %q: year out of range", ErrNotDate, s)
	}
	return d, nil
}

// parseWithoutTime parses s, and failing that s without the time of day
// that trails it ("14 February 2025 10:02 GMT", "Feb. 14, 2025 at 10 a.m.").
func parseWithoutTime(s string) (time.Time, error) {
	t, err := parseAny(s)
	if err == nil {
		return t, nil
	}
	f := strings.Fields(s)
	for n := len(f) - 1; n >= 2 && timeToken(f[n]); n-- {
		if t, err2 := parseAny(strings.TrimRight(strings.Join(f[:n], " "), ",")); err2 == nil {
			return t, nil
		}
	}
	return t, err
}

// namesMonth reports whether one of the words of s names month m.
func namesMonth(s string, m time.Month) bool {
	for _, w := range strings.Fields(s) {
		if monthOf(w) == m {
			return true
		}
	}
	return false
}

// numericDate reads d.m.yyyy, d-m-yyyy and m/d/yyyy: with dots or dashes
// always day first, as the countries that write them do ("05.03.2026" and
// "05-03-2026" are the 5th of March, though a dashed date whose second
// number cannot be a month is American, "05-13-2026");
// with slashes day first when the first number cannot be a month, else
// month first, as in American usage.
func numericDate(s string) (timeline.Date, bool) {
	if len(s) < 8 || len(s) > 10 {
		return timeline.Date{}, false
	}
	sep := strings.IndexAny(s, "./-")
	if sep < 1 || sep > 2 {
		return timeline.Date{}, false
	}
	parts := strings.Split(s, s[sep:sep+1])
	if len(parts) != 3 || len(parts[2]) != 4 || len(parts[1]) > 2 || !allDigits(parts[0]) || !allDigits(parts[1]) || !allDigits(parts[2]) {
		return timeline.Date{}, false
	}
	a, b, y := atoi(parts[0]), atoi(parts[1]), atoi(parts[2])
	m, d := a, b
	if a > 12 || s[sep] == '.' || s[sep] == '-' && b <= 12 {
		m, d = b, a
	}
	if m < 1 || m > 12 || d < 1 || d > daysIn(time.Month(m), y) {
		return timeline.Date{}, false
	}
	return timeline.Date{Year: y, Month: time.Month(m), Day: d}, true
}

func daysIn(m time.Month, year int) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// parseAny runs dateparse in UTC, so that the result never depends on the
// machine's zone, and turns its rare panics into errors.
func parseAny(s string) (t time.Time, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: %q", ErrNotDate, s)
		}
	}()
	return dateparse.ParseIn(s, time.UTC, dateparse.RetryAmbiguousDateWithSwap(true))
}

// normalizeDate collapses white space and removes what dateparse trips
// on: a leading weekday, ordinal suffixes and the abbreviation "Sept".
func normalizeDate(s string) string {
	f := strings.Fields(s)
	if len(f) > 1 && weekday(f[0]) {
		f = f[1:]
	}
	for i, w := range f {
		f[i] = stripOrdinal(w)
		if strings.HasPrefix(strings.ToLower(f[i]), "sept") && len(strings.Trim(f[i], ".,")) == 4 {
			f[i] = f[i][:3] + f[i][4:]
		}
	}
	return strings.Join(f, " ")
}

func weekday(w string) bool {
	switch strings.ToLower(strings.TrimRight(w, ".,")) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun":
		return true
	}
	return false
}

// stripOrdinal turns "17th," into "17,".
func stripOrdinal(w string) string {
	core := strings.TrimRight(w, ".,")
	tail := w[len(core):]
	if len(core) < 3 {
		return w
	}
	suf := strings.ToLower(core[len(core)-2:])
	digits := core[:len(core)-2]
	if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") && allDigits(digits) && len(digits) <= 2 {
		return digits + tail
	}
	return w
}

// monthYear reads "February 2022", "Feb. 2022" and "February, 2022".
func monthYear(s string) (timeline.Date, bool) {
	f := strings.Fields(s)
	if len(f) != 2 {
		return timeline.Date{}, false
	}
	m := monthOf(f[0])
	if m == 0 || len(f[1]) != 4 || !allDigits(f[1]) {
		return timeline.Date{}, false
	}
	return timeline.Date{Year: atoi(f[1]), Month: m, Day: 1}, true
}

// monthDay reads "March 17" and "17 March", which have no year.
func monthDay(s string) (timeline.Date, bool) {
	f := strings.Fields(s)
	if len(f) != 2 {
		return timeline.Date{}, false
	}
	m, day := monthOf(f[0]), strings.TrimRight(f[1], ".,")
	if m == 0 {
		m, day = monthOf(f[1]), strings.TrimRight(f[0], ".,")
	}
	if m == 0 || len(day) == 0 || len(day) > 2 || !allDigits(day) {
		return timeline.Date{}, false
	}
	d := atoi(day)
	if d < 1 || d > 31 {
		return timeline.Date{}, false
	}
	return timeline.Date{Month: m, Day: d}, true
}

var monthNames = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// monthOf returns the month a word names ("Feb.", "March,"), or 0.
func monthOf(w string) time.Month {
	w = strings.TrimRight(w, ".,")
	if len(w) < 3 || len(w) > 9 {
		return 0
	}
	return monthNames[strings.ToLower(w)]
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// atoi reads a short run of ASCII digits.
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s) && i < 9; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
