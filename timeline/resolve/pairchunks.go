package resolve

// chunkShift sets how many pairs a chunk of chunkedPairs holds: 1<<14,
// 128 KB of pairs that cannot link, 256 KB of edges.
const chunkShift = 14

const chunkPairs = 1 << chunkShift

// chunkedPairs is a sorted list of distinct pairs held in chunks of
// chunkPairs: it grows by a chunk, never copying the pairs it holds into
// a larger list.
type chunkedPairs[T pairOf] struct {
	chunks [][]T
	n      int
	// spare holds the chunks a merge read out and did not fill again,
	// for the next merge to write to.
	spare [][]T
}

// merge merges the sorted run y into c, keeping a pair both hold once
// (as mergeRuns does). The merge reads c's chunks from the first and
// writes the merged pairs into chunks of their own, each taken from
// those it has read out when it can: the pairs written are never more
// than len(y) ahead of those read, so only about that many pairs' chunks
// are ever made beside those c held. (Merged in place from the ends
// down, as mergeRuns does, the pairs both held had to be counted first,
// a second pass over every pair.)
func (c *chunkedPairs[T]) merge(y []T) {
	if len(y) == 0 {
		return
	}
	in := c.chunks
	w := chunkWriter[T]{spare: c.spare}
	j := 0
	for k := range in {
		for _, x := range c.chunk(k) {
			kx := pairKeyOf(x)
			for j < len(y) && pairKeyOf(y[j]) < kx {
				w.put(y[j])
				j++
			}
			if j < len(y) && pairKeyOf(y[j]) == kx {
				j++
			}
			w.put(x)
		}
		w.spare = append(w.spare, in[k]) // read out
		in[k] = nil
	}
	for _, p := range y[j:] {
		w.put(p)
	}
	c.chunks, c.n, c.spare = w.chunks, w.n, w.spare
}

// chunkWriter writes pairs one after another into chunks, taking each
// from spare when it holds one.
type chunkWriter[T pairOf] struct {
	chunks, spare [][]T
	last          []T // the chunk being written
	n             int
}

func (w *chunkWriter[T]) put(p T) {
	if w.n%chunkPairs == 0 {
		if k := len(w.spare); k > 0 {
			w.last, w.spare = w.spare[k-1], w.spare[:k-1]
		} else {
			w.last = make([]T, chunkPairs)
		}
		w.chunks = append(w.chunks, w.last)
	}
	w.last[w.n%chunkPairs] = p
	w.n++
}

// shared counts the pairs both c and the sorted run y hold.
func (c *chunkedPairs[T]) shared(y []T) int {
	both, j := 0, 0
	for k := range c.chunks {
		for _, x := range c.chunk(k) {
			kx := pairKeyOf(x)
			for j < len(y) && pairKeyOf(y[j]) < kx {
				j++
			}
			if j == len(y) {
				return both
			}
			if pairKeyOf(y[j]) == kx {
				both, j = both+1, j+1
			}
		}
	}
	return both
}

// chunk is the pairs of chunk k.
func (c *chunkedPairs[T]) chunk(k int) []T {
	return c.chunks[k][:max(0, min(chunkPairs, c.n-k*chunkPairs))]
}

// mergedWith returns the pairs of c and of the sorted run y, sorted,
// each once, in a list of their size.
func (c *chunkedPairs[T]) mergedWith(y []T) []T {
	n := c.n + len(y) - c.shared(y)
	out := make([]T, 0, n)
	j := 0
	for k := range c.chunks {
		for _, x := range c.chunk(k) {
			kx := pairKeyOf(x)
			for j < len(y) && pairKeyOf(y[j]) < kx {
				out = append(out, y[j])
				j++
			}
			if j < len(y) && pairKeyOf(y[j]) == kx {
				j++
			}
			out = append(out, x)
		}
	}
	return append(out, y[j:]...)
}
