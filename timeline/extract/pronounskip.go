package extract

import (
	"slices"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/actor"
)

// otherPersonBefore returns the person an object pronoun stands for
// when the one person its own sentence names before it is its verb's
// subject, which a plain pronoun never is: in "Ole Moe called Carl
// Dahl on Monday. The president wished him well", him is Dahl. It is
// the one other person of pronoun w's gender in the nearest of the two
// sentences before that names one, or -1 when there are two.
func (x *extractor) otherPersonBefore(start, subject int, w string) int {
	back := 0
	for k := len(x.spans) - 1; k >= 0 && back < 2; k-- {
		sp := x.spans[k]
		if sp.Start >= start {
			continue
		}
		back++
		if x.describedMain(sp.Start, sp.End) {
			return -1 // "The suspect fled on foot. Police caught him"
		}
		if ref, n := x.personOtherThan(sp.Start, sp.End, subject); n > 0 {
			if n > 1 || !x.agrees(ref, w) {
				return -1
			}
			return ref
		}
	}
	return -1
}

// personOtherThan returns the person mention in [start, end) that is
// not the actor of mention skip, when all such people are one, and how
// many people other than skip are named there.
func (x *extractor) personOtherThan(start, end, skip int) (ref, people int) {
	ref = -1
	from, _ := slices.BinarySearchFunc(x.actors, start, func(m actor.Mention, s int) int { return m.Start - s })
	for k := from; k < len(x.actors) && x.actors[k].Start < end; k++ {
		m := &x.actors[k]
		if m.Kind != timeline.Person || m.Modifier || x.id(k) == x.id(skip) {
			continue
		}
		if ref < 0 || x.id(ref) != x.id(k) {
			people++
		}
		if ref < 0 {
			ref = k
		}
	}
	return ref, people
}
