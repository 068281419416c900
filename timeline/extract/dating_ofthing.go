package extract

import "strings"

// thingOfEventDates leaves undated, for the rules after it, an event noun
// that only names what a place, a thing or people of a dated clause are
// left of: in "searched the site of the shooting on Tuesday" and
// "relatives of the victims of the crash gathered on Wednesday" the day
// is the search's and the gathering's; the shooting and the crash came
// before. A day of the noun's own phrase ("the site of Tuesday's
// shooting") stays, and a definite noun may still take the day of the
// event it names again (see anaphoricDates).
func (x *extractor) thingOfEventDates(p parsed, group []placed) {
	for _, pl := range group {
		ev := &x.res.Events[pl.event]
		n := p.head(pl.word)
		if ev.When == nil || p.word(pl.word).UPOS != "NOUN" || p.rel(pl.word) != "nmod" || p.caseOf(pl.word) != "of" || n < 0 ||
			!aftermathNouns[strings.ToLower(p.word(n).Lemma)] {
			continue
		}
		own := false
		for _, c := range p.txs {
			own = own || p.dominates(pl.word, c.top)
		}
		if !own {
			ev.When = nil
		}
	}
}

// aftermathNouns name what an event leaves behind, there after it: its
// place, its remains, the people it struck.
var aftermathNouns = set("site scene wreckage ruins rubble debris victim victims survivor survivors anniversary aftermath")
