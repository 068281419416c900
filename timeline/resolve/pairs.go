package resolve

import (
	"cmp"
	"slices"
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

// pairKeyOf packs a pair's ends into one number ordered as (a, b): the
// ends are never negative, and one comparison of the packed pair is half
// the cost of two of its ends, which merging the runs spent most of its
// time on.
func pairKeyOf[T pairOf](x T) uint64 {
	a, b := x.ends()
	return uint64(uint32(a))<<32 | uint64(uint32(b))
}

func comparePairOf[T pairOf](x, y T) int { return cmp.Compare(pairKeyOf(x), pairKeyOf(y)) }

// sortedRuns gathers sorted runs of distinct pairs into one, keeping a
// pair found in several runs once. The runs are merged into a pending
// list, itself merged into those kept when it reaches an eighth of
// them: a run is then merged with a list no larger than that, not with
// all the pairs kept, which on the benchmark corpus spent more time
// merging than scoring (its cannot-links met again and again in 20
// batches a worker), and both lists are merged into in place, their room
// growing by a quarter when full (keepRun). (Runs
// merged two by two as in a binary counter cost as little, but their
// copies made the collector run a fifth more often.)
type sortedRuns[T pairOf] struct {
	kept, pending []T
}

// add merges in run, which the caller may then reuse.
func (s *sortedRuns[T]) add(run []T) {
	s.pending = keepRun(s.pending, run)
	if 8*len(s.pending) >= len(s.kept) {
		s.kept = keepRun(s.kept, s.pending)
		s.pending = s.pending[:0]
	}
}

// all returns the pairs of every run, sorted, each once.
func (s *sortedRuns[T]) all() []T {
	out := keepRun(s.kept, s.pending)
	s.kept, s.pending = nil, nil
	return out
}

// keepRun merges a sorted run of distinct pairs into those kept, whose
// room grows by a quarter when full: doubled, it left up to half the
// room unused at the end, held through the clustering (9 MB of the
// benchmark corpus's pairs), for the pairs allocated about twice rather
// than five times.
func keepRun[T pairOf](kept, run []T) []T {
	if len(run) == 0 {
		return kept
	}
	if cap(kept) < len(kept)+len(run) {
		kept = slices.Grow(kept, max(len(kept)/4, len(run)))
	}
	return mergeRuns(kept, run)
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
		switch kx, ky := pairKeyOf(x[i]), pairKeyOf(y[j]); {
		case kx < ky:
			i++
		case kx > ky:
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
		ky := pairKeyOf(y[j])
		switch {
		case i >= 0 && pairKeyOf(x[i]) > ky:
			out[k], i = x[i], i-1
		case i >= 0 && pairKeyOf(x[i]) == ky:
			out[k], i, j = x[i], i-1, j-1
		default:
			out[k], j = y[j], j-1
		}
		k--
	}
	return out
}
