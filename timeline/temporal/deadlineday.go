package temporal

// A day named as a deadline: "The union named Monday as the deadline for
// an answer", "set March 9 as its deadline". The naming is done, but the
// day it names lies ahead of it: a deadline already past would be told
// with "had" ("had named Friday as the deadline", "had ruled that he
// must be freed, and set Friday as the deadline").

// namedAsDeadline reports whether the expression over tokens [i, end) is
// followed by "as the deadline" (or "as a deadline", "as its deadline")
// and no "had" earlier in its sentence puts the naming in an earlier
// past.
func (p *parser) namedAsDeadline(i, end int) bool {
	if !p.is(end, "as") || !p.determiner(end+1) || !p.is(end+2, "deadline") {
		return false
	}
	for k := i - 1; k >= 0 && !p.boundaryAfter(k); k-- {
		if p.is(k, "had") {
			return false
		}
	}
	return true
}
