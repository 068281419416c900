package resolve

// In an archive, stories of one kind lie side by side: two trials, two
// earthquakes, whose documents share the kind's words and so look alike
// to a plain cosine. A document's closest neighbours tell its own story,
// though, and the other story's documents sit further off than those. So
// the cosine of two documents less alike than both one's and the other's
// nearK-th closest neighbour is discounted steeply, by the cube of the
// share it reaches. (ECB+ dev: same-subtopic document pairs against pairs
// from the topic's other subtopic, ranked by plain cosine, AUC .90; by
// cosine over the nearer nearK-th neighbour's, .95. The cube and nearK = 5
// were chosen on ECB+ train: found-mentions CoNLL F1 75.2 plain, 75.6 at
// the first power, 76.3 the square, 76.4 the cube.)
const nearK = 5

// nearest holds the nearK documents most alike to one document, of those
// met so far.
type nearest struct {
	doc [nearK]int32
	cos [nearK]float64
	n   int
}

// add offers doc at cosine c. Whatever the order of the offers, the kept
// set is the nearK best by cosine, then lower document.
func (t *nearest) add(doc int32, c float64) {
	for i := range t.n {
		if t.doc[i] == doc {
			return
		}
	}
	if t.n < nearK {
		t.doc[t.n], t.cos[t.n] = doc, c
		t.n++
		return
	}
	worst := 0
	for i := 1; i < nearK; i++ {
		if t.cos[i] < t.cos[worst] || t.cos[i] == t.cos[worst] && t.doc[i] > t.doc[worst] {
			worst = i
		}
	}
	if c > t.cos[worst] || c == t.cos[worst] && doc < t.doc[worst] {
		t.doc[worst], t.cos[worst] = doc, c
	}
}

// kth returns the cosine of the nearK-th closest document, or 0 when
// fewer were met: too few to say what is close.
func (t *nearest) kth() float64 {
	if t.n < nearK {
		return 0
	}
	k := t.cos[0]
	for _, c := range t.cos[1:] {
		k = min(k, c)
	}
	return k
}

// nearCosines returns each document's nearK-th closest cosine among the
// documents its events meet in the pairs the second pass scores (the same
// windows, so the cost stays O(n · corefScan)).
func nearCosines(keys []string, blocks map[string][]int32, docs []docVector, spots []spot) []float64 {
	found := make([][]nearest, keyWorkers(keys))
	forKeyRuns(keys, pairCost(blocks), len(found), func(wi int, next func() ([]string, bool)) {
		near := make([]nearest, len(docs))
		// The same two documents meet in many pairs: ECB+ train's
		// millions of pairs, most in undated blocks, come from at most
		// 160,000 document pairs, and computing each cosine anew took
		// 40% of its merge.
		cache := newCosineCache(docs)
		seen := newPairBits(len(docs))
		for run, ok := next(); ok; run, ok = next() {
			for _, k := range run {
				eachPair(blocks[k], spots, func(x, y int32) {
					// The events' spots say what is read here of them:
					// their first documents and what judged reads. Read
					// from the events themselves, a cache miss or two a
					// pair, the tens of millions of pairs of bench2000
					// took half of this pass.
					sx, sy := &spots[x], &spots[y]
					dx, dy := sx.doc, sy.doc
					// Pairs the first pass judged are never scored: their
					// documents' likeness is not needed.
					if dx != dy && !judgedSpots(sx, sy, true) && seen.first(dx, dy) {
						c := cache.nearCosine(dx, dy, docs, nil)
						near[dx].add(dy, c)
						near[dy].add(dx, c)
					}
				})
			}
		}
		found[wi] = near
	})
	out := make([]float64, len(docs))
	for d := range out {
		t := found[0][d]
		for _, f := range found[1:] {
			for i := range f[d].n {
				t.add(f[d].doc[i], f[d].cos[i])
			}
		}
		out[d] = t.kth()
	}
	return out
}

// pairBits marks the pairs of documents a worker has offered to its
// nearest lists. Offering a pair again changes nothing (nearest.add keeps
// the best by cosine, then document, and a document's cosine with
// another is always the same): on bench2000 (2,000 ECB+ articles) the
// 1.2 million pairs of documents met in tens of millions of pairs of
// events, each a read of the cosines' table. Marks are kept, as the cosines are
// (docCosines), for up to maxExactDocs documents; nil marks nothing.
type pairBits []uint64

func newPairBits(docs int) pairBits {
	if docs > maxExactDocs || docs < 2 {
		return nil
	}
	return make(pairBits, (docs*(docs-1)/2+63)/64)
}

// first marks the pair of documents x and y (x != y) and reports whether
// it was unmarked, or whether b marks nothing.
func (b pairBits) first(x, y int32) bool {
	if b == nil {
		return true
	}
	hi, lo := int(max(x, y)), int(min(x, y))
	i := hi*(hi-1)/2 + lo
	w, bit := i/64, uint64(1)<<(i%64)
	if b[w]&bit != 0 {
		return false
	}
	b[w] |= bit
	return true
}

// nearCosine is the cosine of documents x and y, discounted when it falls
// short of what is near to both (see nearK).
func nearCosine(x, y int32, docs []docVector, kth []float64) float64 {
	c := cosine(docs[x], docs[y])
	if kth == nil {
		return c
	}
	return discounted(c, kth[x], kth[y])
}

// discounted is a cosine c of two documents whose nearK-th closest
// cosines are kx and ky, discounted when it falls short of both.
func discounted(c, kx, ky float64) float64 {
	if k := min(kx, ky); k > 0 && c < k {
		r := c / k
		c *= r * r * r
	}
	return c
}

// nearTable turns the documents' table of cosines, when they have one,
// into the table of their nearCosines given kth, in place, and returns
// it: the documents are left without it, which no longer holds their
// plain cosines. Scoring a pair then reads one number for its documents'
// likeness, where it read both documents' vectors, the table and kth, a
// cache miss or more each (bench2000's 27 million pairs scored).
//
// Nothing reads the documents' vectors after that, only their ranks
// (firstDocs): they are let go with the table's plain cosines, before
// the scoring makes the merge's peak (bench2000: 4.2 MB of its 141 MB
// of live heap).
func nearTable(docs []docVector, kth []float64) *docCosines {
	if len(docs) == 0 || docs[0].known == nil {
		return nil
	}
	t := docs[0].known
	for i := range docs {
		docs[i].known, docs[i].feat, docs[i].w = nil, nil, nil
	}
	if kth != nil {
		parallel(t.n-1, func(lo int) {
			row := t.cos[t.slot(lo, lo+1) : t.slot(lo, lo+1)+t.n-1-lo]
			for i, c := range row {
				row[i] = discounted(c, kth[lo], kth[lo+1+i])
			}
		})
	}
	return t
}
