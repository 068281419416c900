package ingest

import (
	"regexp"
	"strings"

	"github.com/storyline/storyline/timeline"
)

// ageUnits are the units of a page's relative stamp ("3 hours ago").
var ageUnits = map[string]bool{}

func init() {
	for _, u := range strings.Fields(`second seconds sec secs minute minutes min mins hour hours hr hrs
		day days week weeks month months year years s m h d w`) {
		ageUnits[u] = true
	}
}

// ageStamp reports a page's stamp of how long ago it was published,
// standing alone once its label is set apart from it: "3 hours ago",
// "2h ago", "an hour ago".
func ageStamp(s string) bool {
	rest, ok := strings.CutSuffix(s, " ago")
	if !ok || len(rest) > 20 {
		return false
	}
	f := strings.Fields(strings.ToLower(rest))
	switch len(f) {
	case 1: // "2h", "5mins"
		n := strings.TrimLeft(f[0], "0123456789")
		return len(n) < len(f[0]) && ageUnits[n]
	case 2:
		num := f[0] == "a" || f[0] == "an" || strings.Trim(f[0], "0123456789") == ""
		return num && ageUnits[f[1]] && len(f[1]) > 1
	}
	return false
}

// gluedYear finds a year run into the time after it, as a page's stamp is
// copied when its date and time are two elements: "June 2, 20269:41 AM
// UTCUpdated ago".
var gluedYear = regexp.MustCompile(`\b((?:19|20)\d\d)(\d{1,2}:\d\d)`)

// gluedZone finds a time zone run into the label after it ("UTCUpdated").
var gluedZone = regexp.MustCompile(`\b([A-Z]{2,5})((?:Updated|Published|Posted|Modified)\b)`)

// gluedStamp reads a date stamp whose parts the copy ran together: its
// year into its time, its zone into an "Updated …" that follows. Such a
// line is the page's stamp, and its date the publication's.
func gluedStamp(s string) (timeline.Date, bool) {
	if len(s) > 80 || strings.IndexByte(s, ':') < 0 || !startsLikeDate(s) {
		return timeline.Date{}, false
	}
	loc := gluedYear.FindStringSubmatchIndex(s)
	if loc == nil {
		return timeline.Date{}, false
	}
	s = s[:loc[3]] + " " + s[loc[4]:]
	s = gluedZone.ReplaceAllString(s, "$1 $2")
	for _, w := range []string{" Updated", " Published", " Posted", " Modified"} {
		if i := strings.Index(s, w); i > 0 {
			s = s[:i]
		}
	}
	return bareDate(s)
}

// zoneOffset reports a zone written as an offset, alone or after its
// name: "GMT+1", "UTC-05:00", "+0100". Left unread, "GMT+1" stood
// before a stamp's date and the parser took it for a January 1st.
func zoneOffset(w string) bool {
	for _, z := range []string{"GMT", "UTC"} {
		if len(w) > len(z) && strings.EqualFold(w[:len(z)], z) {
			w = w[len(z):]
			break
		}
	}
	if len(w) < 2 || len(w) > 6 || w[0] != '+' && w[0] != '-' {
		return false
	}
	digits := strings.Replace(w[1:], ":", "", 1)
	return allDigits(digits) && len(digits) <= 4
}

// cutReadingTime cuts the reading time a stamp runs on into: "3 hours
// ago 3 min read" gives "3 hours ago".
func cutReadingTime(s string) string {
	f := strings.Fields(s)
	if n := len(f); n >= 4 && strings.EqualFold(f[n-1], "read") && ageUnits[strings.ToLower(f[n-2])] && allDigits(f[n-3]) {
		return strings.Join(f[:n-3], " ")
	}
	return s
}
