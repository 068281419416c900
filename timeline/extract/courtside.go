package extract

import "strings"

// courtSide reports whether noun i, lemma l, is a side in court, no
// event: "the defense had not been allowed to call a witness", "the
// prosecution rested its case". It is the subject of what that side
// does; "the defense of the city" is still an event.
func (p parsed) courtSide(i int, l string) bool {
	switch l {
	case "defense", "defence", "prosecution":
	default:
		return false
	}
	if p.rel(i) != "nsubj" || p.hasDependent(i, "nmod") {
		return false
	}
	d := p.dependentOf(i, "det")
	return d >= 0 && strings.EqualFold(p.word(d).Form, "the")
}
