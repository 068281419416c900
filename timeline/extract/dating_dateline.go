package extract

import (
	"strings"
	"unicode"

	"github.com/storyline/storyline/timeline"
)

// A wire story opens with a dateline, "BUDAPEST, March 12 (Xinhua) --": the
// day it was filed, which is the day its reports were made ("Orban said
// the occasion marked…") even when the page was published the next day.
// What this package dates by the publication day (a bare saying, a
// present state) takes the dateline's day instead.

// maxDatelineLag is how many days before publication a dateline may lie.
const maxDatelineLag = 3

// reportDay returns the day of the document's dateline, when it opens
// with one that lies up to maxDatelineLag days before publication, else
// nil.
func (x *extractor) reportDay() *timeline.Timex {
	if tx, ok := x.datelineDay(); ok {
		return &tx
	}
	return nil
}

// datelineDay finds the document's dateline (see reportDay).
func (x *extractor) datelineDay() (timeline.Timex, bool) {
	text, dct := x.doc.Text, x.doc.Published
	if dct.IsZero() {
		return timeline.Timex{}, false
	}
	for _, tx := range x.timexes {
		if tx.Start > 400 {
			break
		}
		iv := tx.Interval
		if iv == nil || iv.Granularity != timeline.Day || iv.Start != iv.End ||
			iv.Start.After(dct) || iv.Start.AddDays(maxDatelineLag).Before(dct) {
			continue
		}
		line := strings.LastIndexByte(text[:tx.Start], '\n') + 1
		if isDatelinePlace(text[line:tx.Start]) && opensStory(text[tx.End:]) {
			return tx, true
		}
	}
	return timeline.Timex{}, false
}

// isDatelinePlace reports whether s is a dateline's place and comma:
// "BUDAPEST, ", "Kyiv, Ukraine, ".
func isDatelinePlace(s string) bool {
	s = strings.TrimSpace(s)
	if !strings.HasSuffix(s, ",") || len(s) < 3 || len(s) > 40 {
		return false
	}
	for i, r := range s {
		switch {
		case i == 0 && !unicode.IsUpper(r):
			return false
		case unicode.IsLetter(r), r == ' ', r == ',', r == '.', r == '-', r == '\'':
		default:
			return false
		}
	}
	return true
}

// opensStory reports whether s, after a dateline's date, goes on as one
// does: an agency in brackets or a dash.
func opensStory(s string) bool {
	s = strings.TrimLeft(s, " \t")
	for _, p := range []string{"(", "--", "—", "–", "- "} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
