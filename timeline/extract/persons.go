package extract

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// Who a predicate's arguments are, as kinds are picked by them: a passive
// clause's, a person, the staff one appoints.

// passive reports whether verb v has a passive subject or auxiliary, or
// shares its conjunct's (sharesPassive).
func (p parsed) passive(v int) bool {
	return p.ownPassive(v) || p.sharesPassive(v)
}

// sharesPassive reports whether verb v is a participle coordinated with a
// passive verb and with no subject, auxiliary or object of its own, so
// that it shares the passive: "was arrested last week and charged with
// murder". A regular verb's past tense is taken for its participle, which
// it is written as.
func (p parsed) sharesPassive(v int) bool {
	w, h := p.word(v), p.head(v)
	if w.Deprel != "conj" || h < 0 || !p.ownPassive(h) {
		return false
	}
	if w.XPOS != "VBN" && !(w.XPOS == "VBD" && strings.HasSuffix(strings.ToLower(w.Form), "ed")) {
		return false
	}
	return !p.hasDependent(v, "nsubj") && !p.hasDependent(v, "aux") && !p.hasDependent(v, "obj")
}

// ownPassive reports whether verb v has a passive subject or auxiliary.
func (p parsed) ownPassive(v int) bool {
	for k := range p.s.Words {
		if p.head(k) == v && (p.word(k).Deprel == "nsubj:pass" || p.word(k).Deprel == "aux:pass") {
			return true
		}
	}
	return false
}

// anyIs reports whether one of the words satisfies is.
func (p parsed) anyIs(words []int, is func(int) bool) bool {
	return slices.ContainsFunc(words, is)
}

// isPerson reports whether word j is a person: a person actor, a personal
// pronoun, or a noun for people ("the coach", "two officers").
func (p parsed) isPerson(j int) bool {
	if ref := p.actorAt(j); ref >= 0 {
		return p.x.actors[ref].Kind == timeline.Person
	}
	w := p.word(j)
	switch w.UPOS {
	case "PRON":
		switch strings.ToLower(w.Form) {
		case "him", "her", "them", "he", "she", "they", "me", "us":
			return true
		}
	case "NOUN":
		switch l := strings.ToLower(w.Lemma); l {
		case "people", "person":
			return true // "48 people": WordNet files "people" as a group
		default:
			return wn.NounClass(l) == "person"
		}
	}
	return false
}

// mayBePerson reports whether word j is a person, or a name the actor
// finder has not typed: one fires (shoots) things and places, not names.
func (p parsed) mayBePerson(j int) bool {
	if p.isPerson(j) {
		return true
	}
	return p.actorAt(j) < 0 && p.word(j).UPOS == "PROPN"
}

// isStaff reports whether word j names people one may appoint or
// dismiss: a person, or a group of them ("negotiating teams", "the
// board").
func (p parsed) isStaff(j int) bool {
	if p.isPerson(j) {
		return true
	}
	if ref := p.actorAt(j); ref >= 0 {
		return p.x.actors[ref].Kind == timeline.Group
	}
	w := p.word(j)
	return w.UPOS == "NOUN" && wn.NounClass(strings.ToLower(w.Lemma)) == "group"
}
