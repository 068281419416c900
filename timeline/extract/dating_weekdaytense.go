package extract

import "strings"

// weekdayByVerb moves a bare weekday to the side of the publication day
// the verb it hangs on in the parse points to. The tagger reads the
// direction off the nearest tense word, which a long fronted phrase puts
// far from the clause's verb: in "On Tuesday, after a day of talks that
// aides say will shape the region, the leaders signed the accord" the
// "will" of the talks sent Tuesday ahead, though the signing, and the
// accord it names, are past; in "On Thursday, after months in which the
// company had struggled, Holm is expected to announce the sale" the
// "had" sent it back. The verb's own tense decides, and every event the
// day dates through that verb moves with it.
func (x *extractor) weekdayByVerb(p parsed, pl placed) {
	ev := &x.res.Events[pl.event]
	w, dct := ev.When, x.doc.Published
	if w == nil || dct.IsZero() || w.Basis != "" && w.Basis != BasisText || cycleOf(w.Text) != "week" {
		return
	}
	for _, c := range p.txs {
		tx := x.timexes[c.ref]
		if c.att < 0 || tx.Text != w.Text || !p.datesThrough(pl.word, c.att) {
			continue
		}
		shift := 0
		switch p.verbDirection(c.att) {
		case -1:
			if w.Start.After(dct) {
				shift = -7
			}
		case 1:
			if w.End.Before(dct) {
				shift = 7
			}
		}
		if shift == 0 {
			return
		}
		n := *w
		n.Start, n.End = w.Start.AddDays(shift), w.End.AddDays(shift)
		if strings.HasPrefix(n.Value, w.Start.String()) {
			n.Value = n.Start.String() + n.Value[len(w.Start.String()):]
		}
		ev.When = &n
		return
	}
}

// datesThrough reports whether predicate i takes its date from a time
// that hangs on verb v: v itself, a noun among its arguments ("signed
// the accord"), or the deed an intention of v names ("is expected to
// announce the sale").
func (p parsed) datesThrough(i, v int) bool {
	c := p.clauseOf(i)
	if c == v || i == v {
		return true
	}
	h := p.head(c)
	if h == v && (p.word(c).UPOS == "NOUN" || p.rel(c) == "xcomp") {
		return true
	}
	return h >= 0 && p.head(h) == v && p.rel(h) == "xcomp" && p.word(c).UPOS == "NOUN" && p.rel(c) == "obj"
}

// verbDirection is where verb v puts its time against the publication
// day: -1 for a past, +1 for a future or an intention told in the
// present ("is expected to", "plans to"), 0 when its form does not say
// ("would meet", "meets") or an intention told in the past may be of a
// day either side.
func (p parsed) verbDirection(v int) int {
	switch p.tense(v) {
	case past, pluperfect, perfect:
		if lookingAhead[strings.ToLower(p.word(v).Lemma)] {
			return 0 // "planned a rally on Saturday": the rally may be ahead
		}
		return -1
	case future:
		return 1
	case present:
		if p.intends(v) {
			return 1
		}
	case nonFinite:
		if g := p.head(v); g >= 0 && p.rel(v) == "xcomp" && p.intends(g) {
			switch p.tense(g) {
			case present, future:
				return 1
			}
		}
	}
	return 0
}

// intends reports whether verb v looks ahead to a deed its open
// complement names: "expected to announce", "plans to leave", "is due
// to sign".
func (p parsed) intends(v int) bool {
	l := strings.ToLower(p.word(v).Lemma)
	return (lookingAhead[l] || l == "due" || l == "likely" || l == "poised") && p.hasDependent(v, "xcomp")
}
