package extract

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/actor"
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

// otherThanCoArgument returns the one of the two people named before
// pronoun j in its sentence that is no subject or object of j's own verb,
// which a plain pronoun never is ("Johnson summoned Yakovenko and asked
// him to explain": him is Yakovenko), or -1.
func (p parsed) otherThanCoArgument(j int) int {
	x := p.x
	found := -1
	from, _ := slices.BinarySearchFunc(x.actors, p.s.Span.Start, func(m actor.Mention, s int) int { return m.Start - s })
	for k := from; k < len(x.actors) && x.actors[k].Start < p.word(j).Start; k++ {
		m := &x.actors[k]
		if m.Kind != timeline.Person || m.Modifier || p.coArgument(j, k) || p.sharedSubject(j, k) {
			continue
		}
		if found >= 0 && x.id(found) != x.id(k) {
			return -1
		}
		if found < 0 {
			found = k
		}
	}
	if found >= 0 && !x.agrees(found, p.word(j).Form) {
		return -1
	}
	return found
}

// sharedSubject reports whether actor mention ref is the subject of the
// verb that the verb of pronoun j is conjoined to, with no subject of its
// own: "Johnson summoned Yakovenko and asked him".
func (p parsed) sharedSubject(j, ref int) bool {
	v := p.head(j)
	if v < 0 || p.rel(v) != "conj" || p.hasDependent(v, "nsubj") {
		return false
	}
	s := p.dependentOf(p.head(v), "nsubj")
	return s >= 0 && p.namedAt(s) >= 0 && p.x.id(p.namedAt(s)) == p.x.id(ref)
}

// thingSubject reports whether verb v's subject is a common noun for a
// made or natural thing or a force of nature: "The rig sank", "a dam
// burst", "the storm hit"; not an idea or a feeling ("the plan
// exploded", "hopes sank").
func (p parsed) thingSubject(v int) bool {
	n := p.dependentOf(v, "nsubj")
	if n < 0 || p.word(n).UPOS != "NOUN" {
		return false
	}
	switch wn.NounClass(strings.ToLower(p.word(n).Lemma)) {
	case "artifact", "object", "phenomenon":
		return true
	}
	return false
}
