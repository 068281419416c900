package extract

import "github.com/storyline/storyline/timeline"

// tollCounted reports whether the event at word i is what a death toll
// counts ("the death toll from the bombing", "the toll of the storm")
// and its date w is not one of its own phrases: the day the toll rose on
// is the toll's ("The death toll from the bombing rose to 14 on Friday"
// tells nothing of the bombing's day), so the event keeps the day the
// story gives it elsewhere, or none.
func (x *extractor) tollCounted(p parsed, i int, w *timeline.When) bool {
	n := p.head(i)
	if n < 0 || p.rel(i) != "nmod" || !p.isToll(n) {
		return false
	}
	switch p.caseOf(i) {
	case "from", "of", "in":
	default:
		return false
	}
	// "the toll from Tuesday's earthquake", "the toll from the bombing on Wednesday"
	return !x.ownTime(p, i, w)
}

// ownTime reports whether date w is that of an expression in the phrase
// of word i, or attached to it.
func (x *extractor) ownTime(p parsed, i int, w *timeline.When) bool {
	for _, c := range p.txs {
		if tx := x.timexes[c.ref]; tx.Text == w.Text && tx.Value == w.Value && (c.att == i || p.above(i, c.top)) {
			return true
		}
	}
	return false
}
