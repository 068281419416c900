package resolve

import "math/bits"

// sortEdges sorts edges by (a, b), stably, by least-significant-digit
// radix: a comparison sort of the millions of edges of a large corpus
// spent most of its time calling the comparison. Indexes are below n.
func sortEdges(edges []edge, n int) { sortEdgesWith(edges, n, nil) }

// sortEdgesWith is sortEdges with scratch for the radix passes, made
// when it is too short; it returns the scratch, to be passed again.
func sortEdgesWith(edges []edge, n int, scratch []edge) []edge {
	if len(edges) < 256 {
		insertionSortEdges(edges)
		return scratch
	}
	if cap(scratch) < len(edges) {
		// As long as the list's room: it is sorted again as it grows.
		scratch = make([]edge, cap(edges))
	}
	scratch = scratch[:len(edges)]
	const digit = 11
	width := bits.Len32(uint32(max(n-1, 1)))
	src, dst := edges, scratch
	var count [1 << digit]int
	key := func(e edge, byA bool) uint32 {
		if byA {
			return uint32(e.a)
		}
		return uint32(e.b)
	}
	pass := func(byA bool, shift int) {
		clear(count[:])
		for _, e := range src {
			count[(key(e, byA)>>shift)&(1<<digit-1)]++
		}
		at := 0
		for i, c := range count {
			count[i], at = at, at+c
		}
		for _, e := range src {
			d := (key(e, byA) >> shift) & (1<<digit - 1)
			dst[count[d]] = e
			count[d]++
		}
		src, dst = dst, src
	}
	// b first, then a: each pass keeps the order of the ones before.
	for shift := 0; shift < width; shift += digit {
		pass(false, shift)
	}
	for shift := 0; shift < width; shift += digit {
		pass(true, shift)
	}
	if &src[0] != &edges[0] {
		copy(edges, src)
	}
	return scratch
}

func insertionSortEdges(edges []edge) {
	for i := 1; i < len(edges); i++ {
		for j := i; j > 0 && compareEdges(edges[j], edges[j-1]) < 0; j-- {
			edges[j], edges[j-1] = edges[j-1], edges[j]
		}
	}
}
