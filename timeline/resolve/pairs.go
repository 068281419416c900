package resolve

import (
	"cmp"
	"slices"
	"unsafe"
)

// cannotPair is a candidate pair of items that must never share a
// cluster (similarity cannotLink), kept apart from the edges: it needs
// no similarity, so it takes half the memory.
type cannotPair struct{ a, b int32 }

// pairOf is a candidate pair: an edge, or a pair that cannot link.
type pairOf interface {
	edge | cannotPair
	ends() (a, b int32)
}

func (e edge) ends() (a, b int32)       { return e.a, e.b }
func (p cannotPair) ends() (a, b int32) { return p.a, p.b }

func comparePairOf[T pairOf](x, y T) int {
	xa, xb := x.ends()
	ya, yb := y.ends()
	return cmp.Or(cmp.Compare(xa, ya), cmp.Compare(xb, yb))
}

// keepRun merges a sorted run of distinct pairs into those kept, whose
// room doubles when full, so that they are allocated about twice.
func keepRun[T pairOf](kept, run []T) []T {
	if cap(kept) < len(kept)+len(run) {
		kept = slices.Grow(kept, max(len(kept), len(run)))
	}
	return mergeRuns(kept, run)
}

// mergeWorkers merges the workers' sorted runs two by two, each into the
// one with more room when it has enough, else into a slice of its exact
// size, so that the pairs are never held twice over. (A pair both found
// has the same score in both.)
func mergeWorkers[T pairOf](found [][]T) []T {
	for len(found) > 1 {
		var next [][]T
		for i := 0; i < len(found); i += 2 {
			if i+1 == len(found) {
				next = append(next, found[i])
				break
			}
			x, y := found[i], found[i+1]
			if cap(y)-len(y) > cap(x)-len(x) {
				x, y = y, x
			}
			if cap(x) < len(x)+len(y) {
				var zero T
				makeRoom((len(x) + len(y)) * int(unsafe.Sizeof(zero)))
			}
			next = append(next, mergeRuns(x, y))
			found[i], found[i+1] = nil, nil
		}
		found = next
	}
	return found[0]
}

// mergeEdges is mergeRuns of edges.
func mergeEdges(x, y []edge) []edge { return mergeRuns(x, y) }

// mergeRuns merges two sorted runs of distinct pairs into one, keeping a
// pair found in both once. The pairs both runs found are counted first,
// since they can be many: the merge then fills x's buffer from its end
// when it has room, and otherwise a slice of the exact size, so that the
// pairs, held to the end of the clustering, are never held twice over.
func mergeRuns[T pairOf](x, y []T) []T {
	both := 0
	for i, j := 0, 0; i < len(x) && j < len(y); {
		switch c := comparePairOf(x[i], y[j]); {
		case c < 0:
			i++
		case c > 0:
			j++
		default:
			both, i, j = both+1, i+1, j+1
		}
	}
	n := len(x) + len(y) - both
	if cap(x) < n {
		x = append(make([]T, 0, n), x...)
	}
	out := x[:n]
	// From the ends down, the place written is never below the next
	// pair of x still to be read: the pairs of y left to write, less
	// the pairs of x among them, keep it above.
	i, j, k := len(x)-1, len(y)-1, n-1
	for j >= 0 {
		switch {
		case i >= 0 && comparePairOf(x[i], y[j]) > 0:
			out[k], i = x[i], i-1
		case i >= 0 && comparePairOf(x[i], y[j]) == 0:
			out[k], i, j = x[i], i-1, j-1
		default:
			out[k], j = y[j], j-1
		}
		k--
	}
	return out
}
