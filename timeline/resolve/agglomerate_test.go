package resolve

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestAgglomerateMatchesEager checks that pushing only the pairs whose
// mean can rise, and the others again when they come out, merges exactly
// as pushing every pair of a grown cluster anew (eagerCluster), on random
// graphs with negative and cannot-link pairs, for thresholds either side
// of 0.
func TestAgglomerateMatchesEager(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, threshold := range []float64{0.75, 0.3, 0, -0.2} {
		for trial := range 300 {
			n := 2 + rng.IntN(40)
			var edges []edge
			for a := range n {
				for b := a + 1; b < n; b++ {
					if rng.IntN(3) > 0 {
						continue
					}
					sim := float64(rng.IntN(21)-6) / 10 // ties are common
					if rng.IntN(25) == 0 {
						sim = cannotLink
					}
					edges = append(edges, edge{a: int32(a), b: int32(b), sim: sim})
				}
			}
			got := agglomerate(n, edges, threshold)
			want := eagerAgglomerate(n, edges, threshold)
			if !slices.Equal(got, want) {
				t.Fatalf("threshold %v, trial %d: got %v, want %v (edges %v)", threshold, trial, got, want, edges)
			}
		}
	}
}

// eagerAgglomerate is agglomerate with eagerCluster.
func eagerAgglomerate(n int, edges []edge, threshold float64) []int32 {
	comp := strongComponents(n, edges, threshold)
	out := make([]int32, n)
	for i := range out {
		out[i] = int32(i)
	}
	local := make([]int32, n)
	for _, p := range partition(n, comp, edges, nil) {
		p.eagerCluster(local, out, threshold)
	}
	return out
}

// eagerCluster is how component.cluster merged before: after each merge,
// every pair of the grown cluster is pushed anew.
func (p *component) eagerCluster(local, out []int32, threshold float64) {
	for li, i := range p.items {
		local[i] = int32(li)
	}
	n := len(p.items)
	root := make([]int32, n)
	size := make([]int32, n)
	for i := range root {
		root[i], size[i] = int32(i), 1
	}
	// nbr[c] holds, for a live cluster c, the summed similarity to every
	// cluster it has a candidate pair with.
	nbr := make([]map[int32]float64, n)
	for _, e := range p.edges {
		a, b := local[e.a], local[e.b]
		for _, q := range [2][2]int32{{a, b}, {b, a}} {
			if nbr[q[0]] == nil {
				nbr[q[0]] = map[int32]float64{}
			}
			nbr[q[0]][q[1]] += e.sim
		}
	}
	version := make([]int32, n)
	h := &pairHeap{}
	push := func(a, b int32, sum float64) {
		mean := sum / float64(size[a]*size[b])
		if mean >= threshold {
			h.push(pair{mean: mean, a: min(a, b), b: max(a, b), va: version[min(a, b)], vb: version[max(a, b)]})
		}
	}
	for a := range nbr {
		for b, sum := range nbr[a] {
			if int32(a) < b {
				push(int32(a), b, sum)
			}
		}
	}
	var ns []int32
	for h.Len() > 0 {
		top := h.pop()
		if root[top.a] != top.a || root[top.b] != top.b || version[top.a] != top.va || version[top.b] != top.vb {
			continue // stale: one side has merged since
		}
		// The side with more neighbours absorbs the other, so each
		// neighbour list is copied O(log n) times in all.
		keep, gone := top.a, top.b
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
		ns = ns[:0]
		for c := range nbr[keep] {
			ns = append(ns, c)
		}
		slices.Sort(ns)
		for _, c := range ns {
			push(keep, c, nbr[keep][c])
		}
	}
	// The smallest item of each cluster: items are in increasing order,
	// so the first one met.
	first := make([]int32, n)
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
