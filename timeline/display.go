package timeline

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The renderers (report, timeline, graphs) write dates and ids the same
// way, so that a reader sees one date written one way on every picture.

// FormatDay writes d as "10 Mar 2025", or "unknown" for the zero Date.
func FormatDay(d Date) string {
	if d.IsZero() {
		return "unknown"
	}
	return strconv.Itoa(d.Day) + " " + d.Month.String()[:3] + " " + strconv.Itoa(d.Year)
}

// FormatRange writes an inclusive range as briefly as it reads:
// "10 Mar 2025", "10–16 Mar 2025", "28 Feb – 2 Mar 2025", "March 2025",
// "2014", "2014–2015". An end before the start, or none, is the start.
func FormatRange(a, b Date) string {
	if b.IsZero() || !b.After(a) {
		return FormatDay(a)
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
		return strconv.Itoa(a.Day) + "–" + FormatDay(b)
	case a.Year == b.Year:
		return strconv.Itoa(a.Day) + " " + a.Month.String()[:3] + " – " + FormatDay(b)
	}
	return FormatDay(a) + " – " + FormatDay(b)
}

// IDName reads the id of a side that has no actor of its own as a name:
// "palestine" is "Palestine", "united-states" "United States", "uk" "UK".
// An id with a capital or a digit is not a word: it is kept as it is.
func IDName(id string) string {
	if strings.IndexFunc(id, func(r rune) bool { return unicode.IsUpper(r) || unicode.IsDigit(r) }) >= 0 {
		return id
	}
	words := strings.FieldsFunc(id, func(r rune) bool { return r == '-' || r == '_' || unicode.IsSpace(r) })
	if len(words) == 1 && utf8.RuneCountInString(words[0]) <= 3 {
		return strings.ToUpper(words[0]) // an abbreviation: "us", "eu"
	}
	for i, w := range words {
		if i > 0 && (w == "of" || w == "and" || w == "the" || w == "de") {
			continue
		}
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(words, " ")
}
