package depparse

// The arc-hybrid transitions. shift moves the front of the buffer onto the
// stack; left makes the stack's top a dependent of the buffer's front and
// pops it; right makes the stack's top a dependent of the word under it and
// pops it.
const (
	shift = iota
	left
	right
	nTrans
)

// state is a configuration over words 1..n: 0 is the root, always at the
// bottom of the stack, and n+1 stands for an absent word (past the end of
// the buffer, below the bottom of the stack, a missing child), so that
// features never need a branch for it.
type state struct {
	n     int
	stack []int32
	b     int // the front of the buffer; the buffer is empty when b > n

	head  []int32
	label []uint16 // label id + 1 of the arc to the head; 0 while headless
	// The two leftmost and two rightmost children; none = n+1.
	lc1, lc2, rc1, rc2 []int32
	nl, nr             []uint8  // counts of left and right children, capped
	lset, rset         []uint64 // the labels of the children, a bit each
}

// reset readies s for a sentence of n words, reusing its buffers.
func (s *state) reset(n int) {
	s.n = n
	m := n + 2
	if cap(s.head) < m {
		c := max(m, 2*cap(s.head))
		s.head = make([]int32, c)
		s.label = make([]uint16, c)
		s.lc1, s.lc2 = make([]int32, c), make([]int32, c)
		s.rc1, s.rc2 = make([]int32, c), make([]int32, c)
		s.nl, s.nr = make([]uint8, c), make([]uint8, c)
		s.lset, s.rset = make([]uint64, c), make([]uint64, c)
		s.stack = make([]int32, 0, c)
	}
	s.head, s.label = s.head[:m], s.label[:m]
	s.lc1, s.lc2, s.rc1, s.rc2 = s.lc1[:m], s.lc2[:m], s.rc1[:m], s.rc2[:m]
	s.nl, s.nr, s.lset, s.rset = s.nl[:m], s.nr[:m], s.lset[:m], s.rset[:m]
	none := int32(n + 1)
	for i := range m {
		s.head[i] = -1
		s.label[i] = 0
		s.lc1[i], s.lc2[i], s.rc1[i], s.rc2[i] = none, none, none, none
		s.nl[i], s.nr[i], s.lset[i], s.rset[i] = 0, 0, 0, 0
	}
	s.stack = append(s.stack[:0], 0)
	s.b = 1
}

// top returns the i-th word from the top of the stack, or n+1.
func (s *state) top(i int) int32 {
	if i < len(s.stack) {
		return s.stack[len(s.stack)-1-i]
	}
	return int32(s.n + 1)
}

// buf returns the i-th word of the buffer, or n+1.
func (s *state) buf(i int) int32 {
	if s.b+i <= s.n {
		return int32(s.b + i)
	}
	return int32(s.n + 1)
}

func (s *state) done() bool { return s.b > s.n && len(s.stack) == 1 }

// valid reports whether transition t may be taken. The root gets its one
// dependent only when nothing else is left, which makes every parse a tree
// with a single root; and some transition is always valid until done.
func (s *state) valid(t int) bool {
	switch t {
	case shift:
		return s.b <= s.n
	case left:
		return len(s.stack) >= 2 && s.b <= s.n
	case right:
		return len(s.stack) >= 2 && (s.stack[len(s.stack)-2] != 0 || s.b > s.n)
	}
	return false
}

// forced returns the one valid transition, ok false when there are more.
func (s *state) forced() (t int, ok bool) {
	n := 0
	for tr := range nTrans {
		if s.valid(tr) {
			t, n = tr, n+1
		}
	}
	return t, n == 1
}

// arc returns the head and dependent the arc transition t would link.
func (s *state) arc(t int) (h, d int32) {
	d = s.stack[len(s.stack)-1]
	if t == left {
		return int32(s.b), d
	}
	return s.stack[len(s.stack)-2], d
}

// apply takes transition t; lab is the label id of an arc transition.
func (s *state) apply(t int, lab int) {
	if t == shift {
		s.stack = append(s.stack, int32(s.b))
		s.b++
		return
	}
	h, d := s.arc(t)
	s.stack = s.stack[:len(s.stack)-1]
	s.head[d] = h
	s.label[d] = uint16(lab + 1)
	bit := uint64(1) << (uint(lab) & 63)
	if t == left {
		// Left children arrive from the nearest to the farthest.
		s.lc2[h], s.lc1[h] = s.lc1[h], d
		s.nl[h] = min(s.nl[h]+1, 250)
		s.lset[h] |= bit
	} else {
		// Right children arrive from the nearest to the farthest too.
		s.rc2[h], s.rc1[h] = s.rc1[h], d
		s.nr[h] = min(s.nr[h]+1, 250)
		s.rset[h] |= bit
	}
}
