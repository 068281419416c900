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

// pairKeyOf packs a pair's ends into one number ordered as (a, b): the
// ends are never negative, and one comparison of the packed pair is half
// the cost of two of its ends, which merging the runs spent most of its
// time on. Both kinds of pair begin with their ends, a then b (a test
// checks it), and are read there: through their method ends, a call the
// compiler does not inline in a generic function, the keys took a
// quarter of merging the runs' time.
func pairKeyOf[T pairOf](x T) uint64 {
	ends := (*[2]int32)(unsafe.Pointer(&x))
	return uint64(uint32(ends[0]))<<32 | uint64(uint32(ends[1]))
}

func comparePairOf[T pairOf](x, y T) int { return cmp.Compare(pairKeyOf(x), pairKeyOf(y)) }

// sortedRuns gathers sorted runs of distinct pairs into one, keeping a
// pair found in several runs once. The runs are merged into a pending
// list, itself merged into those kept when it reaches an eighth of
// them: a run is then merged with a list no larger than that, not with
// all the pairs kept, which on the benchmark corpus spent more time
// merging than scoring (its cannot-links met again and again in 20
// batches a worker). The pairs kept are held in chunks (chunkedPairs),
// merged into chunk by chunk, reusing the chunks read out, and copied
// once, at the end, into a list of their size: a list grown by a quarter whenever full allocated five
// times the pairs it ended with (181 MB of the benchmark corpus's merge,
// for 31 MB of pairs), doubled it left up to half its room unused. (Runs
// merged two by two as in a binary counter cost as little, but their
// copies made the collector run a fifth more often.)
type sortedRuns[T pairOf] struct {
	kept    chunkedPairs[T]
	pending []T
}

// add merges in run, which the caller may then reuse.
func (s *sortedRuns[T]) add(run []T) {
	if len(run) == 0 {
		return
	}
	if cap(s.pending) < len(s.pending)+len(run) {
		// Doubled: the pending list is an eighth of the pairs at most.
		s.pending = slices.Grow(s.pending, max(len(s.pending), len(run)))
	}
	s.pending = mergeRuns(s.pending, run)
	if 8*len(s.pending) >= s.kept.n {
		s.kept.merge(s.pending)
		s.pending = s.pending[:0]
	}
}

// all returns the pairs of every run, sorted, each once, in a list of
// their size. The list is the merge's largest allocation, made while the
// chunks it copies are still held: what the caller has let go before it
// (the scoring's tables: see letGoTables) and the spare chunks are
// collected first, or they would be freed only after it, the list on
// top of them (bench2000's heap reached 146 MB there; now its peak is
// 137, as the scoring ends).
func (s *sortedRuns[T]) all() []T {
	s.kept.spare = nil
	var zero T
	makeRoom((s.kept.n + len(s.pending)) * int(unsafe.Sizeof(zero)))
	out := s.kept.mergedWith(s.pending)
	s.kept, s.pending = chunkedPairs[T]{}, nil
	return out
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
