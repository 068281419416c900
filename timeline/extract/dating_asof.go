package extract

import "strings"

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
