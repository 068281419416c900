package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// aheadSettingDates gives a deed still to come the day of the event it is
// to take part in: in "Tsarnaev is to appear in court for arraignment on
// July 10" and "will attend a meeting on Friday" the day hangs on the
// noun, and the verb, which had only the publication day from its tense,
// is on that day too. Only a deed its own form puts ahead ("is to",
// "will", "plans to"), and only a day after publication: "announced a
// rally on Saturday" announced it before.
func (x *extractor) aheadSettingDates(p parsed, group []placed) {
	dct := x.doc.Published
	if dct.IsZero() {
		return
	}
	for _, pl := range group {
		ev := &x.res.Events[pl.event]
		v := pl.word
		if ev.When != nil && ev.When.Basis != BasisPublication || p.word(v).UPOS != "VERB" || !p.aheadDeed(v) {
			continue
		}
		for _, q := range group {
			w := x.res.Events[q.event].When
			if p.head(q.word) != v || p.word(q.word).UPOS != "NOUN" || p.rel(q.word) != "obl" && p.rel(q.word) != "obj" ||
				w == nil || w.Basis != BasisText || !w.Start.After(dct) {
				continue
			}
			ev.When = carried(w, BasisText)
			if ev.Status == timeline.Occurred {
				ev.Status = timeline.Expected
			}
			break
		}
	}
}

// aheadDeed reports whether verb v's own form puts it ahead of the
// publication day: a future ("will attend"), "is to appear", or an
// intention told in the present (see verbDirection).
func (p parsed) aheadDeed(v int) bool {
	if p.tense(v) == future || p.verbDirection(v) > 0 {
		return true
	}
	be, to := false, false
	for k := range v {
		if p.head(k) != v {
			continue
		}
		switch f := strings.ToLower(p.word(k).Form); {
		case (p.rel(k) == "cop" || p.rel(k) == "aux") && (f == "is" || f == "are" || f == "am"):
			be = true
		case p.rel(k) == "mark" && f == "to":
			to = true
		}
	}
	return be && to
}
