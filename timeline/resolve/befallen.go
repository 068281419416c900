package resolve

// In a stream, what befalls one person once (a death, an arrest, a
// dismissal) is often told by one outlet naming them ("Elizabeth, the
// longest-serving monarch, died at Balmoral last Thursday") and by
// another naming no one the actors know ("the Queen died at Balmoral on
// 8 September"). Both dated, one naming someone, the first pass judged
// them and found no one in common; but nothing in them disagrees, and
// the second pass weighs them as it does two nameless tellings: by their
// words, places and documents. A nameless telling that counts more
// than one ("dozens died") tells what befell others.

// unnamedBefallen reports whether events a and b (at ia and ib), both
// dated to the same day and of one family of what befalls its patient,
// are one naming someone and one naming no one that counts no more than
// one. A vaguer date ("last week") is no such day: a nameless telling
// dated a day within it, by the words around it ("the day after his
// death"), would date the named event by that day.
func (ps *pairScorer) unnamedBefallen(a, b *cluster, ia, ib int32) bool {
	if ps.archive || !oneDay(a) || !oneDay(b) || a.start != b.start || a.fam != b.fam || !befalls(familyOf(a.kind, "")) {
		return false
	}
	if len(a.actors()) > 0 {
		a, b, ia, ib = b, a, ib, ia
	}
	if len(a.actors()) > 0 || len(b.actors()) == 0 {
		return false
	}
	return int(ia) >= len(ps.told) || ps.told[ia].counts.hi <= 1
}

// oneDay reports whether c is dated to a single day.
func oneDay(c *cluster) bool { return c.dated && c.start == c.end }
