package resolve

import (
	"cmp"
	"math"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
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
// the result depends only on the edges, which must be of distinct pairs
// (a pair given twice would sum in an order that depends on theirs).
// It reorders edges.
//
// No cluster spans two strong components (see strongComponents), so each
// component is clustered on its own, on every CPU, and only the
// components being clustered hold neighbour tables. The cost is O(E log E)
// for E candidate pairs, with neighbour lists merged small into large.
func agglomerate(n int, edges []edge, threshold float64) []int32 {
	scored := make([]edge, 0, len(edges))
	var cannot []cannotPair
	for _, e := range edges {
		if e.sim == cannotLink {
			cannot = append(cannot, cannotPair{e.a, e.b})
		} else {
			scored = append(scored, e)
		}
	}
	return agglomerateApart(n, scored, cannot, threshold)
}

// agglomerateApart is agglomerate of the edges and the pairs that cannot
// link, given apart. It reorders both.
func agglomerateApart(n int, edges []edge, cannot []cannotPair, threshold float64) []int32 {
	comp := strongComponents(n, edges, threshold)
	out := make([]int32, n)
	for i := range out {
		out[i] = int32(i)
	}
	parts := partition(n, comp, edges, cannot)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(parts)) {
		wg.Go(func() {
			sc := &clusterScratch{local: make([]int32, n)}
			for k := int(next.Add(1)) - 1; k < len(parts); k = int(next.Add(1)) - 1 {
				parts[k].cluster(sc, out, threshold)
				parts[k] = component{} // done with: let the GC have it
			}
		})
	}
	wg.Wait()
	return out
}

// clusterScratch is the memory a worker clusters its components in, one
// after another: made for the first, the largest, and reused. Making it
// anew for each component allocated 230 MB more on the benchmark corpus,
// whose collections, over a live heap of 250 MB, cost more than the
// clustering itself.
type clusterScratch struct {
	local []int32 // an item's index within its component, by item
	sums  pairSums
	// adj[c] lists c's neighbours: first a run of adjRuns, then a list
	// of its own once c has absorbed clusters with other neighbours.
	adj                      [][]int32
	adjRuns                  []int32
	root, size, deg, version []int32
	// seen marks the clusters a neighbour list names, with a stamp
	// per compaction (liveNeighbours).
	seen    []int32
	first   []int32
	ns      []neighbourSum
	heap    pairHeap
	initial []firstPair
}

// sized returns s with n zeroes, reusing its memory when it can.
func sized[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// cluster agglomerates the items of p and writes, for each, the smallest
// item of its cluster to out. Items are numbered within p in their global
// order, so ties break as they would over the whole input.
func (p *component) cluster(sc *clusterScratch, out []int32, threshold float64) {
	local := sc.local
	for li, i := range p.items {
		local[i] = int32(li)
	}
	n := len(p.items)
	sc.root, sc.size = sized(sc.root, n), sized(sc.size, n)
	root, size := sc.root, sc.size
	for i := range root {
		root[i], size[i] = int32(i), 1
	}
	// sums holds, for every two live clusters with a candidate pair
	// between them, their summed similarity; adj[c] lists c's
	// neighbours, and may still name clusters merged away since, which
	// stand for those they merged into: a list is never lengthened for
	// a neighbour's merge (appending the cluster that absorbed it to
	// every list naming it copied out each full run, 10 MB of the
	// benchmark corpus's peak); deg[c] counts its live neighbours.
	sums := &sc.sums
	sums.reset(len(p.edges), len(p.cannot))
	sc.deg = sized(sc.deg, n)
	deg := sc.deg
	for _, e := range p.edges {
		if a, b := local[e.a], local[e.b]; sums.add(a, b, e.sim) {
			deg[a]++
			deg[b]++
		}
	}
	for _, e := range p.cannot {
		if a, b := local[e.a], local[e.b]; sums.add(a, b, cannotLink) {
			deg[a]++
			deg[b]++
		}
	}
	sc.adj, sc.adjRuns = sized(sc.adj, n), sized(sc.adjRuns, 2*sums.len())
	adj := sc.adj
	at := 0
	for c, d := range deg {
		adj[c] = sc.adjRuns[at : at : int(d)+at] // appends past its run copy it out
		at += int(d)
	}
	sums.each(func(a, b int32, _ float64) {
		adj[a] = append(adj[a], b)
		adj[b] = append(adj[b], a)
	})
	sc.version = sized(sc.version, n)
	version := sc.version
	sc.seen = sized(sc.seen, n)
	seen, stamp := sc.seen, int32(0)
	h := &sc.heap
	*h = (*h)[:0]
	push := func(a, b int32, sum float64) {
		mean := sum / float64(size[a]*size[b])
		if mean >= threshold {
			h.push(pair{mean: mean, a: min(a, b), b: max(a, b), va: version[min(a, b)], vb: version[max(a, b)]})
		}
	}
	// The first pairs, most of all, are sorted once rather than pushed:
	// the next pair is the first of the sorted ones or the heap's top,
	// whichever comes out first, as it would from one heap holding both.
	// They are counted first, so that the largest component's list is
	// made once, of its size: grown by append it allocated three times
	// the pairs (31 MB of the benchmark corpus's merge, for 10) and
	// held the old list beside the new at the clustering's peak.
	firsts := 0
	sums.each(func(a, b int32, sum float64) {
		if sum/float64(size[a]*size[b]) >= threshold {
			firsts++
		}
	})
	initial := slices.Grow(sc.initial[:0], firsts)
	sums.each(func(a, b int32, sum float64) {
		if mean := sum / float64(size[a]*size[b]); mean >= threshold {
			initial = append(initial, firstPair{mean: mean, a: a, b: b})
		}
	})
	slices.SortFunc(initial, func(p, q firstPair) int { return comparePairs(p.pair(), q.pair()) })
	sc.initial = initial // its memory, for the next component
	ns := sc.ns[:0]
	for len(initial) > 0 || h.Len() > 0 {
		var top pair
		if len(initial) > 0 && (h.Len() == 0 || initial[0].pair().before((*h)[0])) {
			top, initial = initial[0].pair(), initial[1:]
		} else {
			top = h.pop()
		}
		if root[top.a] != top.a || root[top.b] != top.b {
			continue // one side has merged into another cluster
		}
		if version[top.a] != top.va || version[top.b] != top.vb {
			// A side has grown since: the pair's mean is no higher than
			// this entry's, so it is pushed anew at what it is now and
			// comes out in its place (see below).
			sum, _ := sums.get(top.a, top.b)
			push(top.a, top.b, sum)
			continue
		}
		// The side with more neighbours absorbs the other, so each
		// neighbour list is copied O(log n) times in all.
		keep, gone := top.a, top.b
		if deg[keep] < deg[gone] {
			keep, gone = gone, keep
		}
		sums.remove(keep, gone)
		deg[keep]--
		root[gone] = keep
		ns = ns[:0]
		// A neighbour of gone merged away since stands for the cluster
		// it merged into, and one cluster may stand there several
		// times: its pair with gone, moved to keep the first time, is
		// no longer there the next.
		for _, c := range adj[gone] {
			if c = findRoot(root, c); c == keep || c == gone {
				continue
			}
			moved, ok := sums.take(gone, c)
			if !ok {
				continue // met already
			}
			sum, isNew := sums.addSum(keep, c, moved)
			if isNew {
				// c's own list names gone, which now stands for keep.
				deg[keep]++
				adj[keep] = append(adj[keep], c)
			} else {
				deg[c]--
			}
			// A pair whose sum is not above 0 has a mean under any
			// positive threshold, now and after any growth of a side
			// (most are cannot-links): it is never pushed, so it is not
			// listed (see below).
			if sum > 0 || threshold <= 0 {
				ns = append(ns, neighbourSum{c, sum})
			}
		}
		adj[gone], deg[gone] = nil, 0
		size[keep] += size[gone]
		version[keep]++
		if len(adj[keep]) > 2*int(deg[keep])+16 || threshold <= 0 {
			stamp++
			adj[keep] = liveNeighbours(adj[keep], keep, root, seen, stamp)
		}
		// Only the pairs of keep with gone's neighbours can have a mean
		// higher than before. Every other pair of keep has the same sum
		// over a larger size, so its entry in the heap, if any, is an
		// upper bound: it is pushed anew when it comes out (above), and
		// the merges come out in the order that pushing every pair anew
		// at each merge would give, since a pair's (mean, a, b) orders
		// the heap. A mean under the threshold stays under it, unless
		// the threshold is not positive: a negative mean rises towards
		// 0 as a side grows, so then every pair is pushed anew.
		if threshold <= 0 {
			ns = ns[:0]
			for _, c := range adj[keep] {
				sum, _ := sums.get(keep, c)
				ns = append(ns, neighbourSum{c, sum})
			}
		}
		// The pairs are pushed in the order of their other sides, each
		// with the sum the moves above left it: the sums of keep's
		// pairs with other clusters than gone's neighbours did not
		// change. (Looking each pair up again took a tenth of the
		// clustering.)
		slices.SortFunc(ns, func(x, y neighbourSum) int { return cmp.Compare(x.c, y.c) })
		for _, n := range ns {
			push(keep, n.c, n.sum)
		}
	}
	sc.ns = ns
	// The smallest item of each cluster: items are in increasing order,
	// so the first one met.
	sc.first = sized(sc.first, n)
	first := sc.first
	for i := range first {
		first[i] = -1
	}
	for li := range root {
		r := int32(li)
		for root[r] != r {
			r = root[r]
		}
		if first[r] < 0 {
			first[r] = p.items[li]
		}
		out[p.items[li]] = first[r]
	}
}

// neighbourSum is a cluster's neighbour c and the sum of their pair.
type neighbourSum struct {
	c   int32
	sum float64
}

// liveNeighbours rewrites, in place, c's neighbour list as the live
// clusters its entries stand for, each once: an entry merged away stands
// for the cluster it merged into (findRoot). stamp, unique to this call
// for c, marks in seen the clusters listed so far.
func liveNeighbours(list []int32, c int32, root, seen []int32, stamp int32) []int32 {
	out := list[:0]
	for _, x := range list {
		if x = findRoot(root, x); x != c && seen[x] != stamp {
			seen[x] = stamp
			out = append(out, x)
		}
	}
	return out
}
