package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// "Gunmen took nine people hostage", "held three journalists captive":
// the verb and its predicative noun are one act, a hostage-taking, done
// to the object. The parser reads the object as the subject or a compound
// of the noun ("took [nine people hostage]"), which left no one taken and
// the verb a plain "take" of kind other.

// captiveNoun reports whether a noun says its object is held against its
// will.
func captiveNoun(lemma string) bool {
	switch strings.ToLower(lemma) {
	case "hostage", "captive":
		return true
	}
	return false
}

// captiveVerb reports whether a verb takes such a noun as its complement.
func captiveVerb(lemma string) bool {
	switch strings.ToLower(lemma) {
	case "take", "hold", "keep":
		return true
	}
	return false
}

// captiveComplement rehangs "hostage" in "took nine people hostage": the
// people become the verb's object, the noun its predicative complement,
// and what the parse hung on the noun (the place, the time) the verb's.
func captiveComplement(ws []language.Word, h int) {
	v := ws[h].Head - 1
	if v < 0 || ws[h].UPOS != "NOUN" || ws[h].Deprel != "obj" || !captiveNoun(ws[h].Lemma) || !captiveVerb(ws[v].Lemma) {
		return
	}
	victim := -1
	for k := v + 1; k < h; k++ {
		if ws[k].Head == h+1 && (ws[k].Deprel == "nsubj" || ws[k].Deprel == "compound") && (ws[k].UPOS == "NOUN" || ws[k].UPOS == "PROPN" || ws[k].UPOS == "PRON") {
			victim = k
		}
	}
	if victim < 0 {
		return
	}
	for k := v + 1; k < victim; k++ {
		if ws[k].Head == h+1 && (ws[k].Deprel == "compound" || ws[k].Deprel == "det") { // "Gus" of "took Gus Holm hostage", "a" of "took a dozen staff hostage"
			ws[k].Head = victim + 1
			if ws[k].UPOS == "PROPN" && ws[victim].UPOS == "PROPN" {
				ws[k].Deprel = "flat"
			}
		}
	}
	ws[victim].Head, ws[victim].Deprel = v+1, "obj"
	ws[h].Deprel = "xcomp"
	for k := h + 1; k < len(ws); k++ {
		if ws[k].Head == h+1 && (ws[k].Deprel == "nmod" || ws[k].Deprel == "obl" || ws[k].Deprel == "obl:tmod" || ws[k].Deprel == "punct") {
			ws[k].Head, ws[k].Deprel = v+1, underVerb(ws[k].Deprel)
		}
	}
}

// underVerb is the relation a dependent of a noun takes under a verb.
func underVerb(rel string) string {
	if rel == "nmod" {
		return "obl"
	}
	return rel
}

// captive returns the predicative "hostage" of verb i, or -1: "took nine
// people hostage".
func (p parsed) captive(i int) int {
	if !captiveVerb(p.word(i).Lemma) {
		return -1
	}
	for k := i + 1; k < len(p.s.Words); k++ {
		if p.head(k) == i && p.rel(k) == "xcomp" && captiveNoun(p.word(k).Lemma) {
			return k
		}
	}
	return -1
}

// captiveObject rehangs "hostages" in "released four hostages": the parser
// learnt the noun mostly as the predicative of "took nine people hostage"
// and reads it so after any verb, which leaves the released with no one.
// A counted, determined or plural captive noun with no object before it,
// under a verb that is not passive ("were taken hostage"), is the object.
func captiveObject(ws []language.Word, h int) {
	v := ws[h].Head - 1
	if v < 0 || ws[h].UPOS != "NOUN" || ws[h].Deprel != "xcomp" || !captiveNoun(ws[h].Lemma) || ws[v].UPOS != "VERB" {
		return
	}
	for k := range ws {
		if ws[k].Head == v+1 && (ws[k].Deprel == "obj" || ws[k].Deprel == "iobj" || ws[k].Deprel == "nsubj:pass" || ws[k].Deprel == "aux:pass") {
			return
		}
	}
	counted := strings.Contains(ws[h].Feats, "Number=Plur")
	for k := range h {
		if ws[k].Head == h+1 && (ws[k].Deprel == "det" || ws[k].Deprel == "nummod" || ws[k].Deprel == "nmod:poss") {
			counted = true
		}
	}
	if !counted {
		return
	}
	ws[h].Deprel = "obj"
	for k := h + 1; k < len(ws); k++ {
		if ws[k].Head == h+1 && (ws[k].Deprel == "nmod" || ws[k].Deprel == "obl:tmod") && timeWord(ws[k].Lemma) {
			ws[k].Head, ws[k].Deprel = v+1, underVerb(ws[k].Deprel) // "on Monday" dates the release, not the hostages
		}
	}
}

// freedPeople reports whether word j, released, names people: a person
// or a group, some of them ("two of the journalists"), or a bare count
// ("freed four", "released four of them"): what is published is named
// by a noun ("released four reports"), not counted alone.
func (p parsed) freedPeople(j int) bool {
	if p.isStaff(j) || p.isStaff(p.partitive(j)) {
		return true
	}
	if p.word(j).UPOS != "NUM" {
		return false
	}
	for k := range p.s.Words {
		if p.head(k) == j && p.rel(k) == "nmod" && (p.word(k).UPOS != "PRON" || p.caseOf(k) != "of") {
			return false // "four of the reports"
		}
	}
	return true
}
