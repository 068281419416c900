package ingest

import (
	"regexp"
	"strings"
	"time"

	"github.com/storyline/storyline/timeline"
)

// Many sites put the publication date in an article's address
// ("/2026/03/04/fire-out", "/news/2026/mar/03/brennick-fire",
// "/2026-03-04/fire-out"). A page or record that gives no date anywhere
// else is dated by it.

var urlDate = regexp.MustCompile(`/((?:19|20)\d\d)[/-]([01]?\d|[a-z]{3})[/-]([0-3]?\d)(?:[/-]|\.html?$|$)`)

// dateFromURL returns the date in the path of u, or false.
func dateFromURL(u string) (timeline.Date, bool) {
	if u == "" {
		return timeline.Date{}, false
	}
	// Only the path: a query may hold any figures.
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	m := urlDate.FindStringSubmatch(strings.ToLower(u))
	if m == nil {
		return timeline.Date{}, false
	}
	y, d := atoi(m[1]), atoi(m[3])
	mon := time.Month(atoi(m[2]))
	if !allDigits(m[2]) {
		mon = monthOf(m[2])
	}
	if mon < 1 || mon > 12 || d < 1 || d > daysIn(mon, y) {
		return timeline.Date{}, false
	}
	return timeline.Date{Year: y, Month: mon, Day: d}, true
}

// urlDateWarning is the warning for a document dated by its address.
const urlDateWarning = "no publication date in the metadata or the text: %s is taken from the address"
