package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// namedAsPerson reports whether "name" at v tells who someone is, not a
// post given: "police named the three as Viktor Sand, Leo Marek and Dan
// Ortiz", "named the victim as Anna Berg". The word after "as" opens a
// person's name; "named Lena Park as chief executive" gives a post. Read
// off the words: the parse hangs "as" and the names anywhere.
func (p parsed) namedAsPerson(v int) bool {
	if !strings.EqualFold(p.word(v).Lemma, "name") || p.x == nil {
		return false
	}
	for k := v + 1; k+1 < len(p.s.Words) && k <= v+6; k++ {
		w := p.word(k)
		if w.UPOS == "PUNCT" || w.UPOS == "VERB" {
			return false
		}
		if strings.EqualFold(w.Form, "as") {
			ref := p.actorAt(k + 1)
			return ref >= 0 && p.x.actors[ref].Kind == timeline.Person
		}
	}
	return false
}
