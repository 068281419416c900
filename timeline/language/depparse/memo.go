package depparse

import (
	"runtime"

	"github.com/storyline/storyline/timeline/language/perceptron"
)

// A word's role features (roleFeatures) depend on the word and the role
// alone, and a word keeps its role for several transitions: the front of
// the buffer while the stack's top words are attached to it, the top of
// the stack while the words pushed over it are popped. Their scores are
// kept per sentence, by role and word, and looked up again only when a
// word takes a role anew: about a fifth of each transition's features.
// Sums of integers, so the scores are those of scoreTrans exactly.

// roleMemo is the kept scores of one role of one word.
type roleMemo struct {
	s   [nTrans]int32
	set bool
}

// resetMemo forgets the kept scores, for a sentence of n words.
func (p *Parser) resetMemo(n int) {
	m := nRoles * (n + 2)
	if cap(p.memo) < m {
		p.memo = make([]roleMemo, max(m, 2*cap(p.memo)))
	}
	p.memo = p.memo[:m]
	clear(p.memo)
}

// scoreTransKept sets p.scores as scoreTrans does, looking up only the
// role features of the roles whose words changed.
func (p *Parser) scoreTransKept(t *inline) {
	p.feats = p.transFeatures(p.feats[:0])
	ends := append(p.ends[:0], len(p.feats))
	roles := p.st.roles()
	stride := int32(p.st.n + 2)
	var fresh [nRoles]bool
	for r, i := range roles {
		if !p.memo[int32(r)*stride+i].set {
			p.feats = p.roleFeatures(p.feats, r, i)
			ends = append(ends, len(p.feats))
			fresh[r] = true
		}
	}
	p.ends = ends
	var sums [1 + nRoles][nTrans]int32
	t.scoreGroups(p.feats, ends, sums[:len(ends)])
	s, g := sums[0], 1
	for r, i := range roles {
		m := &p.memo[int32(r)*stride+i]
		if fresh[r] {
			m.s, m.set = sums[g], true
			g++
		}
		for c := range s {
			s[c] += m.s[c]
		}
	}
	copy(p.scores, s[:])
}

// scoreGroups sets sums[g] to the scores of feats[ends[g-1]:ends[g]]
// (from 0 for the first group), looking them all up at once as Score
// does.
func (t *inline) scoreGroups(feats []perceptron.Feature, ends []int, sums [][nTrans]int32) {
	if len(feats) > maxScored {
		// Not the parser's: its features fit one batch.
		from := 0
		for g, end := range ends {
			t.Score(feats[from:end], sums[g][:])
			from = end
		}
		return
	}
	var xs, first [maxScored]uint32
	touched := t.touch(feats, &xs, &first)
	clear(sums)
	if touched == 0 {
		return // every first slot is empty: no feature has a weight
	}
	g := 0
	for j := range feats {
		for j == ends[g] {
			g++
		}
		x := xs[j]
		for i := first[j]; ; i++ {
			s := &t.slots[i]
			sx := s.hash()
			if sx == x {
				sums[g][0] += int32(s.w[0])
				sums[g][1] += int32(s.w[1])
				sums[g][2] += int32(s.w[2])
				break
			}
			if perceptron.Past(x, sx) {
				break
			}
		}
	}
	runtime.KeepAlive(t) // its slots may lie outside the heap (hugepage)
}
