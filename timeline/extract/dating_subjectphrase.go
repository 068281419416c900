package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// The times in a clause's subject, or in a clause beside it, that the
// trigger lexicon's nearest reading gave a saying or a deed: "Organisers
// of Sunday's march said", "Joshua Wong, a leader of the 2014 protests,
// … called on Lam to step down", "said they would rally on Sunday and
// called for …". See recheck.

// pastAgain makes an event told in the past that a day to come had made
// expected occurred again, with its summary: the day was another
// clause's. The summary was worded by the status it had: "Ivo Renner
// expected to say …" said it, "expected to urge the bill to be scrapped"
// urged it (the verb of its kind, see promotedVerb). A telling is summed up as a saying when no
// hearer is named ("told reporters that …" is "said …").
func pastAgain(ev *EventMention) {
	if ev.Status != timeline.Expected {
		return
	}
	ev.Status = timeline.Occurred
	for _, lemma := range []string{ev.Trigger, "say", promotedVerb(ev.Kind, ev.Object)} {
		if lemma == "" {
			continue
		}
		past, base, _ := verbForms(lemma, ev.Kind)
		ev.Summary = strings.Replace(ev.Summary, " "+tensed(timeline.Expected, past, base)+" ", " "+past+" ", 1)
	}
}

// recheckDeed undoes the date of a deed told by a verb when it is a time
// that names a noun inside the verb's subject, before it: "Joshua Wong, a
// leader of the 2014 protests, walked out of prison and called on Lam to
// step down" did not call in 2014 (see otherTimeOf for a day). A conjunct without a subject of its
// own has the subject of the verb it is joined to. The story's time or
// the tense then dates it, as any deed without a day of its own.
func (x *extractor) recheckDeed(p parsed, pl placed) {
	ev := &x.res.Events[pl.event]
	v := p.clauseOf(pl.word)
	if p.word(v).UPOS != "VERB" {
		return
	}
	if pl.event < x.lexEvents && x.siblingClauseTime(p, v, ev.When) {
		ev.When = nil
		if p.tense(v) == past {
			pastAgain(ev)
		}
		return
	}
	if p.rel(v) == "conj" && !p.hasDependent(v, "nsubj") && !p.hasDependent(v, "nsubj:pass") {
		v = p.head(v)
	}
	for _, c := range p.txs {
		tx := x.timexes[c.ref]
		if tx.Text != ev.When.Text || tx.Value != ev.When.Value || !p.inSpeakerPhrase(v, c.top) {
			continue
		}
		if tx.Interval.Days() > 1 || p.otherTimeOf(v, c.ref) {
			ev.When = nil
		}
		return
	}
}

// siblingClauseTime reports whether the date w the trigger lexicon gave
// verb v, taking the nearest expression, hangs from a verb of another
// clause, neither above v nor below it: in "said they would go ahead with
// another rally on Sunday and called for the bill to be scrapped" the
// Sunday is the rally's, in what was said, not the calling's. The other
// clause has a subject of its own: a verb without one is as often a noun
// the parse misread ("a summer arts camp in 1994").
func (x *extractor) siblingClauseTime(p parsed, v int, w *timeline.When) bool {
	for _, c := range p.txs {
		tx := x.timexes[c.ref]
		if tx.Text != w.Text || tx.Value != w.Value {
			continue
		}
		below := p.above(c.att, v) && !(c.att == p.head(v) && p.tenseClash(v))
		return c.att >= 0 && c.att != v && p.word(c.att).UPOS == "VERB" && !below && !p.above(v, c.att) &&
			(p.hasDependent(c.att, "nsubj") || p.hasDependent(c.att, "nsubj:pass"))
	}
	return false
}

// tenseClash reports whether conjunct v, a simple past, cannot share the
// future or the modal of the verb it is joined to: in "said they would go
// ahead with a rally on Sunday and called for the bill to be scrapped"
// the calling goes on from "said", wherever the parse joined it, and is
// a clause of its own.
func (p parsed) tenseClash(v int) bool {
	if p.rel(v) != "conj" || p.word(v).XPOS != "VBD" {
		return false
	}
	if _, ok := p.auxTense(v); ok {
		return false
	}
	t := p.tense(p.head(v))
	return t == future || t == modal
}

// otherTimeOf reports whether a time expression other than ref hangs from
// verb v: "the jet that crashed on Sunday arrived in Paris on Thursday".
// Without one, a day in the subject's phrase is as often the deed's
// occasion ("Officers who searched the flat on Friday night found
// guns", "The collapse of the dam on January 25 sent a wave of mud"),
// and only a longer stretch is the subject's past ("the Australian who
// reached the final in 2022 wrote").
func (p parsed) otherTimeOf(v, ref int) bool {
	for _, c := range p.txs {
		if c.ref != ref && c.att == v {
			return true
		}
	}
	return false
}

// inSpeakerPhrase reports whether the time expression headed by word t
// dates a noun inside the subject of saying s, not the subject itself:
// "Organisers of Sunday's march said they would rally again" were
// speaking on the paper's day, not on the Sunday of the march, and
// "Survivors of Friday's quake said" likewise; "Sunday's statement said"
// is the statement's own day. Only a subject before its verb: one after
// it may take what was the saying's ("said Moussa Harouna, a trader, at
// a rally on Friday").
func (p parsed) inSpeakerPhrase(s, t int) bool {
	if n := p.head(t); t > s || n < 0 || n == s || p.head(n) == s {
		return false
	}
	for c, hops := t, 0; c >= 0 && hops < len(p.s.Words); c, hops = p.head(c), hops+1 {
		if p.head(c) == s {
			return (p.rel(c) == "nsubj" || p.rel(c) == "nsubj:pass") && p.word(c).UPOS != "PRON"
		}
	}
	return false
}
