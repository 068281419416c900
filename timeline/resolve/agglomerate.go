package resolve

import (
	"cmp"
	"container/heap"
	"math"
	"slices"
)

// cannotLink is the similarity of two items that must never share a
// cluster. Average link sums similarities, so one such pair keeps two
// clusters apart however many other pairs agree.
var cannotLink = math.Inf(-1)

// edge is a candidate pair of items with their similarity.
type edge struct {
	a, b int32
	sim  float64
}

// agglomerate clusters n items by average-link agglomeration over the
// candidate pairs: repeatedly the two clusters with the highest mean
// similarity over all their cross pairs merge, while that mean is at
// least threshold. A pair that is not a candidate counts as similarity 0,
// so a cluster grows only where most of its members agree, and does not
// chain the way single-link merging does. It returns each item's cluster
// as the smallest item index in it. Ties break on the lower indexes, so
// the result depends only on the edges and their order.
//
// The cost is O(E log E) for E candidate pairs, with neighbour lists
// merged small into large.
func agglomerate(n int, edges []edge, threshold float64) []int32 {
	root := make([]int32, n)
	size := make([]int32, n)
	for i := range root {
		root[i], size[i] = int32(i), 1
	}
	// nbr[c] holds, for a live cluster c, the summed similarity to every
	// cluster it has a candidate pair with.
	nbr := make([]map[int32]float64, n)
	strong := strongComponents(n, edges, threshold)
	for _, e := range edges {
		if e.a == e.b || strong[e.a] != strong[e.b] {
			continue
		}
		for _, p := range [2][2]int32{{e.a, e.b}, {e.b, e.a}} {
			if nbr[p[0]] == nil {
				nbr[p[0]] = map[int32]float64{}
			}
			nbr[p[0]][p[1]] += e.sim
		}
	}
	version := make([]int32, n)
	h := &pairHeap{}
	push := func(a, b int32, sum float64) {
		mean := sum / float64(size[a]*size[b])
		if mean >= threshold {
			heap.Push(h, pair{mean: mean, a: min(a, b), b: max(a, b), va: version[min(a, b)], vb: version[max(a, b)]})
		}
	}
	for a := range nbr {
		for b, sum := range nbr[a] {
			if int32(a) < b {
				push(int32(a), b, sum)
			}
		}
	}
	for h.Len() > 0 {
		p := heap.Pop(h).(pair)
		if root[p.a] != p.a || root[p.b] != p.b || version[p.a] != p.va || version[p.b] != p.vb {
			continue // stale: one side has merged since
		}
		// The side with more neighbours absorbs the other, so each
		// neighbour list is copied O(log n) times in all.
		keep, gone := p.a, p.b
		if len(nbr[keep]) < len(nbr[gone]) {
			keep, gone = gone, keep
		}
		delete(nbr[keep], gone)
		for c, sum := range nbr[gone] {
			if c == keep {
				continue
			}
			nbr[keep][c] += sum
			delete(nbr[c], gone)
			nbr[c][keep] = nbr[keep][c]
		}
		nbr[gone] = nil
		root[gone] = keep
		size[keep] += size[gone]
		version[keep]++
		// Push keep's pairs in a fixed order: the heap breaks ties on
		// indexes, but equal means pushed in map order must still pop
		// the same way.
		ns := make([]int32, 0, len(nbr[keep]))
		for c := range nbr[keep] {
			ns = append(ns, c)
		}
		slices.Sort(ns)
		for _, c := range ns {
			push(keep, c, nbr[keep][c])
		}
	}
	first := make([]int32, n) // the smallest item of each root's cluster
	for i := range first {
		first[i] = int32(n)
	}
	out := make([]int32, n)
	for i := range out {
		r := int32(i)
		for root[r] != r {
			r = root[r]
		}
		out[i] = r
		first[r] = min(first[r], int32(i))
	}
	for i := range out {
		out[i] = first[out[i]]
	}
	return out
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

// pair is a candidate merge of clusters a < b at the versions it was
// computed for.
type pair struct {
	mean   float64
	a, b   int32
	va, vb int32
}

type pairHeap []pair

func (h pairHeap) Len() int { return len(h) }
func (h pairHeap) Less(i, j int) bool {
	if h[i].mean != h[j].mean {
		return h[i].mean > h[j].mean
	}
	return cmp.Or(cmp.Compare(h[i].a, h[j].a), cmp.Compare(h[i].b, h[j].b)) < 0
}
func (h pairHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *pairHeap) Push(x any)   { *h = append(*h, x.(pair)) }
func (h *pairHeap) Pop() any {
	old := *h
	p := old[len(old)-1]
	*h = old[:len(old)-1]
	return p
}
