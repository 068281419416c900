package extract

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/actor"
)

// Pronouns name people the text has named before: "Anna Berg resigned on
// Monday. She said …". pronounRef resolves he, she and their forms to a
// person actor, in the way of the first, most precise sieves of rule-based
// coreference: within the sentence, the one person named before the
// pronoun; else the one person the sentence before names. Where two
// people could be meant, the pronoun stays unresolved: a wrong agent is
// worse than none.

// personalPronoun reports whether form is a third-person singular pronoun
// that names a person.
func personalPronoun(form string) bool {
	switch strings.ToLower(form) {
	case "he", "she", "him", "her", "his", "hers", "himself", "herself":
		return true
	}
	return false
}

// pronounRef returns the actor mention pronoun word j stands for, or -1.
func (p parsed) pronounRef(j int) int {
	w := p.word(j)
	if w.UPOS != "PRON" && w.UPOS != "DET" || !personalPronoun(w.Form) {
		return -1
	}
	x := p.x
	if ref, n := x.onlyPerson(p.s.Span.Start, w.Start); n > 0 {
		return ref // -1 when two people are named
	}
	for k := len(x.spans) - 1; k >= 0; k-- {
		if sp := x.spans[k]; sp.Start < p.s.Span.Start {
			ref, _ := x.onlyPerson(sp.Start, sp.End)
			return ref
		}
	}
	return -1
}

// onlyPerson returns the person actor mention in [start, end) when all
// the people named there are one, and how many people are named.
func (x *extractor) onlyPerson(start, end int) (ref, people int) {
	ref = -1
	from, _ := slices.BinarySearchFunc(x.actors, start, func(m actor.Mention, s int) int { return m.Start - s })
	for k := from; k < len(x.actors) && x.actors[k].Start < end; k++ {
		m := &x.actors[k]
		if m.Kind != timeline.Person || m.Modifier {
			continue
		}
		if ref < 0 || x.id(ref) != x.id(k) {
			people++
		}
		if ref < 0 {
			ref = k
		}
	}
	if people > 1 {
		return -1, people
	}
	return ref, people
}
