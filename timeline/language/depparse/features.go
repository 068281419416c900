package depparse

import "github.com/storyline/storyline/timeline/language/perceptron"

// Features are built by mixing each word's hashes, computed once per
// sentence, with a template constant: a multiply and a shift per value
// instead of a pass over the strings.

const (
	mulT = 0x9e3779b97f4a7c15
	mulV = 0xff51afd7ed558ccd
)

func tmpl(id int) uint64 { return uint64(id+1) * mulT }

func mix(h, v uint64) uint64 {
	h = (h ^ v) * mulV
	return h ^ h>>32
}

func f1(t int, a uint64) perceptron.Feature { return perceptron.Feature(mix(tmpl(t), a)) }
func f2(t int, a, b uint64) perceptron.Feature {
	return perceptron.Feature(mix(mix(tmpl(t), a), b))
}
func f3(t int, a, b, c uint64) perceptron.Feature {
	return perceptron.Feature(mix(mix(mix(tmpl(t), a), b), c))
}

// hashWord hashes a word form lowercased, with its digits made 0, so that
// "The" and "the", "1999" and "2000" share their features.
func hashWord(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= '0' && c <= '9':
			c = '0'
		}
		h = (h ^ uint64(c)) * 1099511628211
	}
	return mix(h, uint64(len(s)))
}

// hashTag hashes the pair of tags: UPOS tells AUX from VERB and PROPN from
// NOUN, XPOS tells VBD from VBN.
func hashTag(upos, xpos string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(upos); i++ {
		h = (h ^ uint64(upos[i])) * 1099511628211
	}
	h = (h ^ 0xff) * 1099511628211
	for i := 0; i < len(xpos); i++ {
		h = (h ^ uint64(xpos[i])) * 1099511628211
	}
	return mix(h, 1)
}

// hashSuffix hashes the last three bytes of a word, lowercased.
func hashSuffix(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := max(0, len(s)-3); i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint64(c)) * 1099511628211
	}
	return mix(h, 2)
}

// dist buckets the distance between two words; 0 when one is absent or the
// root.
func dist(a, b int32, n int) uint64 {
	if a < 1 || b < 1 || int(a) > n || int(b) > n {
		return 0
	}
	d := b - a
	if d < 0 {
		d = -d
	}
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 6:
		return 5
	case d <= 10:
		return 6
	}
	return 7
}

// The roles a word plays in a configuration, whose features depend on
// that word alone.
const (
	roleS0 = iota
	roleN0
	roleS1
	roleN1
	roleN2
	roleS2
	roleS0L // leftmost child of s0
	roleS0R // rightmost child of s0
	roleN0L // leftmost child of n0
	nRoles
)

// roleFeatures appends the features of word i in role r.
func (p *Parser) roleFeatures(f []perceptron.Feature, r int, i int32) []perceptron.Feature {
	w, t, wt := p.w[i], p.t[i], p.wt[i]
	switch r {
	case roleS0:
		return append(f, f1(1, w), f1(2, t), f1(3, wt))
	case roleN0:
		return append(f, f1(4, w), f1(5, t), f1(6, wt))
	case roleS1:
		return append(f, f1(7, w), f1(8, t), f1(9, wt))
	case roleN1:
		return append(f, f1(10, w), f1(11, t), f1(69, wt))
	case roleN2:
		return append(f, f1(12, t))
	case roleS2:
		return append(f, f1(13, t))
	case roleS0L:
		return append(f, f1(44, w), f1(45, t))
	case roleS0R:
		return append(f, f1(47, w), f1(48, t))
	default:
		return append(f, f1(50, w), f1(51, t))
	}
}

// roles returns the word in each role.
func (s *state) roles() [nRoles]int32 {
	s0, n0 := s.top(0), s.buf(0)
	return [nRoles]int32{s0, n0, s.top(1), s.buf(1), s.buf(2), s.top(2), s.lc1[s0], s.rc1[s0], s.lc1[n0]}
}

// transFeatures appends the features that choose the next transition,
// but for those of the roles.
func (p *Parser) transFeatures(f []perceptron.Feature) []perceptron.Feature {
	s := &p.st
	w, t, wt := p.w, p.t, p.wt
	lab := s.label
	s0, s1, s2 := s.top(0), s.top(1), s.top(2)
	n0, n1, n2 := s.buf(0), s.buf(1), s.buf(2)
	s0l, s0l2, s0r, s0r2 := s.lc1[s0], s.lc2[s0], s.rc1[s0], s.rc2[s0]
	s1r, n0l, n0l2 := s.rc1[s1], s.lc1[n0], s.lc2[n0]
	d := dist(s0, n0, s.n)
	d1 := dist(s1, s0, s.n)
	f = append(f,
		f1(0, 0),
		// pairs
		f2(14, wt[s0], wt[n0]), f2(15, wt[s0], t[n0]), f2(16, t[s0], wt[n0]),
		f2(17, w[s0], w[n0]), f2(18, t[s0], t[n0]), f2(19, t[n0], t[n1]),
		f2(20, t[s1], t[s0]), f2(21, w[s1], w[s0]), f2(22, wt[s1], t[s0]), f2(23, t[s1], wt[s0]),
		// three words
		f3(24, t[n0], t[n1], t[n2]), f3(25, t[s0], t[n0], t[n1]), f3(26, t[s1], t[s0], t[n0]),
		f3(27, t[s2], t[s1], t[s0]), f3(28, t[s0], t[s0l], t[n0]), f3(29, t[s0], t[s0r], t[n0]),
		f3(30, t[s0], t[n0], t[n0l]), f3(31, t[s1], t[s1r], t[s0]), f3(32, t[s1], t[s0], t[s0l]),
		// distance
		f2(33, w[s0], d), f2(34, t[s0], d), f2(35, w[n0], d), f2(36, t[n0], d),
		f3(37, w[s0], w[n0], d), f3(38, t[s0], t[n0], d), f3(39, t[s1], t[s0], d1),
		// valency
		f2(40, wt[s0], uint64(s.nr[s0])), f2(41, wt[s0], uint64(s.nl[s0])),
		f2(42, wt[n0], uint64(s.nl[n0])), f2(43, t[s1], uint64(s.nr[s1])),
		// children's labels
		f1(46, uint64(lab[s0l])), f1(49, uint64(lab[s0r])), f1(52, uint64(lab[n0l])),
		f2(53, t[s1r], uint64(lab[s1r])),
		// third order
		f3(54, t[s0], t[s0l], t[s0l2]), f3(55, t[s0], t[s0r], t[s0r2]), f3(56, t[n0], t[n0l], t[n0l2]),
		f2(57, uint64(lab[s0l]), uint64(lab[s0l2])), f2(58, uint64(lab[s0r]), uint64(lab[s0r2])),
		f2(59, uint64(lab[n0l]), uint64(lab[n0l2])),
		// label sets
		f2(60, t[s0], s.rset[s0]), f2(61, t[s0], s.lset[s0]), f2(62, t[n0], s.lset[n0]),
		f2(63, t[s1], s.rset[s1]),
		// the word under the top against the buffer: right or left?
		f2(64, t[s1], t[n0]), f2(65, w[s1], t[n0]), f2(66, t[s1], w[n0]),
		f3(67, t[s1], t[n0], dist(s1, n0, s.n)), f2(68, w[n0], w[n1]),
		// suffixes stand in for words seen too rarely to have weights
		f2(70, p.sfx[n0], t[n0]), f2(71, p.sfx[s0], t[s0]), f1(72, w[n2]),
		f2(73, t[s.lc1[s1]], uint64(lab[s.lc1[s1]])),
	)
	return f
}

// labelFeatures appends the features that label the arc h → d; the
// dependent is complete when its arc is made, so its children count.
func (p *Parser) labelFeatures(f []perceptron.Feature, h, d int32) []perceptron.Feature {
	s := &p.st
	w, t, wt := p.w, p.t, p.wt
	lab := s.label
	dir := uint64(1)
	if h > d {
		dir = 2
	}
	dd := dist(h, d, s.n)
	dl, dr, hl := s.lc1[d], s.rc1[d], s.lc1[h]
	// The head's neighbour away from the dependent.
	hn := h + 1
	if h < d {
		hn = h - 1
		if hn < 0 {
			hn = int32(s.n + 1)
		}
	}
	f = append(f,
		f1(100, dir),
		f2(101, w[d], dir), f2(102, t[d], dir), f2(103, wt[d], dir),
		f2(104, w[h], dir), f2(105, t[h], dir), f2(106, wt[h], dir),
		f3(107, t[h], t[d], dir), f3(108, w[h], t[d], dir), f3(109, t[h], w[d], dir),
		f3(110, w[h], w[d], dir), f3(111, t[h], t[d], dd*3+dir),
		f2(112, t[d], s.lset[d]), f2(113, t[d], s.rset[d]),
		f3(114, t[d], w[dl], uint64(lab[dl])), f3(115, t[d], w[dr], uint64(lab[dr])),
		f3(116, t[h], t[d], s.lset[h]), f3(117, t[h], t[d], s.rset[h]),
		f3(118, t[d], t[d-1], t[d+1]), f3(119, t[h], t[hn], dir),
		f3(120, t[h], wt[d], uint64(lab[hl])),
		f3(121, t[d], uint64(s.nl[d]), uint64(s.nr[d])),
		f3(122, wt[h], t[d], s.lset[d]),
	)
	return f
}
