package extract

import (
	"strings"
	"unicode"

	"github.com/storyline/storyline/timeline"
)

// A wire story opens with a dateline, "BUDAPEST, March 12 (Xinhua) --",
// "NEW YORK/LONDON, Nov 10 (Reuters) -" or, naming no place, "Nov 10
// (Reuters) -" (the forms ingest cuts from the lede): the
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
		place := text[line:tx.Start]
		if strings.TrimSpace(place) == "" && creditOpensStory(text[tx.End:]) ||
			isDatelinePlace(place) && opensStory(text[tx.End:]) {
			return tx, true
		}
	}
	return timeline.Timex{}, false
}

// isDatelinePlace reports whether s is a dateline's place and comma:
// "BUDAPEST, ", "Kyiv, Ukraine, ", and the places a story was filed from
// together, "NEW YORK/LONDON, ".
func isDatelinePlace(s string) bool {
	s = strings.TrimSpace(s)
	if !strings.HasSuffix(s, ",") || len(s) < 3 || len(s) > 40 {
		return false
	}
	for i, r := range s {
		switch {
		case i == 0 && !unicode.IsUpper(r):
			return false
		case unicode.IsLetter(r), r == ' ', r == ',', r == '.', r == '-', r == '\'', r == '/':
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

// creditOpensStory reports whether s, after a date that opens a line with
// no place before it, goes on as a dateline does: an agency's credit in
// brackets, then a dash ("Nov 10 (Reuters) - "). A date and a dash alone
// open prose as often ("March 3 - the day the talks began - was cold").
func creditOpensStory(s string) bool {
	s = strings.TrimLeft(s, " \t")
	end := strings.IndexByte(s, ')')
	if !strings.HasPrefix(s, "(") || end < 2 || end > 40 || strings.ContainsAny(s[1:end], "(\n") {
		return false
	}
	rest := strings.TrimLeft(s[end+1:], " \t")
	for _, p := range []string{"--", "—", "–", "-"} {
		if after, ok := strings.CutPrefix(rest, p); ok {
			return after == "" || after[0] == ' ' || after[0] == '\n'
		}
	}
	return false
}
