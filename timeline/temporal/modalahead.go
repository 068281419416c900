package temporal

// A modal of possibility before a bare verb looks ahead of the day it is
// said on, as "will" does: "said the bank could raise rates again in
// May" is a May to come, not the last one. "could have raised", "could
// not attend", "could be located" and "so he could attend" tell what
// was or was not possible then, and stay with the tense before them.

// modalAhead reports whether token k is "may", "might", "can", "could",
// "should" or "must" opening a bare verb that tells a possibility or a
// duty still ahead ("the talks must end before Friday").
func (p *parser) modalAhead(k int) bool {
	switch {
	case p.is(k, "could"):
		if p.is(k-1, "so") || p.is(k-2, "so") || p.is(k-1, "that") && p.is(k-2, "so") {
			return false // "so he could attend the funeral on Friday": a purpose then
		}
		if p.is(k+1, "be") {
			return false // "could be located Wednesday": what proved possible then
		}
	case p.is(k, "may"):
		if p.toks[k].upper {
			return false // "May": the month
		}
	case p.is(k, "might"), p.is(k, "should"):
	case p.is(k, "must"):
		if p.is(k+1, "be") {
			// "had ruled that he must be returned …, and set Friday as
			// the deadline": a duty told in the past, as often as not
			return false
		}
	case p.is(k, "can"):
		if p.determiner(k-1) || p.cls(k-1) == wA {
			return false // "a can of paint"
		}
	default:
		return false
	}
	n := k + 1
	if n >= len(p.toks) || p.toks[n].kind != tWord {
		return false
	}
	for _, w := range [...]string{"have", "not", "never", "n't", "'ve"} {
		if p.is(n, w) {
			return false // "could have raised", "could not attend"
		}
	}
	return true
}
