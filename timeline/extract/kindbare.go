package extract

import (
	"strings"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// A verb's first sense is often read off its use with an object or a
// goal: "fought the rebels", "raced to the scene", "argued that …". Used
// without one, the same verb says something else: survivors "were
// struggling" in shelters attack no one, rescuers "raced against time to
// find survivors" go nowhere, jurors who "deliberated for four hours"
// said nothing anyone reports. bareKind returns the kind such a use has,
// or "" when the first sense stands.
func (p parsed) bareKind(f frame, lemma, first string) string {
	switch {
	case first != KindOther && first != "" && wn.VerbClass(lemma) == "stative" && !p.asksToDo(f.pred) && !p.answersWords(f, first):
		// WordNet's first sense holds rather than happens ("to include
		// two infants", "the deal involves"): no agreement, whatever
		// a later sense is; one that asks a deed of someone ("required
		// banks to hold more capital") stays a demand.
		return KindOther
	case first == "attack" && !p.opposes(f):
		return KindOther
	case first == "movement" && wn.VerbClass(lemma) == "motion" && p.hastensToDo(f.pred):
		return KindOther
	case first == KindStatement && !p.saysSomething(f):
		return KindOther
	}
	return ""
}

// opposes reports whether attack verb f has someone or something it is
// done to or against: an object, a passive subject, an oblique of
// opposition ("fought against", "clashed with", "fired on"), or a verb of
// combat or contact, which is one by itself ("fighting raged", "rebels
// fought in the streets", "the missile struck").
func (p parsed) opposes(f frame) bool {
	switch wn.VerbClass(strings.ToLower(p.word(f.pred).Lemma)) {
	case "competition", "contact":
		return true
	}
	if len(f.patients) > 0 || p.passive(f.pred) || p.hasDependent(f.pred, "obj") {
		return true
	}
	for k := range p.s.Words {
		if p.head(k) != f.pred || p.rel(k) != "obl" || p.inTimex(k) {
			continue // "on Tuesday" is when, not whom
		}
		switch p.caseOf(k) {
		case "against", "with", "on", "at", "upon":
			return true
		}
	}
	return false
}

// hastensToDo reports whether motion verb v goes nowhere and is followed
// by what is done in haste: "rushed to seize the assets", "raced against
// time to find survivors", "hurried to withdraw money". The deed of the
// infinitive is the event; the haste is its manner. A goal or a path
// ("rushed to the scene", "fled into the hills", "raced home") keeps the
// movement.
func (p parsed) hastensToDo(v int) bool {
	inf := false
	for k := range p.s.Words {
		if p.head(k) != v {
			continue
		}
		switch p.rel(k) {
		case "xcomp", "advcl":
			inf = inf || p.hasToMark(k)
		case "obj", "compound":
			return false
		case "advmod":
			if p.word(k).UPOS == "ADV" && wn.NounClass(strings.ToLower(p.word(k).Lemma)) == "location" {
				return false // "raced home"
			}
		case "obl":
			if p.inTimex(k) {
				continue
			}
			switch p.caseOf(k) {
			case "against", "for", "on", "in", "":
			default:
				return false // "to the scene", "into the hills", "from the city"
			}
		}
	}
	return inf
}

// saysSomething reports whether communication verb f tells what was
// said or to whom: an object, a clause or a quote, a matter ("spoke
// about the war", "commented on"), an addressee ("told reporters",
// "spoke to the press"), or a subject that is a saying itself. A verb of
// speech with none of these ("the jury deliberated for hours") reports
// no statement.
func (p parsed) saysSomething(f frame) bool {
	switch strings.ToLower(p.word(f.pred).Lemma) {
	case "say", "tell", "add", "write", "state", "report":
		return true // a verb of telling has its words somewhere: a quote, the sentence before
	case "apologise", "apologize":
		return true // an apology is words by itself: "he apologised" says sorry, with or without "to customers"
	}
	for k := range p.s.Words {
		switch p.word(k).Form {
		case "\"", "“", "”", ":", "'", "‘", "’", "``", "''":
			return true // what was said is quoted, wherever the parse hung it
		}
	}
	if k := f.pred + 1; k < len(p.s.Words) {
		// "said so", "implied as much": the words stand for what was
		// said, however the parse hangs them.
		next := strings.ToLower(p.word(k).Form)
		if next == "so" || next == "otherwise" || next == "as" && k+1 < len(p.s.Words) && strings.EqualFold(p.word(k+1).Form, "much") {
			return true
		}
	}
	for k := range p.s.Words {
		if p.head(k) != f.pred {
			continue
		}
		switch p.rel(k) {
		case "obj", "iobj", "ccomp", "xcomp", "parataxis", "csubj":
			return true
		case "obl":
			if p.inTimex(k) {
				continue
			}
			switch p.caseOf(k) {
			case "about", "on", "over", "of", "to", "with", "against", "for":
				return true
			}
		}
	}
	return len(f.patients) > 0 || len(f.others) > 0 || p.passive(f.pred) || p.head(f.pred) >= 0 && p.rel(f.pred) == "parataxis"
}

// answersWords reports whether verb f, of a kind of speech act, has
// someone's words for its object: "contradicted Trump's assertion" rejects
// it, whatever "contradict"'s first sense holds.
func (p parsed) answersWords(f frame, kind string) bool {
	if !speechActKinds[kind] {
		return false
	}
	for k := range p.s.Words {
		if p.head(k) == f.pred && p.rel(k) == "obj" && p.word(k).UPOS == "NOUN" &&
			wn.NounClass(strings.ToLower(p.word(k).Lemma)) == "communication" {
			return true
		}
	}
	return false
}
