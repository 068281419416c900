package perceptron

// slot is one place of a Model's open-addressing table: a feature's key
// and the range of its entries.
type slot struct {
	key        uint32
	start, end uint32
}

// Model is a trained, quantised classifier. It is read-only, so one Model
// serves any number of goroutines.
type Model struct {
	classes int
	scale   float32 // a weight is its int16 times scale
	mask    uint32
	table   []slot
	// entries packs each weight of a feature as class<<16 | uint16(weight).
	entries []uint32
	nkeys   int
}

// Classes returns the number of classes m tells apart.
func (m *Model) Classes() int { return m.classes }

// Features returns the number of features m holds a weight for.
func (m *Model) Features() int { return m.nkeys }

// Scale returns what one unit of a score is worth in the trained weights.
func (m *Model) Scale() float32 { return m.scale }

// Score sets scores[c] to the sum of the weights of feats for class c.
// scores must hold Classes() values.
func (m *Model) Score(feats []Feature, scores []int32) {
	scores = scores[:m.classes]
	clear(scores)
	for _, f := range feats {
		k := f.key()
		for i := mix(k) & m.mask; ; i = (i + 1) & m.mask {
			s := &m.table[i]
			if s.key == k {
				for _, e := range m.entries[s.start:s.end] {
					scores[e>>16] += int32(int16(uint16(e)))
				}
				break
			}
			if s.key == 0 {
				break
			}
		}
	}
}

// Best returns the class of highest score among those allowed (all when
// allowed is nil), the lowest class on ties, or -1 when none is allowed.
func Best(scores []int32, allowed []bool) int {
	best := -1
	for c, s := range scores {
		if allowed != nil && !allowed[c] {
			continue
		}
		if best < 0 || s > scores[best] {
			best = c
		}
	}
	return best
}

// mix spreads a key's bits over the table's index bits.
func mix(k uint32) uint32 {
	k ^= k >> 16
	k *= 0x7feb352d
	k ^= k >> 15
	return k
}

// FromRows returns the model of the given weights, for callers that keep
// a model's weights their own way and need its file again: keys in
// increasing order, rows[i] the weights of keys[i] as class<<16 |
// uint16(weight), by class.
func FromRows(classes int, scale float32, keys []uint32, rows [][]uint32) *Model {
	return build(classes, scale, keys, rows)
}

// build makes the table of a model from rows sorted by key.
func build(classes int, scale float32, keys []uint32, rows [][]uint32) *Model {
	size := 1
	for size < 2*len(keys) {
		size <<= 1
	}
	m := &Model{classes: classes, scale: scale, mask: uint32(size - 1), table: make([]slot, size), nkeys: len(keys)}
	total := 0
	for _, r := range rows {
		total += len(r)
	}
	m.entries = make([]uint32, 0, total)
	for i, k := range keys {
		start := uint32(len(m.entries))
		m.entries = append(m.entries, rows[i]...)
		j := mix(k) & m.mask
		for m.table[j].key != 0 {
			j = (j + 1) & m.mask
		}
		m.table[j] = slot{key: k, start: start, end: uint32(len(m.entries))}
	}
	return m
}
