package resolve

import (
	"cmp"
	"slices"
)

// component is the items of one strong component, in increasing order,
// and the edges between them.
type component struct {
	items []int32
	edges []edge
}

// partition returns the components of more than one item, largest first
// (so that the big ones start early and the CPUs finish together), each
// with its edges. The edges are moved in place so that each component's
// lie together, and the components' edges are runs of them: copies held
// the edges twice over (25 MB more at the peak of the benchmark corpus).
func partition(n int, comp []int32, edges []edge) []component {
	nItems := make([]int32, n) // per component root
	nEdges := make([]int32, n)
	for _, c := range comp {
		nItems[c]++
	}
	within := func(e edge) bool { return e.a != e.b && comp[e.a] == comp[e.b] }
	for _, e := range edges {
		if within(e) {
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
	// Bucket k holds part k's edges, bucket len(parts) the others: each
	// edge is swapped straight into its bucket (an American flag sort).
	bucket := func(e edge) int {
		if within(e) && at[comp[e.a]] > 0 {
			return int(at[comp[e.a]] - 1)
		}
		return len(parts)
	}
	next := make([]int, len(parts)+1) // the next place to fill in each bucket
	end := make([]int, len(parts)+1)
	pos := 0
	for k, r := range roots {
		next[k] = pos
		pos += int(nEdges[r])
		end[k] = pos
	}
	next[len(parts)], end[len(parts)] = pos, len(edges)
	for k := range next {
		for next[k] < end[k] {
			if b := bucket(edges[next[k]]); b == k {
				next[k]++
			} else {
				edges[next[k]], edges[next[b]] = edges[next[b]], edges[next[k]]
				next[b]++
			}
		}
	}
	for k := range parts {
		lo := end[k] - int(nEdges[roots[k]])
		parts[k].edges = edges[lo:end[k]:end[k]]
	}
	return parts
}

// strongComponents labels the items joined by pairs of at least threshold.
// A merge's mean reaches the threshold only if one of its pairs does, so
// clusters never span two such components, and the pairs between them
// can be left out from the start: most items are alone in theirs.
func strongComponents(n int, edges []edge, threshold float64) []int32 {
	parent := make([]int32, n)
	for i := range parent {
		parent[i] = int32(i)
	}
	var find func(int32) int32
	find = func(x int32) int32 {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for _, e := range edges {
		if e.sim >= threshold {
			if ra, rb := find(e.a), find(e.b); ra != rb {
				parent[max(ra, rb)] = min(ra, rb)
			}
		}
	}
	for i := range parent {
		parent[i] = find(int32(i))
	}
	return parent
}
