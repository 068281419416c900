package depparse

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"github.com/storyline/storyline/timeline/language/hugepage"
	"io"
	"runtime"
	"slices"

	"github.com/storyline/storyline/timeline/language/perceptron"
)

// inline is the model of the three transitions, with each feature's
// weights beside its key: one cache miss per feature instead of the two of
// a perceptron.Model (slot, then entries). Scoring transitions is most of
// the parser's time, and this makes the parser about 30% faster; keeping
// only this copy halves the model's memory.
type inline struct {
	mask  uint32
	slots []inlineSlot
	n     int // features
}

type inlineSlot struct {
	key uint32 // 0: empty
	w   [nTrans]int16
}

// newInline lays out the weights of m, a model of nTrans classes.
func newInline(m *perceptron.Model) *inline {
	rows := map[uint32]*inlineSlot{}
	m.EachWeight(func(key uint32, class int, w int16) {
		r := rows[key]
		if r == nil {
			r = &inlineSlot{key: key}
			rows[key] = r
		}
		r.w[class] = w
	})
	list := make([]inlineSlot, 0, len(rows))
	for _, r := range rows {
		list = append(list, *r)
	}
	return buildInline(list)
}

// buildInline makes the table of the features in rows.
func buildInline(rows []inlineSlot) *inline {
	t := newInlineTable(len(rows))
	for _, r := range rows {
		t.insert(r)
	}
	return t
}

// newInlineTable returns an empty table for n features: at most half
// full, so that looking up an absent feature, which most are, stops
// within a probe or two.
func newInlineTable(n int) *inline {
	size := 1
	for size < 2*n {
		size <<= 1
	}
	return &inline{mask: uint32(size - 1), slots: hugepage.Make[inlineSlot](size)}
}

// insert adds a feature not in t yet, doubling the table first when it
// would be more than half full.
func (t *inline) insert(r inlineSlot) {
	if t.n++; 2*t.n > len(t.slots) {
		old := t.slots
		t.slots = hugepage.Make[inlineSlot](2 * len(old))
		t.mask = uint32(len(t.slots) - 1)
		for _, s := range old {
			if s.key != 0 {
				t.place(s)
			}
		}
	}
	t.place(r)
}

func (t *inline) place(r inlineSlot) {
	i := spread(r.key) & t.mask
	for t.slots[i].key != 0 {
		i = (i + 1) & t.mask
	}
	t.slots[i] = r
}

// Score sets scores[c] to the sum of the weights of feats for class c.
func (t *inline) Score(feats []perceptron.Feature, scores []int32) {
	if len(feats) > maxScored {
		t.Score(feats[maxScored:], scores)
		s0, s1, s2 := scores[0], scores[1], scores[2]
		t.Score(feats[:maxScored], scores)
		scores[0], scores[1], scores[2] = scores[0]+s0, scores[1]+s1, scores[2]+s2
		return
	}
	// Most lookups miss the cache. Touching every feature's first slot
	// before reading any lets the processor wait for all those misses at
	// once: the loads depend on nothing and the loop has no branch to
	// mispredict, where the probing loop below waits for each in turn.
	// Each feature's key and first slot are kept for that loop.
	var keys, first [maxScored]uint32
	var touched uint32
	for j, f := range feats {
		k := f.Key()
		i := spread(k) & t.mask
		keys[j], first[j] = k, i
		touched |= t.slots[i].key
	}
	var s0, s1, s2 int32
	if touched == 0 {
		// Every first slot is empty: no feature has a weight.
		scores[0], scores[1], scores[2] = 0, 0, 0
		return
	}
	for j := range feats {
		k := keys[j]
		for i := first[j]; ; i = (i + 1) & t.mask {
			s := &t.slots[i]
			if s.key == k {
				s0 += int32(s.w[0])
				s1 += int32(s.w[1])
				s2 += int32(s.w[2])
				break
			}
			if s.key == 0 {
				break
			}
		}
	}
	scores[0], scores[1], scores[2] = s0, s1, s2
}

// maxScored is how many features Score looks up at once: more than a
// transition has.
const maxScored = 96

// spread mixes a key's bits into the table's index bits.
func spread(k uint32) uint32 {
	k ^= k >> 16
	k *= 0x45d9f3b
	k ^= k >> 16
	return k
}

// writeTo writes the number of features, then each feature in key order:
// its key and its three weights.
func (t *inline) writeTo(w *bufio.Writer) {
	rows := make([]inlineSlot, 0, t.n)
	for _, s := range t.slots {
		if s.key != 0 {
			rows = append(rows, s)
		}
	}
	slices.SortFunc(rows, func(a, b inlineSlot) int { return cmpKey(a.key, b.key) })
	var b [4 + 2*nTrans]byte
	le := binary.LittleEndian
	le.PutUint32(b[:], uint32(len(rows)))
	w.Write(b[:4])
	for _, r := range rows {
		le.PutUint32(b[:], r.key)
		for c, x := range r.w {
			le.PutUint16(b[4+2*c:], uint16(x))
		}
		w.Write(b[:])
	}
}

// readInline reads what writeTo wrote, each feature straight into its
// slot. The table grows with the features read, so a damaged count cannot
// make it allocate more than the file holds.
func readInline(r io.Reader) (*inline, error) {
	var b [4 + 2*nTrans]byte
	le := binary.LittleEndian
	if _, err := io.ReadFull(r, b[:4]); err != nil {
		return nil, fmt.Errorf("%w: transitions: %v", ErrCorrupt, err)
	}
	n := le.Uint32(b[:])
	if n > maxFeatures {
		return nil, fmt.Errorf("%w: %d transition features", ErrCorrupt, n)
	}
	t := newInlineTable(int(min(n, firstFeatures)))
	// The features are read a block at a time: read one by one, the
	// reads and the checksum's updates of ten bytes took longer than
	// laying the features out.
	const size = len(b)
	block := make([]byte, size*int(min(n, readBlock)))
	last := uint32(0)
	for first := uint32(0); first < n; first += readBlock {
		buf := block[:size*int(min(n-first, readBlock))]
		if m, err := io.ReadFull(r, buf); err != nil {
			return nil, fmt.Errorf("%w: transition feature %d of %d: %v", ErrCorrupt, first+uint32(m/size), n, err)
		}
		// Each feature lands somewhere in a table of megabytes, a cache
		// miss; reading the block's first slots before placing any lets
		// those misses overlap, as in Score (a fifth of the time it takes
		// to read the embedded models).
		var taken uint32
		for j := 0; j < len(buf); j += size {
			taken |= t.slots[spread(le.Uint32(buf[j:]))&t.mask].key
		}
		runtime.KeepAlive(taken) // the reads are the point: keep them
		for j := 0; j < len(buf); j += size {
			i := first + uint32(j/size)
			s := inlineSlot{key: le.Uint32(buf[j:])}
			if s.key == 0 || (i > 0 && s.key <= last) {
				return nil, fmt.Errorf("%w: transition feature %d out of order", ErrCorrupt, i)
			}
			for c := range s.w {
				s.w[c] = int16(le.Uint16(buf[j+4+2*c:]))
			}
			t.insert(s)
			last = s.key
		}
	}
	return t, nil
}

// readBlock is how many features readInline reads at once.
const readBlock = 4096

// firstFeatures bounds the features readInline makes room for before they
// are read.
var firstFeatures uint32 = 1 << 21

func cmpKey(a, b uint32) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
