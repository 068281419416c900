package resolve

import "cmp"

// pair is a candidate merge of clusters a < b at the versions it was
// computed for.
type pair struct {
	mean   float64
	a, b   int32
	va, vb int32
}

// firstPair is a pair as the clustering starts, when every cluster is at
// version 0: two thirds of a pair's size, for the most pairs the
// clustering holds at once (10 MB of the benchmark corpus's peak as
// pairs).
type firstPair struct {
	mean float64
	a, b int32
}

func (p firstPair) pair() pair { return pair{mean: p.mean, a: p.a, b: p.b} }

// pairHeap is a heap of pairs, the highest mean on top (ties: the lower
// indexes), typed (calls through container/heap's interface took a third
// of the clustering's time), four children a node: pops sink through
// half a binary heap's levels (its pops took 0.85 CPU s of two merges of
// the benchmark corpus, these 0.57). Entries of one pair at one mean
// come out in an order the heap's shape sets: the first merges the pair
// or, stale, is pushed again at that mean; the others find it merged.
type pairHeap []pair

// heapArity is how many children a node of pairHeap has.
const heapArity = 4

// before reports whether p comes out of the heap before q.
func (p pair) before(q pair) bool {
	if p.mean != q.mean {
		return p.mean > q.mean
	}
	return p.ends() < q.ends()
}

// ends packs the pair's clusters, never negative, into one number
// ordered as (a, b): one comparison where two of each end's were.
func (p pair) ends() uint64 { return uint64(uint32(p.a))<<32 | uint64(uint32(p.b)) }

// comparePairs orders pairs as they come out of the heap, in one
// comparison where two of before took a sort twice as long.
func comparePairs(p, q pair) int {
	switch {
	case p.mean > q.mean:
		return -1
	case p.mean < q.mean:
		return 1
	}
	return cmp.Compare(p.ends(), q.ends())
}

func (h pairHeap) Len() int { return len(h) }

func (h *pairHeap) push(p pair) {
	*h = append(*h, p)
	s := *h
	for i := len(s) - 1; i > 0; {
		up := (i - 1) / heapArity
		if !s[i].before(s[up]) {
			break
		}
		s[i], s[up] = s[up], s[i]
		i = up
	}
}

func (h *pairHeap) pop() pair {
	s := *h
	top := s[0]
	last := len(s) - 1
	s[0] = s[last]
	s = s[:last]
	for i := 0; ; {
		best := i
		first := heapArity*i + 1
		for c := first; c < min(first+heapArity, len(s)); c++ {
			if s[c].before(s[best]) {
				best = c
			}
		}
		if best == i {
			break
		}
		s[i], s[best] = s[best], s[i]
		i = best
	}
	*h = s
	return top
}
