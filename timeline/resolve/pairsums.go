package resolve

// pairSums maps the unordered pairs of a component's clusters to their
// summed similarity: one open-addressing table for the whole component,
// 16 bytes a slot, where a map per cluster (each pair in two of them) took
// three times the memory and most of the clustering's time. A pair's
// key and sum lie side by side, so that finding one reads one cache line
// rather than one in each of two arrays.
type pairSums struct {
	slots []sumSlot
	mask  uint64
	n     int
}

type sumSlot struct {
	key uint64 // pairKey; 0: empty
	sum float64
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
	t.slots = sized(t.slots, size)
	t.mask, t.n = uint64(size-1), 0
}

func (t *pairSums) slot(k uint64) uint64 { return mix64(k) & t.mask }

// get returns the sum of pair (a, b), and whether the pair is there.
func (t *pairSums) get(a, b int32) (float64, bool) {
	k := pairKey(a, b)
	for i := t.slot(k); t.slots[i].key != 0; i = (i + 1) & t.mask {
		if t.slots[i].key == k {
			return t.slots[i].sum, true
		}
	}
	return 0, false
}

// add adds sim to the sum of pair (a, b), and reports whether the pair
// is new. The sum of a new pair is 0 + sim, as a map's would be.
func (t *pairSums) add(a, b int32, sim float64) bool {
	k := pairKey(a, b)
	i := t.slot(k)
	for ; t.slots[i].key != 0; i = (i + 1) & t.mask {
		if t.slots[i].key == k {
			t.slots[i].sum += sim
			return false
		}
	}
	if 4*(t.n+1) > 3*len(t.slots) {
		t.grow()
		return t.add(a, b, sim)
	}
	var zero float64
	t.slots[i] = sumSlot{key: k, sum: zero + sim}
	t.n++
	return true
}

// remove deletes pair (a, b), shifting back the pairs after it so that
// probing needs no tombstones, and returns its sum.
func (t *pairSums) remove(a, b int32) float64 {
	k := pairKey(a, b)
	i := t.slot(k)
	for ; t.slots[i].key != k; i = (i + 1) & t.mask {
		if t.slots[i].key == 0 {
			return 0
		}
	}
	sum := t.slots[i].sum
	t.n--
	for j := (i + 1) & t.mask; t.slots[j].key != 0; j = (j + 1) & t.mask {
		// The pair at j may fill the hole at i unless its home lies
		// cyclically in (i, j].
		if home := t.slot(t.slots[j].key); (j-home)&t.mask >= (j-i)&t.mask {
			t.slots[i] = t.slots[j]
			i = j
		}
	}
	t.slots[i] = sumSlot{}
	return sum
}

func (t *pairSums) grow() {
	old := t.slots
	t.slots = make([]sumSlot, 2*len(old))
	t.mask = uint64(len(t.slots) - 1)
	for _, s := range old {
		if s.key == 0 {
			continue
		}
		j := t.slot(s.key)
		for t.slots[j].key != 0 {
			j = (j + 1) & t.mask
		}
		t.slots[j] = s
	}
}

// each calls fn with every pair, lower index first, and its sum.
func (t *pairSums) each(fn func(a, b int32, sum float64)) {
	for _, s := range t.slots {
		if k := s.key; k != 0 {
			k--
			fn(int32(uint32(k>>32)), int32(uint32(k)), s.sum)
		}
	}
}
