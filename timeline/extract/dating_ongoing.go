package extract

import "github.com/storyline/storyline/timeline"

// ongoing dates by the publication day a present participle that
// describes a thing or a clause of a sentence naming no time: "a country
// participating in the attack", "no signs pushing for his return hang
// from its windows", "the task force just getting under way", "Sanjurjo,
// sipping a coffee, is convinced". The "-ing" form tells what is going
// on as the text is written, as TimeML puts a present state over the
// document time. Only under a clause in the present or the present
// perfect: under a past verb ("people fleeing Cuba drowned", "statements
// supporting the move were issued") it goes on at that verb's time, which
// the sentence does not name, and under a modal or a future it may never
// happen. Not with a conjunction ("after
// leaving", "while waiting"): that clause is told against another. Only
// in a sentence with no time expression: one there may be the
// participle's.
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
		case "acl", "advcl":
		default:
			continue
		}
		if !p.sharesTime(pl.word) || p.hasDep(pl.word, "mark") || !p.presentGovernor(pl.word) {
			continue
		}
		ev.When = x.publication()
	}
}

// presentGovernor reports whether the clause that word i hangs from,
// through the nouns between them, is in the present or the present
// perfect: a verb, or a noun or adjective with a copula ("Diplomats are
// less confident, pointing to …").
func (p parsed) presentGovernor(i int) bool {
	for v, hops := p.head(i), 0; v >= 0 && hops < len(p.s.Words); v, hops = p.head(v), hops+1 {
		var t tense
		switch {
		case p.word(v).UPOS == "VERB" || p.word(v).UPOS == "AUX":
			t = p.tense(v)
		case p.hasDep(v, "cop"):
			t, _ = p.auxTense(v)
		default:
			continue
		}
		return t == present || t == perfect
	}
	return false
}
