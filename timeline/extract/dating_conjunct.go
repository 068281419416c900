package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// conjunctDates gives an undated past verb coordinated with a dated one,
// sharing its subject, that verb's date: in "In a speech on Tuesday,
// Erdogan called the killing savage and dismissed the Saudi account" the
// dismissal was in the same speech. A verb of saying or rejecting is told
// of its own day when it stands alone (see carryStory), but one joined to
// another deed of the same doer goes with it, as sayingAlongside has a
// saying do. A conjunct with a time of its own keeps none, nor one with a
// subject of its own unless joined by ", and" (commaAnd), nor one in a
// relative clause ("Mattis, who sat on the board and invested $85,000"):
// background, not the news of the date.
func (x *extractor) conjunctDates(p parsed, group []placed) {
	for _, pl := range group {
		ev := &x.res.Events[pl.event]
		v := pl.word
		if ev.When != nil || ev.Status != timeline.Occurred && ev.Status != timeline.Denied || p.word(v).UPOS != "VERB" || p.rel(v) != "conj" ||
			p.tense(v) != past || !p.mainClause(v) || p.ownSubject(v) && !p.commaAnd(v) || p.hasTimeOfItsOwn(v) || p.movesOn(v) {
			continue // "adjourned the case, and officials later agreed", whatever subject the parse gives "agreed"
		}
		h := p.head(v)
		if p.stateAfter(v, h) {
			continue // "left the army in 2022 and worked at the port": the state after
		}
		first := eventAtWord(x, group, h)
		if first == nil || first.When == nil || p.tense(h) != past || first.Status != timeline.Occurred ||
			first.When.Basis != "" && first.When.Basis != BasisText && first.When.Basis != BasisNarrative {
			continue
		}
		if p.ownSubject(v) && first.When.Basis != BasisNarrative && !p.hasTimeOfItsOwn(h) {
			continue // "remembered the 2022 flood, and Holm painted the barn": a thing's year, no scene's
		}
		ev.When = carried(first.When, first.When.Basis)
	}
}

func (p parsed) ownSubject(v int) bool {
	return p.dependentOf(v, "nsubj") >= 0 || p.dependentOf(v, "nsubj:pass") >= 0
}

// commaAnd reports whether the conjunct v is a clause joined by ", and":
// the writer told two steps of one scene ("Judge Kelly transferred the
// case, and the government agreed that the player would stay"), so a
// clause with a subject of its own but no time of its own shares its
// sister's. Without the comma ("she praised the rescuers and Dahl
// dismissed the report") the joined clause may be another occasion.
func (p parsed) commaAnd(v int) bool {
	cc := p.dependentOf(v, "cc")
	return cc > 0 && p.word(cc).Lemma == "and" && p.word(cc-1).Form == "," && p.head(cc-1) == v && !p.movesOn(v)
}

// movesOn reports whether clause v says it comes at another time than
// its sister: "expelled diplomats in 2006, and an inquiry later
// concluded".
func (p parsed) movesOn(v int) bool {
	for k := range p.s.Words {
		if p.head(k) == v && p.rel(k) == "advmod" && sequenceAdverbs[strings.ToLower(p.word(k).Form)] {
			return true
		}
	}
	return false
}

var sequenceAdverbs = map[string]bool{
	"later": true, "then": true, "afterwards": true, "afterward": true, "subsequently": true, "eventually": true,
	"since": true, "now": true, "again": true, "earlier": true, "previously": true, "once": true, "finally": true, "soon": true,
}

// conjunctOwnDays dates a conjunct verb by a day in its own phrases when
// it took a time that hangs on the verb it is joined to: in "passed the
// moon five days later and returned for a second close pass on Monday"
// the return was on Monday, not five days after the launch.
func (x *extractor) conjunctOwnDays(p parsed, group []placed) {
	for _, pl := range group {
		ev := &x.res.Events[pl.event]
		v := pl.word
		if ev.When == nil || ev.When.Basis != BasisText || p.word(v).UPOS != "VERB" || p.rel(v) != "conj" {
			continue
		}
		taken, own := -1, -1
		for _, c := range p.txs {
			tx := x.timexes[c.ref]
			switch {
			case c.att < 0 || tx.Interval == nil:
			case tx.Text == ev.When.Text && tx.Interval.Start == ev.When.Start:
				taken = c.att
			case p.inOwnPhrase(c.att, v) && tx.Interval.Days() == 1 && own < 0:
				own = c.ref
			}
		}
		if taken >= 0 && taken != v && !p.above(v, taken) && own >= 0 {
			ev.When = x.when(own)
		}
	}
}

// inOwnPhrase reports whether word k is verb v or a noun of v's own
// phrases ("returned for a second close pass on Monday"), not of a clause
// below v ("replaced him with Hunt, who on Monday reversed the cuts";
// "said they would hold a conference on October 10").
func (p parsed) inOwnPhrase(k, v int) bool {
	for hops := 0; k >= 0 && hops < len(p.s.Words); k, hops = p.head(k), hops+1 {
		if k == v {
			return true
		}
		if u := p.word(k).UPOS; u != "NOUN" && u != "PROPN" || !strings.HasPrefix(p.rel(k), "obl") && !strings.HasPrefix(p.rel(k), "nmod") {
			return false
		}
	}
	return false
}
