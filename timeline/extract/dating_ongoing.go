package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// ongoing dates by the publication day a present participle that
// describes a thing or a clause of a sentence naming no time: "a country
// participating in the attack", "no signs pushing for his return hang
// from its windows", "the task force just getting under way", "Sanjurjo,
// sipping a coffee, is convinced". The "-ing" form tells what goes on at
// the time of the clause it hangs from, as TimeML puts a present state
// over the document time: so only under a clause in the present, the
// present perfect or the future ("will face problems growing out of the
// war": the problems grow now), or under a report dated by the
// publication day ("Albright, echoing the president, said"). Under a past
// verb ("people fleeing Cuba drowned", "statements supporting the move
// were issued") it goes on at that verb's time, which the sentence does
// not name, and under a modal ("could deter Russia from launching an
// offensive") it may never happen. Not with a conjunction of time ("after
// leaving", "while waiting"): that clause is told against another; one
// that is not ("besides meeting their needs") keeps it. Only in a
// sentence with no time expression: one there may be the participle's.
//
// The lexicon's participles keep the dates it gave them (see date).
//
// On eventtime dev, taking in conjuncts, complements and subjects,
// conjunctions not of time and a governing report's day: dated recall
// 68.4 -> 68.6 %, wrong 186 -> 186.
func (x *extractor) ongoing(p parsed, group []placed) {
	if len(p.txs) > 0 {
		return
	}
	for _, pl := range group {
		ev := &x.res.Events[pl.event]
		w := p.word(pl.word)
		if ev.When != nil || ev.Status != timeline.Occurred || w.UPOS != "VERB" || w.XPOS != "VBG" || pl.event < x.lexEvents {
			continue
		}
		switch p.rel(pl.word) {
		case "acl", "advcl", "conj", "xcomp", "csubj":
		default:
			continue
		}
		if !p.sharesTime(pl.word) || p.timeMarked(pl.word) {
			continue
		}
		if !p.presentGovernor(pl.word) && !x.reportGovernor(p, pl.word, group) {
			continue
		}
		ev.When = x.publication()
	}
}

// presentGovernor reports whether the clause that word i hangs from,
// through the nouns between them, is in the present, the present perfect
// or the future: a verb, or a noun or adjective with a copula ("Diplomats
// are less confident, pointing to …"). On eventtime dev, taking in the
// future: dated recall 70.0 -> 70.2 %, wrong 189 -> 189.
func (p parsed) presentGovernor(i int) bool {
	for v, hops := p.head(i), 0; v >= 0 && hops < len(p.s.Words); v, hops = p.head(v), hops+1 {
		var t tense
		switch {
		case p.word(v).UPOS == "VERB" || p.word(v).UPOS == "AUX":
			t = p.tense(v)
		case p.hasDependent(v, "cop"):
			t, _ = p.auxTense(v)
		default:
			continue
		}
		return t == present || t == perfect || t == future
	}
	return false
}

// reportGovernor reports whether the nearest event above word i is dated
// by the publication day: a bare report ("Albright, echoing the
// president, said …").
func (x *extractor) reportGovernor(p parsed, i int, group []placed) bool {
	for v, hops := p.head(i), 0; v >= 0 && hops < len(p.s.Words); v, hops = p.head(v), hops+1 {
		for _, q := range group {
			if q.word == v {
				w := x.res.Events[q.event].When
				return w != nil && w.Basis == BasisPublication && !p.newsDeed(v)
			}
		}
	}
	return false
}

// newsDeed reports whether predicate i is a past deed, not a saying: the
// publication day it gets as the day's news (see firstNews) is a
// convention, no time a participle under it goes on at ("farmers
// carrying flags were blocking the road").
func (p parsed) newsDeed(i int) bool {
	if p.rel(i) == "conj" && p.tense(p.head(i)) == perfect {
		return false // "has sacked the chancellor and replaced him": a perfect too
	}
	return p.tense(i) == past && !p.isSpeech(i)
}

// timeMarked reports whether clause i is introduced by a conjunction of
// time ("after leaving", "while waiting", "when asked"), which places it
// against another event.
func (p parsed) timeMarked(i int) bool {
	for k := range p.s.Words {
		if p.head(k) != i || p.rel(k) != "mark" {
			continue
		}
		switch strings.ToLower(p.word(k).Form) {
		case "after", "before", "while", "when", "whenever", "since", "until", "till", "once", "upon", "on":
			return true
		}
	}
	return false
}
