package resolve

// pairSums maps the unordered pairs of a component's clusters to their
// summed similarity: one open-addressing table for the whole component,
// 16 bytes a slot, where a map per cluster (each pair in two of them) took
// three times the memory and most of the clustering's time. A pair's
// key and sum lie side by side, so that finding one reads one cache line
// rather than one in each of two arrays.
//
// The pairs that cannot link, whose sum is cannotLink whatever is added
// to it, are kept apart as keys alone: they are most of a component's
// pairs (four in five of the largest of the benchmark corpus), and a
// slot of theirs took twice the memory it needs.
type pairSums struct {
	slots []sumSlot
	n     int // pairs in slots; len counts those apart too
	apart pairSet
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
	t.reset(n, 0)
	return t
}

// len is how many pairs t holds.
func (t *pairSums) len() int { return t.n + t.apart.n }

// reset empties t and makes room for about n pairs, reusing its memory
// when that is enough. The table is filled up to three quarters: the
// largest component's table is the clustering's peak (32 MB of the
// benchmark corpus's at most half full, 16 MB filled up to three
// quarters), and a component's pairs only grow fewer as its clusters
// merge. It is made two thirds full rather than of a power of two, which
// left the largest 40% full (16 MB where 10 do; the two largest
// components, clustered at once, held 24 MB, 17 now).
//
// apart is about how many of them cannot link.
func (t *pairSums) reset(n, apart int) {
	t.slots = sized(t.slots, max(8, n+n/2))
	t.n = 0
	t.apart.reset(apart)
}

// slot, next and behind walk t's slots (see homeSlot).
func (t *pairSums) slot(k uint64) uint64          { return homeSlot(k, len(t.slots)) }
func (t *pairSums) next(i uint64) uint64          { return nextSlot(i, len(t.slots)) }
func (t *pairSums) behind(from, to uint64) uint64 { return slotsBehind(from, to, len(t.slots)) }

// get returns the sum of pair (a, b), and whether the pair is there.
func (t *pairSums) get(a, b int32) (float64, bool) {
	k := pairKey(a, b)
	for i := t.slot(k); t.slots[i].key != 0; i = t.next(i) {
		if t.slots[i].key == k {
			return t.slots[i].sum, true
		}
	}
	if t.apart.has(k) {
		return cannotLink, true
	}
	return 0, false
}

// add adds sim to the sum of pair (a, b), and reports whether the pair
// is new. The sum of a new pair is 0 + sim, as a map's would be.
func (t *pairSums) add(a, b int32, sim float64) bool {
	_, isNew := t.addSum(a, b, sim)
	return isNew
}

// addSum is add that also returns the pair's sum after it, so that the
// caller need not look the pair up again.
func (t *pairSums) addSum(a, b int32, sim float64) (float64, bool) {
	k := pairKey(a, b)
	if sim == cannotLink {
		// A sum with cannotLink is cannotLink: the pair goes apart.
		_, had := t.takeKey(k)
		return cannotLink, t.apart.insert(k) && !had
	}
	if t.apart.n > 0 && t.apart.has(k) {
		return cannotLink, false
	}
	i := t.slot(k)
	for ; t.slots[i].key != 0; i = t.next(i) {
		if t.slots[i].key == k {
			t.slots[i].sum += sim
			return t.slots[i].sum, false
		}
	}
	if 4*(t.n+1) > 3*len(t.slots) {
		t.grow()
		return t.addSum(a, b, sim)
	}
	var zero float64
	t.slots[i] = sumSlot{key: k, sum: zero + sim}
	t.n++
	return t.slots[i].sum, true
}

// remove deletes pair (a, b), shifting back the pairs after it so that
// probing needs no tombstones, and returns its sum.
func (t *pairSums) remove(a, b int32) float64 {
	sum, _ := t.take(a, b)
	return sum
}

// take is remove that also reports whether the pair was there.
func (t *pairSums) take(a, b int32) (float64, bool) {
	k := pairKey(a, b)
	if sum, ok := t.takeKey(k); ok {
		return sum, true
	}
	if t.apart.remove(k) {
		return cannotLink, true
	}
	return 0, false
}

// takeKey removes the pair of key k from the slots, not those apart,
// and returns its sum.
func (t *pairSums) takeKey(k uint64) (float64, bool) {
	i := t.slot(k)
	for ; t.slots[i].key != k; i = t.next(i) {
		if t.slots[i].key == 0 {
			return 0, false
		}
	}
	sum := t.slots[i].sum
	t.n--
	for j := t.next(i); t.slots[j].key != 0; j = t.next(j) {
		// The pair at j may fill the hole at i unless its home lies
		// cyclically in (i, j].
		if home := t.slot(t.slots[j].key); t.behind(home, j) >= t.behind(i, j) {
			t.slots[i] = t.slots[j]
			i = j
		}
	}
	t.slots[i] = sumSlot{}
	return sum, true
}

func (t *pairSums) grow() {
	old := t.slots
	t.slots = make([]sumSlot, 2*len(old))
	for _, s := range old {
		if s.key == 0 {
			continue
		}
		j := t.slot(s.key)
		for t.slots[j].key != 0 {
			j = t.next(j)
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
	for _, k := range t.apart.keys {
		if k != 0 {
			k--
			fn(int32(uint32(k>>32)), int32(uint32(k)), cannotLink)
		}
	}
}
