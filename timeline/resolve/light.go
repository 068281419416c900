package resolve

// Some verbs say almost nothing of what happened on their own: "keep",
// "hold", "take", "go", "make", "know". What they tell is their
// complement ("keep windows closed", "taken to hospital", "made
// complaints"), and two outlets' clauses of one day that share such a
// verb, or two related ones ("keep" and "continue", "remain" and "stay"),
// are about anything. In a stream the second pass merged "the advice to
// keep windows closed" with "while its investigation continued",
// "readings taken at six points" with "workers were taken to hospital",
// "the ship's tanks held 1,800 tonnes" with "its navigation equipment had
// failed", on the verb and the day. Such a pair, at least one of them
// naming no one, is weighed only when what they are about shares a content
// word beside the verb, as thinUndated weighs undated ones (see lightApart
// for which pairs).

// lightVerbs are the English verbs whose meaning is their complement's.
var lightVerbs = setOf("be", "have", "do", "make", "take", "get", "give", "go", "come", "keep", "stay",
	"remain", "hold", "put", "find", "know", "need", "use", "continue", "see", "set", "let", "bring",
	"turn", "seem", "become", "want", "try")

// lightApart reports whether events a and b (at ia and ib) are a pair of
// light-verb clauses (see above) with nothing else in common: in a
// stream, one or both naming no one, both told by light verbs alone, or
// one of them and both of kind other or movement ("readings had come
// back" is not "staff arrived at the site"). The kind a light verb is
// filed under says little more than the verb ("got back inside" and
// "letting solvent leak" were both agreements).
func (ps *pairScorer) lightApart(a, b *cluster, ia, ib int32) bool {
	if ps.archive || len(a.actors()) > 0 && len(b.actors()) > 0 || int(max(ia, ib)) >= len(ps.told) {
		return false
	}
	la, lb := toldByLightVerbs(a), toldByLightVerbs(b)
	if !(la && lb || (la || lb) && otherKind(a) && otherKind(b)) {
		return false
	}
	fa, fb := &ps.told[ia], &ps.told[ib]
	return fa.about == nil || fb.about == nil || !fa.about.shares(fb.about)
}

// toldByLightVerbs reports whether every trigger lemma of c is a light
// verb.
func toldByLightVerbs(c *cluster) bool {
	for _, t := range c.triggers {
		if !lightVerbs[t] {
			return false
		}
	}
	return len(c.triggers) > 0
}
