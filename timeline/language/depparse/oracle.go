package depparse

// oracle tells the cost of each transition in a configuration: how many
// arcs of the gold tree that could still be made it makes impossible
// (Goldberg and Nivre 2013, arc-hybrid). The gold tree must be projective
// for the costs to be exact, hence projectivize. Counts kept as the parse
// goes make each cost O(1).
type oracle struct {
	gold      []int32 // gold heads, 1..n; gold[0] = -1
	stackDeps []int32 // per word, how many words on the stack it heads in gold
	bufDeps   []int32 // per word, how many words in the buffer it heads in gold
	onStack   []bool
}

func (o *oracle) reset(gold []int32) {
	m := len(gold) + 1
	if cap(o.stackDeps) < m {
		o.stackDeps, o.bufDeps, o.onStack = make([]int32, m), make([]int32, m), make([]bool, m)
	}
	o.gold = gold
	o.stackDeps, o.bufDeps, o.onStack = o.stackDeps[:m], o.bufDeps[:m], o.onStack[:m]
	clear(o.stackDeps)
	clear(o.bufDeps)
	clear(o.onStack)
	for i := 1; i < len(gold); i++ {
		o.bufDeps[gold[i]]++
	}
	o.onStack[0] = true
}

// cost returns the cost of transition t in s, which must be valid.
func (o *oracle) cost(s *state, t int) int {
	g := o.gold
	b := int32(s.b)
	switch t {
	case shift:
		// b can no longer take a head from below the top of the stack, nor
		// dependents from the stack.
		c := int(o.stackDeps[b])
		if h := g[b]; o.onStack[h] && h != s.top(0) {
			c++
		}
		return c
	case left:
		// s0 takes b as its head: it loses a head under it or further in
		// the buffer, and its dependents still in the buffer.
		s0 := s.top(0)
		c := int(o.bufDeps[s0])
		if h := g[s0]; h == s.top(1) || h > b {
			c++
		}
		return c
	default:
		// s0 takes s1 as its head: it loses a head in the buffer and its
		// dependents there.
		s0 := s.top(0)
		c := int(o.bufDeps[s0])
		if g[s0] >= b && int(b) <= s.n {
			c++
		}
		return c
	}
}

// apply keeps the counts up to date for transition t, before s takes it.
func (o *oracle) apply(s *state, t int) {
	if t == shift {
		b := s.b
		o.bufDeps[o.gold[b]]--
		o.stackDeps[o.gold[b]]++
		o.onStack[b] = true
		return
	}
	d := s.top(0)
	o.onStack[d] = false
	o.stackDeps[o.gold[d]]--
}

// projectivize lifts non-projective arcs of the tree heads (1..n, heads[0]
// unused) to the head's head, the shortest arc first, until the tree is
// projective. It returns the number of lifts.
func projectivize(heads []int32) int {
	lifts := 0
	for {
		best, bestLen := -1, 0
		for d := 1; d < len(heads); d++ {
			h := heads[d]
			if h <= 0 {
				continue
			}
			l := int(h) - d
			if l < 0 {
				l = -l
			}
			if (best < 0 || l < bestLen) && !projective(heads, h, int32(d)) {
				best, bestLen = d, l
			}
		}
		if best < 0 {
			return lifts
		}
		heads[best] = heads[heads[best]]
		lifts++
	}
}

// projective reports whether every word between h and d descends from h.
func projective(heads []int32, h, d int32) bool {
	lo, hi := min(h, d), max(h, d)
	for k := lo + 1; k < hi; k++ {
		a := k
		for steps := 0; a != h && a > 0 && steps < len(heads); steps++ {
			a = heads[a]
		}
		if a != h {
			return false
		}
	}
	return true
}

// isTree reports whether heads (1..n) has one root and no cycle.
func isTree(heads []int32) bool {
	roots := 0
	for d := 1; d < len(heads); d++ {
		h := heads[d]
		if h < 0 || int(h) >= len(heads) {
			return false
		}
		if h == 0 {
			roots++
		}
		a := int32(d)
		for steps := 0; a > 0; steps++ {
			if steps >= len(heads) {
				return false
			}
			a = heads[a]
		}
	}
	return roots == 1
}
