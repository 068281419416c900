package extract

import "strings"

// partitiveTime reports whether time expression ref hangs in a clause
// that a partitive relative opens ("destroyed six bridges, most of which
// were built a century ago", "questioned three men, one of whom was
// arrested last year") above word v and not v's own: the parse reads
// such a clause as a conjunct or complement of the main verb, but its
// time is that of the few it tells of, not the flood's or the
// questioning's, as a relative clause's is (relativesPast).
func (p parsed) partitiveTime(ref, v int) bool {
	for _, c := range p.txs {
		if c.ref != ref || c.att < 0 {
			continue
		}
		for k, hops := c.att, 0; k >= 0 && hops < len(p.s.Words); k, hops = p.head(k), hops+1 {
			if k == v || p.above(k, v) {
				return false // the partitive clause's own deed, or one below it
			}
			if p.partitiveClause(k) {
				return true
			}
		}
	}
	return false
}

// partitiveClause reports whether clause k is told of a part "of which"
// or "of whom": its subject is one ("most of which were built"), or, as
// the parse reads some, the pronoun hangs from the clause itself ("two
// of which launched phones").
func (p parsed) partitiveClause(k int) bool {
	for s := range p.s.Words {
		if p.head(s) != k {
			continue
		}
		if p.partitivePronoun(s) {
			return true
		}
		if p.rel(s) != "nsubj" {
			continue
		}
		for r := range p.s.Words {
			if p.head(r) == s && p.rel(r) == "nmod" && p.partitivePronoun(r) {
				return true
			}
		}
	}
	return false
}

// partitivePronoun reports whether word r is the "which" or "whom" of
// "of which", "of whom".
func (p parsed) partitivePronoun(r int) bool {
	if p.word(r).UPOS != "PRON" {
		return false
	}
	switch strings.ToLower(p.word(r).Form) {
	case "which", "whom":
		return p.caseOf(r) == "of"
	}
	return false
}
