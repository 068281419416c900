package extract

import "strings"

// The dependency tree of a parsed sentence: paths between words, and
// which clauses share their time.

func less3(a, b [3]int) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}

// depth returns the number of edges between word i and the root.
func (p parsed) depth(i int) int {
	d := 0
	for h := p.head(i); h >= 0 && d < len(p.s.Words); h = p.head(h) {
		d++
	}
	return d
}

// above reports whether word a lies above word i in the tree.
func (p parsed) above(a, i int) bool {
	for h, n := p.head(i), 0; h >= 0 && n < len(p.s.Words); h, n = p.head(h), n+1 {
		if h == a {
			return true
		}
	}
	return false
}

// walk climbs from words a and b to their lowest common ancestor, calling
// visit on every word below it, and returns the ancestor (-1 for none).
func (p parsed) walk(a, b int, visit func(int)) int {
	da, db := p.depth(a), p.depth(b)
	for ; da > db; da-- {
		visit(a)
		a = p.head(a)
	}
	for ; db > da; db-- {
		visit(b)
		b = p.head(b)
	}
	for n := 0; a != b; n++ {
		if a < 0 || b < 0 || n > len(p.s.Words) {
			return -1
		}
		visit(a)
		visit(b)
		a, b = p.head(a), p.head(b)
	}
	return a
}

// treeDistance returns the number of dependency edges between words a
// and b.
func (p parsed) treeDistance(a, b int) int {
	d := 0
	if p.walk(a, b, func(int) { d++ }) < 0 {
		return len(p.s.Words)
	}
	return d
}

// linked reports whether predicates a and b share their time: they are
// next to each other in the tree, or joined through clauses that go on
// with one another ("killed three soldiers and wounded six"), and the
// path crosses no edge into a clause told apart from its governor (what
// was said, a parenthetical, "since", "until" and "if" clauses).
func (p parsed) linked(a, b int) bool {
	ok := true
	lca := p.walk(a, b, func(c int) {
		if !p.sharesTime(c) || c != a && c != b && p.word(c).UPOS != "NOUN" && p.isClause(c) && !p.chained(c) {
			ok = false // "said … started a series of demonstrations in 1992"
		}
	})
	return ok && lca >= 0 && (lca == a || lca == b || p.word(lca).UPOS == "NOUN" || !p.isClause(lca))
}

// inSubjectRelative reports whether predicate e lies in a relative clause
// of the subject of verb v's clause, not in the progressive: such a
// clause says which one is meant, with a time of its own ("the toll from
// the fire that destroyed the town rose on Thursday", "the man who shot
// the officer was arrested on Friday"), while "a woman who was watching
// …" is at the time of what befell her.
func (p parsed) inSubjectRelative(e, v int) bool {
	lca := p.walk(e, v, func(int) {})
	if lca < 0 || lca == e || p.word(lca).UPOS != "VERB" {
		return false
	}
	for w := e; w >= 0 && w != lca; w = p.head(w) {
		if p.word(w).Deprel == "acl:relcl" && p.word(w).XPOS != "VBG" && w < lca {
			return true
		}
	}
	return false
}

// chained reports whether clause c continues its head's clause: "killed
// three soldiers and wounded six", "began to withdraw".
func (p parsed) chained(c int) bool {
	switch p.rel(c) {
	case "conj", "xcomp":
		return true
	}
	return false
}

// isClause reports whether word w heads an event of its own.
func (p parsed) isClause(w int) bool {
	return p.isPredicate(w) || p.word(w).UPOS == "VERB" && lightVerb(p, w)
}

// sharesTime reports whether word c is told at the time of its head.
func (p parsed) sharesTime(c int) bool {
	switch p.rel(c) {
	case "ccomp", "parataxis", "csubj", "list", "reparandum", "vocative", "discourse":
		return false
	case "advcl":
		for k := range p.s.Words {
			if p.head(k) == c && p.rel(k) == "mark" {
				switch strings.ToLower(p.word(k).Form) {
				case "since", "until", "till", "if", "unless", "before", "after", "once", "because":
					return false
				}
			}
		}
	}
	return true
}

// inOthersRelative reports whether word t lies in a relative clause or a
// participle of a noun set off by a comma ("the engine, which was
// inspected last week", "Carl Dahl, who served as mayor in 2022,") on its
// way up to predicate v: an aside's time is the time of its own event,
// not of v ("are expected to examine the engine", "has denied any
// wrongdoing"). A clause of v's own noun ("the meeting, which took place
// on Wednesday") tells v's time; one with no comma may be the parse's
// misreading of a time of v's ("arrested a man who attacked her on
// Sunday"). An aside that only times its antecedent ("a ruling on the
// case, which is expected next month") tells that event's time, wherever
// the parse hung it.
func (p parsed) inOthersRelative(t, v int) bool {
	lca := p.walk(t, v, func(int) {})
	if lca < 0 {
		return false
	}
	for k, hops := t, 0; k >= 0 && k != lca && hops < len(p.s.Words); k, hops = p.head(k), hops+1 {
		if p.rel(k) == "acl" && p.head(k) != v && p.isClause(k) && (p.setOff(k) || p.pastUnderPresent(k, v)) && !timingVerbs[strings.ToLower(p.word(k).Lemma)] {
			return true
		}
	}
	return false
}

// pastUnderPresent reports whether clause k is a past told under verb v
// in the present or the present perfect: "has blamed a bug for the update
// that crashed computers last week" cannot have blamed last week, as a
// present perfect takes no past day of its own.
func (p parsed) pastUnderPresent(k, v int) bool {
	tv := p.tense(v)
	return p.tense(k) == past && (tv == perfect || tv == present)
}

// setOff reports whether the phrase of word k opens after a comma.
func (p parsed) setOff(k int) bool {
	lo, _ := p.subtreeSpan(k)
	for i := range p.s.Words {
		if p.word(i).Start == lo {
			return p.word(i).Form == "," || i > 0 && p.word(i-1).Form == ","
		}
	}
	return false
}

// timingVerbs say when something else happens, not an event of their own.
var timingVerbs = set("expect schedule slate plan set")

// occasionOfSubject reports whether clause r is a relative clause that
// tells when the event noun that is predicate v's subject took place:
// "The meeting, which took place on Wednesday, ended without a deal"
// ended on the meeting's day. Any other relative clause of the subject
// has a time of its own (see inSubjectRelative).
func (p parsed) occasionOfSubject(v, r int) bool {
	n := p.head(r)
	if p.rel(r) != "acl" || n < 0 || p.head(n) != v || !strings.HasPrefix(p.word(n).Deprel, "nsubj") || !p.isPredicate(n) {
		return false
	}
	switch strings.ToLower(p.word(r).Lemma) {
	case "happen", "occur", "begin", "start", "open":
		return true
	case "take":
		o := p.dependentOf(r, "obj")
		return o >= 0 && strings.EqualFold(p.word(o).Form, "place")
	}
	return false
}

// dominates reports whether word a is k or above it in the tree.
func (p parsed) dominates(a, k int) bool {
	for hops := 0; k >= 0 && hops < len(p.s.Words); hops++ {
		if k == a {
			return true
		}
		k = p.head(k)
	}
	return false
}

// hasSubject reports whether clause word c has a subject of its own.
func (p parsed) hasSubject(c int) bool {
	for k := range p.s.Words {
		if p.head(k) == c {
			switch p.rel(k) {
			case "nsubj", "csubj", "expl":
				return true
			}
		}
	}
	return false
}

// inOtherClause reports whether word k belongs to a clause coordinated
// with c or set beside it ("…, and the embassy declined to comment"),
// which the speaker of c did not say.
func (p parsed) inOtherClause(c, k int) bool {
	for ; k >= 0 && k != c; k = p.head(k) {
		if p.head(k) == c && (p.rel(k) == "conj" && p.word(k).UPOS == "VERB" || p.rel(k) == "parataxis") {
			return true
		}
	}
	return false
}
