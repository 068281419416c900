package resolve

import (
	"cmp"
	"slices"
	"sync"
)

// component is the items of one strong component, in increasing order,
// and the edges and the pairs that cannot link between them.
type component struct {
	items  []int32
	edges  []edge
	cannot []cannotPair
}

// partition returns the components of more than one item, largest first
// (so that the big ones start early and the CPUs finish together), each
// with its edges. The edges are moved in place so that each component's
// lie together, and the components' edges are runs of them: copies held
// the edges twice over (25 MB more at the peak of the benchmark corpus).
func partition(n int, comp []int32, edges []edge, cannot []cannotPair) []component {
	nItems := make([]int32, n) // per component root
	nEdges := make([]int32, n) // edges and pairs that cannot link
	for _, c := range comp {
		nItems[c]++
	}
	for _, e := range edges {
		if within(comp, e) {
			nEdges[comp[e.a]]++
		}
	}
	for _, e := range cannot {
		if within(comp, e) {
			nEdges[comp[e.a]]++
		}
	}
	var roots []int32
	for r := range n {
		if nItems[r] > 1 && nEdges[r] > 0 {
			roots = append(roots, int32(r))
		}
	}
	slices.SortStableFunc(roots, func(x, y int32) int { return cmp.Compare(nEdges[y], nEdges[x]) })
	at := make([]int32, n) // a root's place in parts, +1
	parts := make([]component, len(roots))
	for k, r := range roots {
		at[r] = int32(k + 1)
		parts[k].items = make([]int32, 0, nItems[r])
	}
	for i, c := range comp {
		if at[c] > 0 {
			p := &parts[at[c]-1]
			p.items = append(p.items, int32(i))
		}
	}
	// The edges and the pairs that cannot link are moved side by side.
	var wg sync.WaitGroup
	wg.Go(func() {
		for k, run := range runsOf(edges, comp, at, len(parts)) {
			parts[k].edges = run
		}
	})
	for k, run := range runsOf(cannot, comp, at, len(parts)) {
		parts[k].cannot = run
	}
	wg.Wait()
	return parts
}

// within reports whether pair e joins two items of one component.
func within[T pairOf](comp []int32, e T) bool {
	a, b := e.ends()
	return a != b && comp[a] == comp[b]
}

// runsOf moves the pairs in place so that each part's lie together, and
// returns them, part by part; at[root] is a component's part, +1, or 0.
// Each pair is swapped straight into its bucket (an American flag
// sort), bucket k holding part k's, bucket parts the others.
func runsOf[T pairOf](pairs []T, comp, at []int32, parts int) [][]T {
	bucket := func(e T) int {
		if a, _ := e.ends(); within(comp, e) && at[comp[a]] > 0 {
			return int(at[comp[a]] - 1)
		}
		return parts
	}
	next := make([]int, parts+1) // the next place to fill in each bucket
	for _, e := range pairs {
		next[bucket(e)]++
	}
	pos := 0
	for k, c := range next {
		next[k], pos = pos, pos+c
	}
	end := make([]int, parts+1)
	copy(end, next[1:])
	end[parts] = len(pairs)
	start := slices.Clone(next)
	for k := range next {
		for next[k] < end[k] {
			if b := bucket(pairs[next[k]]); b == k {
				next[k]++
			} else {
				pairs[next[k]], pairs[next[b]] = pairs[next[b]], pairs[next[k]]
				next[b]++
			}
		}
	}
	runs := make([][]T, parts)
	for k := range runs {
		runs[k] = pairs[start[k]:end[k]:end[k]]
	}
	return runs
}

// strongComponents labels the items joined by pairs of at least threshold.
// A merge's mean reaches the threshold only if one of its pairs does, so
// clusters never span two such components, and the pairs between them
// can be left out from the start: most items are alone in theirs.
func strongComponents(n int, edges []edge, threshold float64) []int32 {
	parent := allRecords(n)
	for _, e := range edges {
		if e.sim >= threshold {
			joinRoots(parent, e.a, e.b)
		}
	}
	for i := range parent {
		parent[i] = findRoot(parent, int32(i))
	}
	return parent
}
