package resolve

// A news story names its main event once and then calls it by its noun:
// one outlet writes "the Nightjar ransomware group attacked St Aldric's
// Hospital in October", another "a ransomware attack knocked out computer
// systems at the hospital on Wednesday", naming no one the attack was by
// or on. The first pass weighs a telling that names no one only by its
// place or its document, so the two stayed two events, each gathering its
// own outlets. In a stream, the second pass weighs such a pair, of one
// family and both dated, when every telling of the nameless one is an
// event noun ("the attack", "a ransomware attack"): a verb naming no one
// ("was not paid") says too little to be the named event, and the
// documents' likeness and the days decide the rest, with a named event
// of other doers a cannot-link as ever.

// namelessNoun reports whether of events a and b, at ia and ib, both
// dated and of one family in a stream, one names no one and is told by
// event nouns alone and the other names someone.
func (ps *pairScorer) namelessNoun(a, b *cluster, ia, ib int32) bool {
	if ps.archive || !a.dated || !b.dated || a.fam != b.fam || int(max(ia, ib)) >= len(ps.told) || otherKind(a) {
		return false
	}
	if len(a.actors()) > 0 {
		a, b, ia = b, a, ib
	}
	return len(a.actors()) == 0 && len(b.actors()) > 0 && ps.told[ia].nounsOnly
}
