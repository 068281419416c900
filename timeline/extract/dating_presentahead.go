package extract

import (
	"fmt"

	"github.com/storyline/storyline/timeline"
)

// presentAheadShift moves the date of a present-tense event forward by a
// year when its own bare month name was resolved before the publication
// day. News tells a scheduled event in the present ("he
// faces 20 years when he is sentenced in July", "the trial opens in
// September"), and a named time of such a present is the coming one: in a
// May paper that July is this year's, not last year's. The present of
// the month the paper is in ("is sentenced in May" in a May paper) is
// left alone, as are headlines, whose present tells past news.
func (x *extractor) presentAheadShift(p parsed, pl placed) {
	ev := &x.res.Events[pl.event]
	w, dct := ev.When, x.doc.Published
	if w == nil || dct.IsZero() || !w.End.Before(dct) || w.Basis != "" && w.Basis != BasisText || p.s.Span.Kind == timeline.Heading {
		return
	}
	v := pl.word
	if p.word(v).UPOS != "VERB" || p.tense(v) != present || p.hasDependent(v, "aux") && !p.passive(v) || !p.plainDeed(v) {
		return // "is meeting", "can't find": a state or an ability of now
	}
	own := false
	for _, c := range p.txs {
		if x.timexes[c.ref].Text == w.Text && c.att == v {
			own = true
		}
	}
	if !own {
		return // "says it opened in July": the time is another clause's
	}
	n := *w
	if cycleOf(w.Text) != "year" || w.Granularity != timeline.Month {
		return // a weekday the present puts ahead is the tagger's and dateByTense's to read
	}
	n.Start = timeline.NewDate(w.Start.Year+1, w.Start.Month, 1)
	n.End = timeline.NewDate(w.Start.Year+1, w.Start.Month+1, 0)
	n.Value = fmt.Sprintf("%04d-%02d", n.Start.Year, int(n.Start.Month))
	if !n.Start.After(dct) {
		return
	}
	ev.When = &n
	if ev.Status == timeline.Occurred {
		ev.Status = timeline.Expected
	}
}

// plainDeed reports whether verb v tells a deed with no clause under it:
// not a saying or a thought ("she estimates her flats, worth twice as much
// in October, are worth half that now"), whose times may be its
// clause's however the parse hangs them.
func (p parsed) plainDeed(v int) bool {
	return !p.isSpeech(v) && !p.hasDependent(v, "ccomp") && !p.hasDependent(v, "xcomp")
}
