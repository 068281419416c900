package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// asOfSaid reports whether time expression ref, after a "by" that opens
// the sentence, is when its saying took place rather than a bound: in
// "By Tuesday evening the agency said 48 people had been confirmed dead"
// the agency spoke as of Tuesday evening, and what it told had happened
// by then. Only a day gone by and a saying in the past that the
// expression hangs on: "By Friday the firm will have paid" and "by May,
// prices had doubled" keep "by" a bound, and so does a saying set off
// by commas ("By Tuesday, the agency said, 48 people had died"), which
// tells when the deaths were counted, not when it spoke.
func (p parsed) asOfSaid(ref, top int) bool {
	tx := p.x.timexes[ref]
	k := p.wordJustBefore(tx.Start)
	if k != 0 || !strings.EqualFold(p.word(k).Form, "by") || tx.Interval == nil {
		return false
	}
	if dct := p.x.doc.Published; dct.IsZero() || tx.Interval.Start.After(dct) {
		return false
	}
	v := p.head(top)
	if v < 0 || !p.isSpeech(v) || p.word(v).XPOS != "VBD" {
		return false
	}
	return v+1 >= len(p.s.Words) || p.word(v+1).Form != ","
}

// byAhead reports whether time expression ref, after "by", is the
// deadline of a deed still to come: "The government would pay farmers by
// the end of the year" is to pay some day from now to the year's end
// (see untilBy). A deed done by a day ("had paid by May") keeps "by" a
// bound with no day.
func (p parsed) byAhead(ref, top int) bool {
	tx := p.x.timexes[ref]
	k := p.wordJustBefore(tx.Start)
	if k < 0 || !strings.EqualFold(p.word(k).Form, "by") || tx.Interval == nil {
		return false
	}
	if dct := p.x.doc.Published; dct.IsZero() || !tx.Interval.End.After(dct) {
		return false
	}
	for v, hops := p.head(top), 0; v >= 0 && hops < 4; v, hops = p.head(v), hops+1 {
		if p.word(v).UPOS == "VERB" {
			return p.aheadDeed(v) || p.tense(v) == modal // "would pay by the end of the year"
		}
	}
	return false
}

// untilBy is the stretch from the publication day to the end of w, the
// time a "by" bounds, for a deed still to come (see byAhead).
func (p parsed) untilBy(w *timeline.When, tx timeline.Timex) *timeline.When {
	b := *w
	b.Start = p.x.doc.Published
	if k := p.wordJustBefore(tx.Start); k >= 0 {
		b.Text = p.x.doc.Text[p.word(k).Start:tx.End]
	}
	return &b
}
