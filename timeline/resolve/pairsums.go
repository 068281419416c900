package resolve

// pairSums maps the unordered pairs of a component's clusters to their
// summed similarity: one open-addressing table for the whole component,
// 16 bytes a slot, where a map per cluster (each pair in two of them) took
// three times the memory and most of the clustering's time.
type pairSums struct {
	keys []uint64 // pairKey; 0: empty
	sums []float64
	mask uint64
	n    int
}

// pairKey packs a pair, lower index first, plus one so that no pair
// is 0.
func pairKey(a, b int32) uint64 {
	return (uint64(uint32(min(a, b)))<<32 | uint64(uint32(max(a, b)))) + 1
}

// newPairSums returns a table for about n pairs.
func newPairSums(n int) *pairSums {
	t := &pairSums{}
	t.reset(n)
	return t
}

// reset empties t and makes room for about n pairs, reusing its memory
// when that is enough. The table is filled up to three quarters: the
// largest component's table is the clustering's peak (32 MB of the
// benchmark corpus's at most half full, 16 MB now), and a component's
// pairs only grow fewer as its clusters merge.
func (t *pairSums) reset(n int) {
	size := 8
	for 3*size < 4*n {
		size <<= 1
	}
	t.keys, t.sums = sized(t.keys, size), sized(t.sums, size)
	t.mask, t.n = uint64(size-1), 0
}

func (t *pairSums) slot(k uint64) uint64 { return mix64(k) & t.mask }

// get returns the sum of pair (a, b), and whether the pair is there.
func (t *pairSums) get(a, b int32) (float64, bool) {
	k := pairKey(a, b)
	for i := t.slot(k); t.keys[i] != 0; i = (i + 1) & t.mask {
		if t.keys[i] == k {
			return t.sums[i], true
		}
	}
	return 0, false
}

// add adds sim to the sum of pair (a, b), and reports whether the pair
// is new. The sum of a new pair is 0 + sim, as a map's would be.
func (t *pairSums) add(a, b int32, sim float64) bool {
	k := pairKey(a, b)
	i := t.slot(k)
	for ; t.keys[i] != 0; i = (i + 1) & t.mask {
		if t.keys[i] == k {
			t.sums[i] += sim
			return false
		}
	}
	if 4*(t.n+1) > 3*len(t.keys) {
		t.grow()
		return t.add(a, b, sim)
	}
	var zero float64
	t.keys[i], t.sums[i] = k, zero+sim
	t.n++
	return true
}

// remove deletes pair (a, b), shifting back the pairs after it so that
// probing needs no tombstones, and returns its sum.
func (t *pairSums) remove(a, b int32) float64 {
	k := pairKey(a, b)
	i := t.slot(k)
	for ; t.keys[i] != k; i = (i + 1) & t.mask {
		if t.keys[i] == 0 {
			return 0
		}
	}
	sum := t.sums[i]
	t.n--
	for j := (i + 1) & t.mask; t.keys[j] != 0; j = (j + 1) & t.mask {
		// The pair at j may fill the hole at i unless its home lies
		// cyclically in (i, j].
		if home := t.slot(t.keys[j]); (j-home)&t.mask >= (j-i)&t.mask {
			t.keys[i], t.sums[i] = t.keys[j], t.sums[j]
			i = j
		}
	}
	t.keys[i], t.sums[i] = 0, 0
	return sum
}

func (t *pairSums) grow() {
	keys, sums := t.keys, t.sums
	t.keys, t.sums = make([]uint64, 2*len(keys)), make([]float64, 2*len(keys))
	t.mask = uint64(len(t.keys) - 1)
	for i, k := range keys {
		if k == 0 {
			continue
		}
		j := t.slot(k)
		for t.keys[j] != 0 {
			j = (j + 1) & t.mask
		}
		t.keys[j], t.sums[j] = k, sums[i]
	}
}

// each calls fn with every pair, lower index first, and its sum.
func (t *pairSums) each(fn func(a, b int32, sum float64)) {
	for i, k := range t.keys {
		if k != 0 {
			k--
			fn(int32(uint32(k>>32)), int32(uint32(k)), t.sums[i])
		}
	}
}
