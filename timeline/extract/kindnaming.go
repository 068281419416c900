package extract

import "strings"

// A verb of naming gives its object a name ("called the vote a political
// ambush", "a lander named Selene"): the name is no event of its own, and
// the naming is no call or statement about what was named.

// namesAs reports whether verb v names its object as something: a noun or
// adjective after the object, beside it ("called the vote a political
// ambush", "called the ruling unjust") or in apposition to it (as the
// parse often hangs a quoted name).
func (p parsed) namesAs(v int) bool { return p.nameFor(v) >= 0 }

// nameFor returns the word verb v names its object as, or -1.
func (p parsed) nameFor(v int) int {
	for k := range p.s.Words {
		if p.nameGiven(k) == v && !p.inTimex(k) { // "departing the airport around 4 p.m.": a time, no name
			return k
		}
	}
	return -1
}

// namingWord reports whether word k is the name a verb of naming gives its
// object.
func (p parsed) namingWord(k int) bool {
	v := p.nameGiven(k)
	return v >= 0 && naming[strings.ToLower(p.word(v).Lemma)]
}

// naming are the verbs that give their object a name: "called the vote a
// political ambush".
var naming = set("call describe brand label dub")

// nameGiven returns the verb whose object noun or adjective k names
// ("the vote a political ambush"), or -1.
func (p parsed) nameGiven(k int) int {
	w := p.word(k)
	if w.UPOS != "NOUN" && w.UPOS != "ADJ" {
		return -1
	}
	h := p.head(k)
	switch {
	case h >= 0 && h < k && w.Deprel == "appos" && p.rel(h) == "obj" && p.word(p.head(h)).UPOS == "VERB":
		return p.head(h)
	case h >= 0 && h < k && (w.Deprel == "xcomp" || w.Deprel == "obj" || w.Deprel == "obl:unmarked" && !p.inTimex(k)) && p.word(h).UPOS == "VERB":
		// ("called the decision "a dark day"": a name in quotes the
		// parse took for a bare time, which no time expression is.)
		for j := h + 1; j < k; j++ {
			if p.head(j) == h && p.rel(j) == "obj" {
				return h // a second object after the first
			}
		}
	}
	return -1
}

// namedParticiple reports whether verb i is a participle that gives the
// noun before it a name: "a lander named Selene", "a group called the
// Front". A name is no event.
func (p parsed) namedParticiple(i int) bool {
	switch strings.ToLower(p.word(i).Form) {
	case "named", "called", "dubbed", "nicknamed", "titled", "entitled", "codenamed", "code-named":
	default:
		return false
	}
	if p.rel(i) != "acl" {
		return false
	}
	for k := i + 1; k < len(p.s.Words) && k <= i+2; k++ {
		switch p.word(k).UPOS {
		case "PROPN":
			return true
		case "DET":
		default:
			return false
		}
	}
	return false
}

// namedInQuotes reports whether a quotation opens after the object of verb
// v, within its clause: "called that accusation \"shocking\"" names
// what was said, whatever the parse made of the quoted words; "called,
// \"Come in\"" and "called reporters: \"…\"" quote a speaker.
func (p parsed) namedInQuotes(v int) bool {
	for k := v + 1; k < len(p.s.Words) && k <= v+8; k++ {
		switch p.word(k).Form {
		case "\"", "“", "``", "‘":
			return k > v+1
		case ",", ".", ":", ";", "(", "for", "on", "with", "to":
			return false
		}
	}
	return false
}

// namesWhat reports whether verb v is a relative clause of a fused
// relative "what", which it names: "in what officials called a coup".
func (p parsed) namesWhat(v int) bool {
	h := p.head(v)
	return h >= 0 && p.rel(v) == "acl" && strings.EqualFold(p.word(h).Form, "what")
}
