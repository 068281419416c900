package ner

import "github.com/storyline/storyline/timeline/language/perceptron"

// cacheSize is the number of words whose group scores a Recognizer keeps
// per group: a direct-mapped table, so that the common words of a text
// are scored from a few features once rather than at every occurrence.
// At 40 bytes an entry and five groups, a Recognizer holds 800 KB.
const cacheSize = 4096

type cacheEntry struct {
	key    uint64
	scores [nclass]int32
}

// groupFeatures is room for the features of a cached group, so that a
// word missing the cache is scored without allocating: ownFeatures
// makes 17, which outgrew the 16 there were (31 MB allocated in an
// extract of the 2,000 ECB+ records).
const groupFeatures = 24

// scoreCache holds, per cached feature group, the scores of recent words.
type scoreCache [nCached][cacheSize]cacheEntry

// emission sets r.scores to the scores of word i's features, from the
// cache where it can: the sum is the same as scoring all features at once.
func (r *Recognizer) emission(i int) {
	w := &r.words[i]
	r.feats = pairFeatures(r.feats[:0], r.words, i)
	r.m.weights.Score(r.feats, r.scores)
	r.add(gOwn, w, w.keyOwn)
	r.add(gPrev, at(r.words, i-1), at(r.words, i-1).keyNear)
	r.add(gNext, at(r.words, i+1), at(r.words, i+1).keyNear)
	r.add(gPrev2, at(r.words, i-2), at(r.words, i-2).keyNear)
	r.add(gNext2, at(r.words, i+2), at(r.words, i+2).keyNear)
}

// add adds to r.scores the scores of group g's features of word w, cached
// under key.
func (r *Recognizer) add(g int, w *word, key uint64) {
	if key == 0 {
		key = 1 // 0 marks an empty entry
	}
	e := &r.cache[g][key&(cacheSize-1)]
	if e.key != key {
		var fs [groupFeatures]perceptron.Feature
		f := fs[:0]
		if g == gOwn {
			f = ownFeatures(f, w)
		} else {
			f = neighbourFeatures(f, w, g)
		}
		r.m.weights.Score(f, e.scores[:])
		e.key = key
	}
	for c, s := range e.scores {
		r.scores[c] += s
	}
}
