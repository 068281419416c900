package tagger

import (
	"cmp"
	"io"
	"slices"

	"github.com/storyline/storyline/timeline/language/perceptron"
)

// net is one of a Model's perceptrons: its weights laid out for scoring.
// Only the layout is kept, not the perceptron.Model it came from, which
// would double the memory of a tagger for the sake of WriteTo.
type net struct {
	*table
	features int
	scale    float32
}

func newNet(pm *perceptron.Model) *net {
	return &net{table: newTable(pm), features: pm.Features(), scale: pm.Scale()}
}

// writeTo writes the net as the perceptron.Model it was laid out from.
func (n *net) writeTo(w io.Writer) (int64, error) {
	type row struct {
		key uint32
		w   []uint32
	}
	rows := make([]row, 0, n.features)
	for i := range n.slots {
		s := &n.slots[i]
		switch {
		case s.key == 0:
		case s.w[2] == overflow:
			rows = append(rows, row{s.key, n.over[s.w[0] : s.w[0]+s.w[1]]})
		default:
			// A kept weight is never 0 (the trainer drops those), so the
			// zeros are the unused places.
			k := 0
			for k < len(s.w) && s.w[k] != 0 {
				k++
			}
			rows = append(rows, row{s.key, s.w[:k]})
		}
	}
	slices.SortFunc(rows, func(a, b row) int { return cmp.Compare(a.key, b.key) })
	keys, ws := make([]uint32, len(rows)), make([][]uint32, len(rows))
	for i, r := range rows {
		keys[i], ws[i] = r.key, r.w
	}
	return perceptron.FromRows(n.classes, n.scale, keys, ws).WriteTo(w)
}

// table lays out the weights of a perceptron.Model for speed: each
// feature's first three weights sit beside its key, in a slot of 16 bytes,
// so that the features of most words cost one cache miss instead of two
// (a perceptron.Model keeps a feature's weights apart from its key). Most
// features have two or three weights; those with more keep them in over,
// and being few and common they stay in cache.
type table struct {
	classes int
	mask    uint32
	slots   []tslot
	over    []uint32
}

// tslot is a feature's key (0: empty) and three weights, each
// class<<16 | uint16(weight). An unused weight is 0, which adds nothing
// to class 0; w[2] == overflow marks a feature whose weights are
// over[w[0]:w[0]+w[1]].
type tslot struct {
	key uint32
	w   [3]uint32
}

const overflow = 0xffffffff

// newTable lays out the weights of m.
func newTable(m *perceptron.Model) *table {
	size := 1
	for size*7 < m.Features()*10 {
		size <<= 1
	}
	t := &table{classes: m.Classes(), mask: uint32(size - 1), slots: make([]tslot, size)}
	var key uint32
	var row []uint32
	flush := func() {
		if len(row) == 0 {
			return
		}
		i := spread(key) & t.mask
		for t.slots[i].key != 0 {
			i = (i + 1) & t.mask
		}
		s := &t.slots[i]
		s.key = key
		if len(row) <= 3 {
			copy(s.w[:], row)
		} else {
			s.w = [3]uint32{uint32(len(t.over)), uint32(len(row)), overflow}
			t.over = append(t.over, row...)
		}
		row = row[:0]
	}
	m.EachWeight(func(k uint32, class int, w int16) {
		if k != key {
			flush()
			key = k
		}
		row = append(row, uint32(class)<<16|uint32(uint16(w)))
	})
	flush()
	return t
}

// score sets scores[c] to the sum of the weights of feats for class c.
func (t *table) score(feats []perceptron.Feature, scores []int32) {
	clear(scores[:t.classes])
	t.add(feats, scores)
}

// add adds the weights of feats for class c to scores[c].
func (t *table) add(feats []perceptron.Feature, scores []int32) {
	scores = scores[:t.classes]
	for _, f := range feats {
		k := f.Key()
		for i := spread(k) & t.mask; ; i = (i + 1) & t.mask {
			s := &t.slots[i]
			if s.key == k {
				if s.w[2] != overflow {
					for _, e := range s.w {
						scores[e>>16] += int32(int16(uint16(e)))
					}
				} else {
					for _, e := range t.over[s.w[0] : s.w[0]+s.w[1]] {
						scores[e>>16] += int32(int16(uint16(e)))
					}
				}
				break
			}
			if s.key == 0 {
				break
			}
		}
	}
}

// spread mixes a key's bits into the table's index bits.
func spread(k uint32) uint32 {
	k ^= k >> 16
	k *= 0x45d9f3b
	k ^= k >> 16
	return k
}
