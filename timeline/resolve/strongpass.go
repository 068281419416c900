package resolve

// strongPass labels the events joined by pairs of at least the threshold:
// strongComponents of the pairs that scoreBlocks keeps with
// edgeFilter{strong: true}, without keeping them. Each worker joins the
// pairs it scores in a forest of its own, and the forests are joined
// after; a component is labelled by its least event whatever the order
// its pairs are joined in, so the labels are strongComponents'. (The
// strong pairs were gathered, sorted and merged first: 438,000 of them on
// the benchmark corpus, held with their room to grow and merged across
// the workers, for a list read once.)
func strongPass(keys []string, workers int, blocks map[string][]int32, cs *clusterList, ps *pairScorer) []int32 {
	forests := make([][]int32, workers)
	threshold := ps.w.Threshold
	forKeyRuns(keys, pairCost(blocks), workers, func(wi int, next func() ([]string, bool)) {
		ps := ps.forWorker()
		parent := allRecords(cs.len())
		for run, ok := next(); ok; run, ok = next() {
			for _, k := range run {
				eachPair(blocks[k], ps.spots, func(x, y int32) {
					a, b := min(x, y), max(x, y)
					// A pair already joined by others would join nothing
					// more: a fifth of the pairs on the benchmark corpus.
					ra, rb := findRoot(parent, a), findRoot(parent, b)
					if ra == rb {
						return
					}
					if s, ok := ps.score(cs, a, b); ok && s >= threshold {
						parent[max(ra, rb)] = min(ra, rb)
					}
				})
			}
		}
		forests[wi] = parent
	})
	comp := forests[0]
	for _, f := range forests[1:] {
		for i, p := range f {
			joinRoots(comp, int32(i), p)
		}
	}
	for i := range comp {
		comp[i] = findRoot(comp, int32(i))
	}
	return comp
}

// findRoot returns the root of x in the forest parent, halving the path
// to it as it goes.
func findRoot(parent []int32, x int32) int32 {
	for parent[x] != x {
		parent[x] = parent[parent[x]]
		x = parent[x]
	}
	return x
}

// joinRoots joins the trees of a and b in the forest parent, under the
// lesser root: a tree's root is always its least item.
func joinRoots(parent []int32, a, b int32) {
	if ra, rb := findRoot(parent, a), findRoot(parent, b); ra != rb {
		parent[max(ra, rb)] = min(ra, rb)
	}
}
