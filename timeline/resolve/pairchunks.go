package resolve

// chunkShift sets how many pairs a chunk of chunkedPairs holds: 1<<14,
// 128 KB of pairs that cannot link, 256 KB of edges.
const chunkShift = 14

const chunkPairs = 1 << chunkShift

// chunkedPairs is a sorted list of distinct pairs held in chunks of
// chunkPairs: it grows by a chunk, never copying the pairs it holds.
type chunkedPairs[T pairOf] struct {
	chunks [][]T
	n      int
}

// at is the i-th pair.
func (c *chunkedPairs[T]) at(i int) *T { return &c.chunks[i>>chunkShift][i&(chunkPairs-1)] }

// merge merges the sorted run y into c in place, keeping a pair both
// hold once (as mergeRuns does into a list with room).
func (c *chunkedPairs[T]) merge(y []T) {
	if len(y) == 0 {
		return
	}
	n := c.n + len(y) - c.shared(y)
	for len(c.chunks)*chunkPairs < n {
		c.chunks = append(c.chunks, make([]T, chunkPairs))
	}
	// From the ends down, the place written is never below the next
	// pair of c still to be read (see mergeRuns).
	i, j, k := c.n-1, len(y)-1, n-1
	for j >= 0 {
		ky := pairKeyOf(y[j])
		out := c.at(k)
		k--
		if i >= 0 {
			x := *c.at(i)
			if kx := pairKeyOf(x); kx >= ky {
				if kx == ky {
					j--
				}
				*out, i = x, i-1
				continue
			}
		}
		*out, j = y[j], j-1
	}
	c.n = n
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
