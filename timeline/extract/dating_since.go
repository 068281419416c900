package extract

import "strings"

// sinceClause returns the clause that "since" introduces and verb v heads
// or goes on ("the largest failure since the bank collapsed in 2008",
// "since it was founded and listed"), or -1. Such a clause tells the
// point a stretch runs from: its event is before the sentence's time by
// its meaning, so it takes only a time of its own, never the date of the
// clause it hangs from (see sinceOwnTime).
func (p parsed) sinceClause(v int) int {
	for c, hops := v, 0; c >= 0 && hops < len(p.s.Words); c, hops = p.head(c), hops+1 {
		if p.rel(c) != "advcl" && p.rel(c) != "conj" {
			return -1
		}
		if p.rel(c) == "advcl" {
			if k := p.dependentOf(c, "mark"); k >= 0 && strings.EqualFold(p.word(k).Form, "since") {
				return c
			}
			return -1
		}
	}
	return -1
}

// sinceOwnTime reports whether time expression c may date the event of
// the "since" clause sc: one inside the clause, or one that closes it
// with nothing between, wherever the parse hung it ("since Washington
// Mutual collapsed at the height of the crisis more than a decade ago",
// the parse hanging "ago" on the noun the clause qualifies).
func (p parsed) sinceOwnTime(sc int, c sentTimex) bool {
	if under(p.s.Words, c.top, sc) {
		return true
	}
	last := sc
	for k := range p.s.Words {
		if k > last && under(p.s.Words, k, sc) {
			last = k
		}
	}
	start := p.x.timexes[c.ref].Start
	return last+1 < len(p.s.Words) && p.word(last+1).Start == start && p.word(last).UPOS != "PUNCT"
}
