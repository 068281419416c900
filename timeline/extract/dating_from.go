package extract

import (
	"strings"
	"unicode"
)

// A time after "from" is a bound of what lasts from it ("served from 1968",
// "rose from $4 million a year earlier"), but one still ahead of the paper
// and with no far end is when a thing to come starts: "Test trains will
// run from next spring", "the limits ease from Monday". The day it starts
// is the day of the event the clause tells, unless that clause is in the
// past: "The board named Lena Park chief executive from April 1" named her
// before the day she starts.

// startsAhead reports whether time expression ref follows a bare "from",
// begins after the publication day and opens no range ("from Monday to
// Friday" dates with both ends, see opensRange).
func (x *extractor) startsAhead(ref int) bool {
	tx := x.timexes[ref]
	dct := x.doc.Published
	if dct.IsZero() || tx.Interval == nil || !tx.Interval.Start.After(dct) || x.opensRange(ref) {
		return false
	}
	before := strings.TrimRightFunc(x.doc.Text[:tx.Start], unicode.IsSpace)
	k := strings.LastIndexFunc(before, unicode.IsSpace)
	return strings.EqualFold(before[k+1:], "from")
}

// aheadClause reports whether the verb word top hangs under is not in
// the past (see above).
func (p parsed) aheadClause(top int) bool {
	for k, hops := p.head(top), 0; k >= 0 && hops < 4; k, hops = p.head(k), hops+1 {
		if p.word(k).UPOS == "VERB" {
			t := p.tense(k)
			return t != past && t != pluperfect
		}
	}
	return false
}
