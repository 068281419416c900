package extract

import (
	"strings"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// A court's or the police's act is told against the deed it is about:
// "was found guilty on Tuesday in the May 25 murder", "charged over the
// death of a man last May". The deed's time is the deed's, not the
// verdict's. Only for such verbs: TimeBank dates many other verbs by a
// time inside their object ("the Aug. 7 bombings" dates what is said of
// them), and a subject's time is the verb's too ("the Aug. 7 bombings
// killed 224").

// judgesDeed reports whether the time expression headed by word top
// lies in the phrase of a deed named below predicate pred, a verb that
// judges or charges someone for it, and so is the deed's time, not
// pred's. The parse may hang the time from a word of the deed's phrase
// ("the death of Mary Jones last May"), so the deed is looked for up the
// tree.
func (p parsed) judgesDeed(pred, ref, top int) bool {
	if top < 0 || top == pred || !p.judging(pred) {
		return false
	}
	for n, steps := p.head(top), 0; n >= 0 && n != pred && steps < len(p.s.Words); n, steps = p.head(n), steps+1 {
		if p.head(n) == pred && strings.HasPrefix(p.word(n).Deprel, "nsubj") {
			return false // "the Aug. 7 bombings led to arrests"
		}
		if n != pred && p.deedNoun(n) {
			// Before the noun, or after a word of the noun's own, the
			// time is the noun's ("the May 25 murder", "the death of
			// Mary Jones last May"); right after the noun as often the
			// verb's ("found guilty of murder on Tuesday"), unless a
			// later time is the verb's.
			return p.above(pred, n) && (p.word(top).End <= p.word(n).Start || p.head(top) != n || p.laterTime(ref))
		}
	}
	return false
}

// laterTime reports whether the sentence holds a time later than time
// expression ref: the deed comes before the verdict, so only the earlier
// of two can be the deed's.
func (p parsed) laterTime(ref int) bool {
	this := p.x.timexes[ref].Interval
	for _, c := range p.txs {
		if iv := p.x.timexes[c.ref].Interval; c.ref != ref && c.att != heldTimex && iv != nil && this != nil && iv.Start.After(this.End) {
			return true
		}
	}
	return false
}

// judging reports whether verb v judges, charges or arrests someone, or
// v is the verdict such a verb gives ("guilty" in "was found guilty").
func (p parsed) judging(v int) bool {
	if h := p.head(v); h >= 0 && p.verdictWord(h) == v {
		return true
	}
	if p.word(v).UPOS != "VERB" {
		return false
	}
	if p.verdict(v) {
		return true // "found guilty", "pleaded not guilty"
	}
	switch strings.ToLower(p.word(v).Lemma) {
	case "convict", "acquit", "sentence", "charge", "indict", "arrest", "jail", "prosecute", "clear":
		return true
	}
	return false
}

// deedNoun reports whether word n is a noun for a killing, an attack or
// a disaster: a deed a court or the police can be about.
func (p parsed) deedNoun(n int) bool {
	if p.word(n).UPOS != "NOUN" {
		return false
	}
	l := strings.ToLower(p.word(n).Lemma)
	if !eventNoun(l) {
		return false
	}
	switch wn.Kind(l, true) {
	case "death", "attack", "disaster":
		return true
	}
	return false
}

// trailsDeed reports whether the time expression starting at byte start
// right follows the phrase of a deed that judging verb pred is about
// ("found guilty of all charges Tuesday in the death of a man nearly a
// year ago"), where the parse may hang it on pred: with a later time in
// the sentence for pred, the trailing one is the deed's.
func (p parsed) trailsDeed(pred, ref, start int) bool {
	if !p.judging(pred) {
		return false
	}
	k := p.wordJustBefore(start)
	if k < 0 || !p.laterTime(ref) {
		return false
	}
	for n, steps := k, 0; n >= 0 && n != pred && steps < len(p.s.Words); n, steps = p.head(n), steps+1 {
		if p.head(n) == pred && strings.HasPrefix(p.word(n).Deprel, "nsubj") {
			return false
		}
		if p.deedNoun(n) {
			return p.above(pred, n)
		}
	}
	return false
}
