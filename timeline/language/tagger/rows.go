package tagger

import (
	"maps"
	"math"
	"slices"

	"github.com/storyline/storyline/timeline/language/hugepage"
	"github.com/storyline/storyline/timeline/language/perceptron"
)

// row sets t.scores to the kept scores of word i's wordFeatures and
// spellingFeatures, reporting whether it has them. The first word's
// spelling has a feature of its own (flFirst), so it has no row.
func (t *Tagger) row(i int) bool {
	e := t.exact[i+2]
	if i == 0 || e < 0 {
		return false
	}
	m := t.m
	nc := len(m.classes)
	switch r := int(m.rowOf[e]); {
	case r >= 0:
		b := m.base[r]
		scores := t.scores[:nc]
		for c, d := range m.rows[r*nc : (r+1)*nc] {
			scores[c] = b + int32(d)
		}
	case r < -1:
		w := -2 - r
		copy(t.scores, m.wide[w*nc:(w+1)*nc])
	default:
		return false
	}
	return true
}

// buildRows keeps the scores of the wordFeatures and spellingFeatures of
// each frequent word (one with an ambiguity class) that the tag
// dictionary does not settle. Three rows in four span less than an int16
// and are kept as one, from the middle of their span: 3 MB in all where
// the scores as int32 took 5.
func (m *Model) buildRows() {
	nc := len(m.classes)
	lex := &m.lex
	m.rowOf = make([]int32, len(lex.entries))
	for e := range m.rowOf {
		m.rowOf[e] = -1
	}
	var low []byte
	// kept returns the lexicon entry of form's lower case when form gets a
	// row.
	kept := func(form string, e uint32) (uint32, bool) {
		low = appendLower(low[:0], form)
		le, ok := lex.lower[string(low)]
		return le, ok && lex.entries[e].tag < 0 && lex.entries[le].amb != 0
	}
	var h wordHash
	var feats []perceptron.Feature
	scores := make([]int32, nc)
	// score sets scores to those of form's row, reporting whether it has
	// one and the middle of their span when it fits an int16.
	score := func(form string) (has bool, base int32, narrow bool) {
		e := lex.exact[form]
		le, ok := kept(form, e)
		if !ok {
			return false, 0, false
		}
		hashWord(&h, form, low, false)
		h.amb = uint64(lex.entries[le].amb)
		feats = spellingFeatures(wordFeatures(feats[:0], &h), &h)
		m.tags.Score(feats, scores)
		lo, hi := slices.Min(scores), slices.Max(scores)
		mid := int32((int64(lo) + int64(hi) + 1) / 2)
		return true, mid, int64(hi)-int64(mid) <= math.MaxInt16 && int64(lo)-int64(mid) >= math.MinInt16
	}
	forms := slices.Sorted(maps.Keys(lex.exact))
	narrow, wide := 0, 0
	for _, form := range forms {
		if has, _, ok := score(form); ok {
			narrow++
		} else if has {
			wide++
		}
	}
	// Exactly (appending would leave megabytes unused), and on huge
	// pages: the rows of the words of a sentence are read at random, and
	// with the wide ones on the heap's small pages the tagger was 3-6%
	// slower (BenchmarkTag, medians of eight ABBA rounds).
	m.rows = hugepage.Make[int16](m, hugepage.Room[int16](narrow*nc))[:0]
	m.base = make([]int32, 0, narrow)
	m.wide = hugepage.Make[int32](m, hugepage.Room[int32](wide*nc))[:0]
	for _, form := range forms {
		has, base, ok := score(form)
		switch {
		case ok:
			m.rowOf[lex.exact[form]] = int32(len(m.base))
			m.base = append(m.base, base)
			for _, s := range scores {
				m.rows = append(m.rows, int16(s-base))
			}
		case has:
			m.rowOf[lex.exact[form]] = int32(-2 - len(m.wide)/nc)
			m.wide = append(m.wide, scores...)
		}
	}
}
