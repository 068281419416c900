package extract

import "strings"

// demandedBy reports whether event word c is what a noun of demanding
// asks for, after "for" or as its infinitive: "calls for his
// resignation", "demands for a recount", "calls to resign".
func (p parsed) demandedBy(c int) bool {
	h := p.head(c)
	if h >= 0 && p.rel(c) == "obl" && p.caseOf(c) == "for" {
		// The parse hangs the "for" phrase on the verb of a demand
		// noun that its object: "ignored calls for his resignation".
		for k := range p.s.Words {
			if p.head(k) == c && p.rel(k) == "case" && k > 0 && p.head(k-1) == h && p.rel(k-1) == "obj" &&
				demandNouns[strings.ToLower(p.word(k-1).Lemma)] {
				return true
			}
		}
	}
	if h < 0 || p.word(h).UPOS != "NOUN" || !demandNouns[strings.ToLower(p.word(h).Lemma)] {
		return false
	}
	switch p.rel(c) {
	case "nmod":
		return p.caseOf(c) == "for"
	case "acl":
		for k := range p.s.Words {
			if p.head(k) == c && p.rel(k) == "mark" && strings.EqualFold(p.word(k).Form, "to") {
				return true
			}
		}
	}
	return false
}

// asksFor reports whether noun n asks for an event after "for" or in an
// infinitive: "calls for his resignation", "calls to resign".
func (p parsed) asksFor(n int) bool {
	for k := range p.s.Words {
		if p.head(k) == n && p.demandedBy(k) {
			return true
		}
	}
	// The parse may hang the "for" phrase on the verb the noun is the
	// object of ("ignored calls for his resignation"): demandedBy reads it.
	if h := p.head(n); h >= 0 && p.rel(n) == "obj" {
		for k := n + 1; k < len(p.s.Words); k++ {
			if p.head(k) == h && p.demandedBy(k) {
				return true
			}
		}
	}
	return false
}

// demandNouns are the nouns of asking for something to happen.
var demandNouns = set("call demand request appeal plea push pressure campaign clamour clamor petition")

// mandated reports whether clause c is what a verb of proposing or
// demanding asks to happen, said in the subjunctive: "the board will
// recommend that shareholders accept the offer", "demanded that he be
// removed". The base form tells it: the accepting has not happened. A
// complement with its own tense ("suggested that the offer was low")
// tells a fact.
func (p parsed) mandated(c int) bool {
	h := p.head(c)
	if h < 0 || p.rel(c) != "ccomp" || p.word(h).UPOS != "VERB" || !p.hasDependent(c, "nsubj") && !p.hasDependent(c, "nsubj:pass") {
		return false
	}
	for k := range p.s.Words {
		if p.head(k) == c && p.rel(k) == "aux" && !strings.EqualFold(p.word(k).Form, "be") {
			return false // "should accept" is read by its modal; "has accepted" is a fact
		}
	}
	lemma := strings.ToLower(p.word(h).Lemma)
	switch p.word(c).XPOS {
	case "VB":
		return mandativeVerbs[lemma] || lemma == "suggest" || lemma == "insist"
	case "VBP":
		// A plural subject's base form looks like a present: only a
		// verb that cannot report a fact takes it for a subjunctive.
		return mandativeVerbs[lemma]
	case "VBN", "VBD":
		// "ordered the balloon downed", "ordered it shot down": a small
		// clause of what was ordered done, not yet done.
		return (lemma == "order" || lemma == "want") && !p.hasDependent(c, "mark")
	}
	return false
}

// mandativeVerbs ask in a that-clause for something to happen.
var mandativeVerbs = set("recommend propose demand urge request require ask order advise stipulate decree")
