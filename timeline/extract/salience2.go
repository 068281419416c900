package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// doneToSalience is the least salience of a verb outside the lexicon's
// kinds that does something to a thing the text pins down ("knocked out
// the hospital's computer systems", "cancelled 200 flights", "recovered
// both black boxes"): with a day of its own it reaches the pictures, as
// a deed with a named doer does. A bare object ("lost contact", "made
// progress") is as often a turn of phrase and stays out.
const doneToSalience = 0.3

// doingVerb reports whether WordNet's first sense of verb lemma does
// something rather than holds, thinks, perceives, feels or says.
func doingVerb(lemma string) bool {
	switch wn.VerbClass(lemma) {
	case "change", "contact", "possession", "social", "motion", "creation", "competition", "consumption":
		return true
	}
	return false
}

// boundPatient reports whether verb v's object, or the subject of its
// passive, is a thing the text pins down: with a definite or possessive
// determiner, a possessor, a count, or a noun before it that names which
// ("the hospital's computer systems", "both black boxes", "200 flights",
// "ferry services").
func (p parsed) boundPatient(v int) bool {
	for k := range p.s.Words {
		if p.head(k) != v || !(p.word(k).Deprel == "obj" || p.word(k).Deprel == "nsubj:pass") {
			continue
		}
		n := p.partitive(k)
		if !p.pinnable(n) {
			continue
		}
		for d := range p.s.Words {
			if p.head(d) != n {
				continue
			}
			switch p.word(d).Deprel {
			case "nmod:poss", "nummod", "compound":
				return true
			case "det", "det:predet", "cc:preconj": // "both" is tagged either way
				if definiteDet(p.word(d)) {
					return true
				}
			}
		}
	}
	return false
}

// definiteDet reports whether determiner w picks out which things it
// means: "the", "both", "its", "these", not "a" or "some".
func definiteDet(w *language.Word) bool {
	if strings.Contains(w.Feats, "Definite=Def") || strings.Contains(w.Feats, "Poss=Yes") || strings.Contains(w.Feats, "PronType=Dem") {
		return true
	}
	switch strings.ToLower(w.Form) {
	case "the", "this", "that", "these", "those", "both", "all", "every", "each",
		"my", "your", "his", "her", "its", "our", "their":
		return true
	}
	return false
}

// pinnable reports whether word n is a noun for things, groups of them or
// acts, not for people or an actor the story names: "flights" is a group
// in WordNet's first sense, "services" an act.
func (p parsed) pinnable(n int) bool {
	w := p.word(n)
	if w.UPOS != "NOUN" || p.actorAt(n) >= 0 {
		return false
	}
	switch wn.NounClass(strings.ToLower(w.Lemma)) {
	case "", "person":
		return false
	}
	return true
}

// movedSalience is the least salience of a person taken somewhere ("A
// 72-year-old man was taken to hospital", "Two men were flown to
// Ostburg"): with a day of its own it reaches the pictures, named or
// not, as a hospitalisation or a transfer in custody is news.
const movedSalience = 0.3

// movedPerson reports whether passive verb v takes its subject, a
// person, to a place: an oblique with "to" naming a thing or a place, not
// an event the person is only tied to ("was linked to the attack").
func (p parsed) movedPerson(v int) bool {
	switch wn.VerbClass(strings.ToLower(p.word(v).Lemma)) {
	case "", "stative", "cognition", "perception", "emotion":
		return false
	}
	if !p.ownPassive(v) {
		return false
	}
	person, dest := false, false
	for k := range p.s.Words {
		if p.head(k) != v {
			continue
		}
		switch w := p.word(k); {
		case w.Deprel == "nsubj:pass":
			person = person || p.isPerson(k)
		case p.rel(k) == "obl" && p.caseOf(k) == "to" && (w.UPOS == "NOUN" || w.UPOS == "PROPN") && !p.isEventWord(k) && !p.inTimex(k):
			dest = true
		}
	}
	return person && dest
}

// backgroundRelative reports whether verb v is the progressive of a
// relative clause set off by commas, with nothing done to anyone and no
// time of its own: "Governor Eva Falk, who was travelling, said …" tells
// where she was when she spoke, not a journey the timeline should show.
func (p parsed) backgroundRelative(v int) bool {
	if p.rel(v) != "acl" || p.word(v).XPOS != "VBG" || v == 0 || !(p.hasAuxForm(v, "was") || p.hasAuxForm(v, "were")) {
		return false
	}
	commaBefore, relative := false, false
	for k := range p.s.Words {
		if p.head(k) != v {
			continue
		}
		switch p.rel(k) {
		case "nsubj":
			if strings.Contains(p.word(k).Feats, "PronType=Rel") {
				// The comma before the pronoun sets the clause off
				// whatever the parse hangs it on.
				relative, commaBefore = true, commaBefore || k > 0 && p.word(k-1).Form == ","
			}
		case "punct":
			commaBefore = commaBefore || k < v && p.word(k).Form == ","
		case "obj", "ccomp", "xcomp":
			return false
		case "obl", "advmod":
			if p.inTimex(k) {
				return false // "who was travelling on Tuesday" dates a journey
			}
		}
	}
	return relative && commaBefore // without: "the man who was driving the car" says which man
}
