package resolve

import "math/bits"

// pairSet is a set of pairs by their pairKey: pairSums's pairs that
// cannot link, open addressing as pairSums, 8 bytes a slot.
type pairSet struct {
	keys []uint64 // 0: empty
	n    int
}

// reset empties t and makes room for about n pairs, filled up to three
// quarters (see pairSums.reset).
func (t *pairSet) reset(n int) {
	t.keys = sized(t.keys, max(8, n+n/2))
	t.n = 0
}

func (t *pairSet) slot(k uint64) uint64          { return homeSlot(k, len(t.keys)) }
func (t *pairSet) next(i uint64) uint64          { return nextSlot(i, len(t.keys)) }
func (t *pairSet) behind(from, to uint64) uint64 { return slotsBehind(from, to, len(t.keys)) }

// homeSlot is key k's home in a table of n slots: its hash scaled to n.
func homeSlot(k uint64, n int) uint64 {
	hi, _ := bits.Mul64(mix64(k), uint64(n))
	return hi
}

// nextSlot is the slot after i in a table of n, wrapping at the end.
func nextSlot(i uint64, n int) uint64 {
	if i++; i == uint64(n) {
		return 0
	}
	return i
}

// slotsBehind is how many slots after from, wrapping at the end of a
// table of n, lies to.
func slotsBehind(from, to uint64, n int) uint64 {
	if to >= from {
		return to - from
	}
	return to + uint64(n) - from
}

// has reports whether k is in t.
func (t *pairSet) has(k uint64) bool {
	if len(t.keys) == 0 {
		return false
	}
	for i := t.slot(k); t.keys[i] != 0; i = t.next(i) {
		if t.keys[i] == k {
			return true
		}
	}
	return false
}

// insert adds k, and reports whether it is new.
func (t *pairSet) insert(k uint64) bool {
	if 4*(t.n+1) > 3*len(t.keys) {
		t.grow()
	}
	i := t.slot(k)
	for ; t.keys[i] != 0; i = t.next(i) {
		if t.keys[i] == k {
			return false
		}
	}
	t.keys[i] = k
	t.n++
	return true
}

// remove deletes k, shifting back the keys after it as pairSums.remove
// does, and reports whether it was there.
func (t *pairSet) remove(k uint64) bool {
	if t.n == 0 {
		return false
	}
	i := t.slot(k)
	for ; t.keys[i] != k; i = t.next(i) {
		if t.keys[i] == 0 {
			return false
		}
	}
	t.n--
	for j := t.next(i); t.keys[j] != 0; j = t.next(j) {
		if home := t.slot(t.keys[j]); t.behind(home, j) >= t.behind(i, j) {
			t.keys[i] = t.keys[j]
			i = j
		}
	}
	t.keys[i] = 0
	return true
}

func (t *pairSet) grow() {
	old := t.keys
	t.keys = make([]uint64, max(8, 2*len(old)))
	for _, k := range old {
		if k == 0 {
			continue
		}
		j := t.slot(k)
		for t.keys[j] != 0 {
			j = t.next(j)
		}
		t.keys[j] = k
	}
}
