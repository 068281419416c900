package ingest

import (
	"fmt"
	"strings"
	"time"

	"github.com/storyline/storyline/timeline"
)

// A news-please record says when it was downloaded (date_download) as
// well as when the page says it was published. A crawler that follows
// feeds downloads an article within hours of its publication, so the
// download date settles what the published one leaves open: whether
// "05/03/2026" is the 5th of March or the 3rd of May, and, when a page
// gives no date at all, about when it came out.

// settleSlashDate reads a date in figures with slashes whose day and month
// could be either ("05/03/2026") as the reading on or before the download
// date and nearest it; ok is false for any other date, or when the
// download date settles nothing.
func settleSlashDate(published, downloaded string) (timeline.Date, bool) {
	f := strings.Fields(published)
	if len(f) == 0 {
		return timeline.Date{}, false
	}
	a, b, y, ok := slashReadings(f[0])
	if !ok {
		return timeline.Date{}, false // one reading only: ParseDate has it
	}
	got, err := ParseDate(downloaded)
	if err != nil {
		return timeline.Date{}, false
	}
	dl := time.Date(got.Year, got.Month, got.Day, 0, 0, 0, 0, time.UTC)
	best, bestGap := timeline.Date{}, time.Duration(-1)
	for _, md := range [2][2]int{{a, b}, {b, a}} { // month first, then day first
		d := time.Date(y, time.Month(md[0]), md[1], 0, 0, 0, 0, time.UTC)
		if gap := dl.Sub(d); gap >= 0 && (bestGap < 0 || gap < bestGap) {
			best, bestGap = timeline.Date{Year: y, Month: time.Month(md[0]), Day: md[1]}, gap
		}
	}
	return best, bestGap >= 0
}

// slashReadings returns the two numbers and the year of a date in figures
// with slashes whose day and month could be either ("05/03/2026"); ok is
// false for any other.
func slashReadings(w string) (a, b, y int, ok bool) {
	parts := strings.Split(w, "/")
	if len(parts) != 3 || len(parts[2]) != 4 || !allDigits(parts[0]) || !allDigits(parts[1]) || !allDigits(parts[2]) ||
		len(parts[0]) > 2 || len(parts[1]) > 2 {
		return 0, 0, 0, false
	}
	a, b, y = atoi(parts[0]), atoi(parts[1]), atoi(parts[2])
	if a == b || a < 1 || b < 1 || a > 12 || b > 12 {
		return 0, 0, 0, false
	}
	return a, b, y, true
}

// settleSlashByText reads a date in figures with slashes whose day and
// month could be either as the reading the article's text spells out,
// as a page's caption or standfirst often does ("Issued on: 05/11/2026"
// above "… in Port-Marin on November 5, 2026"); ok is false when the text
// spells out neither reading, or both.
func settleSlashByText(published, text string) (timeline.Date, bool) {
	if strings.IndexByte(published, '/') < 0 {
		return timeline.Date{}, false // asked of every document: most have no slash date
	}
	f := strings.Fields(published)
	if len(f) == 0 {
		return timeline.Date{}, false
	}
	a, b, y, ok := slashReadings(f[0])
	if !ok {
		return timeline.Date{}, false
	}
	monthFirst := timeline.Date{Year: y, Month: time.Month(a), Day: b}
	dayFirst := timeline.Date{Year: y, Month: time.Month(b), Day: a}
	m, d := spelledOut(text, monthFirst), spelledOut(text, dayFirst)
	switch {
	case m && !d:
		return monthFirst, true
	case d && !m:
		return dayFirst, true
	}
	return timeline.Date{}, false
}

// spelledOut reports whether text writes date d in words with its year:
// "November 5, 2026", "5 November 2026", "Nov. 5, 2026", "5 Nov 2026".
func spelledOut(text string, d timeline.Date) bool {
	long := d.Month.String()
	short := long[:3]
	day, year := fmt.Sprint(d.Day), fmt.Sprint(d.Year)
	for _, m := range []string{long, short, short + "."} {
		if strings.Contains(text, m+" "+day+", "+year) || strings.Contains(text, day+" "+m+" "+year) {
			return true
		}
	}
	return false
}

// fetchedWarning is the warning for a document dated by its download.
const fetchedWarning = "no publication date in the record or its text: the download date %s is taken (give one with --dct YYYY-MM-DD)"
