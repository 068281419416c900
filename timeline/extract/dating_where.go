package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// A place's "where" clause tells what happened at the place, at a time of
// its own when that time is long past or the clause looks back: in "roll
// the rocket back to the hangar, where it was stacked last year" or
// "found in a seal where smaller leaks appeared in the spring" the year
// and the spring are the stacking's and the leaks', not the rolling's or
// the finding's. The parse often hangs such a clause from the sentence's
// verb (advcl, ccomp) instead of from the place. A day of the news there
// is as often the verb's own ("spoke at a rally in Ostburg, where
// thousands gathered on Friday").

// placeRelative reports whether clause c is opened by a relative "where"
// right after a noun or a comma: "Ostburg, where …", "a seal where …".
func (p parsed) placeRelative(c int) bool {
	for k := range p.s.Words {
		if p.head(k) != c || p.rel(k) != "advmod" || !strings.EqualFold(p.word(k).Form, "where") || k == 0 || k > c {
			continue
		}
		switch b := p.word(k - 1); {
		case b.Form == ",", b.UPOS == "NOUN", b.UPOS == "PROPN":
			return true
		}
	}
	return false
}

// inPlaceRelative reports whether time expression c hangs in a place's
// "where" clause below verb v (see placeRelative) whose time is its own:
// one long before the news, or a look back ("where talks had begun on
// Monday").
func (p parsed) inPlaceRelative(c sentTimex, v int) bool {
	for k, hops := c.att, 0; k >= 0 && k != v && hops < len(p.s.Words); k, hops = p.head(k), hops+1 {
		if p.isClause(k) && p.placeRelative(k) {
			return p.above(v, k) && (p.tense(k) == pluperfect || p.backgroundTime(c.ref))
		}
	}
	return false
}

// backgroundTime reports whether expression ref names a stretch longer
// than a day or a day before the news (see newsDays).
func (p parsed) backgroundTime(ref int) bool {
	iv, dct := p.x.timexes[ref].Interval, p.x.doc.Published
	return iv != nil && (iv.Granularity != timeline.Day || !dct.IsZero() && iv.End.Before(dct.AddDays(-newsDays)))
}

// placeRelativeRef reports whether time expression ref hangs in a place's
// "where" clause below verb v.
func (p parsed) placeRelativeRef(ref, v int) bool {
	for _, c := range p.txs {
		if c.ref == ref {
			return c.att >= 0 && c.att != v && p.inPlaceRelative(c, v)
		}
	}
	return false
}
