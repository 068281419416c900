package extract

import (
	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/actor"
)

// subjectOverEmbedded returns the person named by the subject of the verb
// that subject pronoun j's clause hangs on, when every other person the
// sentence names before j lies inside that subject's own phrase, an
// apposition or a modifier of it: "Carl Dahl, a critic of Prime Minister
// Gus Holm, has been missing since he entered the embassy". Two people
// are named, but only one takes part in the clause the pronoun's clause
// hangs on; the subject is the first sieve's antecedent, as in
// governingSubject. A person outside the subject's phrase ("Dahl told
// Holm that he would resign") leaves the pronoun unresolved. -1 when
// there is no such subject.
func (p parsed) subjectOverEmbedded(j int) int {
	if r := p.rel(j); r != "nsubj" && r != "nsubj:pass" {
		return -1
	}
	for v, hops := p.head(p.head(j)), 0; v >= 0 && hops < 4; v, hops = p.head(v), hops+1 {
		for k := 0; k < j; k++ {
			if p.head(k) != v || p.rel(k) != "nsubj" && p.rel(k) != "nsubj:pass" {
				continue
			}
			a, form := p.namedAt(k), p.word(j).Form
			if a < 0 || p.x.actors[a].Kind != timeline.Person || !p.x.agrees(a, form) {
				return -1
			}
			if g := actor.GivenGender(p.x.name(a)); g != 0 && g != pronounGender(form) {
				// The document's pronouns may have been read wrongly
				// before; the given name is surer ("Eva Falk … he").
				return -1
			}
			// Of no known gender, the subject does not outrank a person
			// in its phrase who may be meant: "Eva Falk, who worked as
			// Dahl's deputy, said he gave her a list".
			known := p.x.genderOf(a) != 0
			if !p.othersWithin(k, a, p.word(j).Start, func(o int) bool { return known || !p.x.agrees(o, form) }) {
				return -1
			}
			return a
		}
	}
	return -1
}

// othersWithin reports whether every person named in the sentence before
// byte end, other than actor a, lies inside the phrase word k heads, and
// is one that ok accepts.
func (p parsed) othersWithin(k, a, end int, ok func(ref int) bool) bool {
	id := p.x.id(a)
	for ref := range p.x.actors {
		m := &p.x.actors[ref]
		if m.Kind != timeline.Person || m.Start < p.s.Span.Start || m.Start >= end || p.x.id(ref) == id {
			continue
		}
		if w := p.wordAtByte(m.Start); w < 0 || !p.dominates(k, w) || !ok(ref) {
			return false
		}
	}
	return true
}
