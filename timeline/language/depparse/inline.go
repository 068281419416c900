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
	homes uint32 // the slots a search starts from (see perceptron.Place)
	slots []inlineSlot
	n     int // features
}

// inlineSlot is a feature's hash (perceptron.Spread of its key; 0:
// empty), low half first, and its weights: 10 bytes, where a uint32 hash
// would align the slot to 12.
type inlineSlot struct {
	x [2]uint16
	w [nTrans]int16
}

func (s *inlineSlot) hash() uint32 { return uint32(s.x[0]) | uint32(s.x[1])<<16 }

func newSlot(key uint32) inlineSlot {
	x := perceptron.Spread(key)
	return inlineSlot{x: [2]uint16{uint16(x), uint16(x >> 16)}}
}

// newInline lays out the weights of m, a model of nTrans classes.
func newInline(m *perceptron.Model) *inline {
	rows := map[uint32]*inlineSlot{}
	m.EachWeight(func(key uint32, class int, w int16) {
		r := rows[key]
		if r == nil {
			s := newSlot(key)
			r = &s
			rows[key] = r
		}
		r.w[class] = w
	})
	t := newInlineTable(len(rows))
	for _, r := range rows {
		t.insert(*r) // the layout does not depend on the order
	}
	return t
}

// inlineLoad is how full the table is made: fuller tables were slower,
// each lookup reading further (see doc.go).
var inlineLoad = perceptron.Load{Num: 1, Den: 2}

// newInlineTable returns an empty table for n features, at inlineLoad.
func newInlineTable(n int) *inline {
	// The table takes every slot of the pages it is given: they cost the
	// same, and fewer features run on past their home.
	homes := hugepage.Room[inlineSlot](inlineLoad.Homes(n)+perceptron.TailRoom) - perceptron.TailRoom
	t := &inline{homes: uint32(homes)}
	t.slots = hugepage.Make[inlineSlot](t, homes+perceptron.TailRoom)
	return t
}

func (t *inline) home(x uint32) uint32 { return perceptron.Home(x, t.homes) }

// insert adds a feature not in t yet, growing the table first when it
// would be fuller than inlineLoad.
func (t *inline) insert(r inlineSlot) {
	if t.n++; inlineLoad.Over(t.n, int(t.homes)) {
		t.grow(2*int(t.homes), perceptron.TailRoom)
	}
	for x := r.hash(); !perceptron.Place(t.slots, r, x, t.home(x), (*inlineSlot).hash); {
		// The features of the last homes ran on to the end.
		t.grow(int(t.homes), 2*(len(t.slots)-int(t.homes)))
	}
}

// grow lays the table out again over homes slots and tail more.
func (t *inline) grow(homes, tail int) {
	t.homes = uint32(homes)
	t.slots = perceptron.Relayout(t, t.slots, homes, tail, (*inlineSlot).hash)
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
	var xs, first [maxScored]uint32
	touched := t.touch(feats, &xs, &first)
	var s0, s1, s2 int32
	if touched == 0 {
		// Every first slot is empty: no feature has a weight.
		scores[0], scores[1], scores[2] = 0, 0, 0
		return
	}
	for j := range feats {
		x := xs[j]
		for i := first[j]; ; i++ {
			s := &t.slots[i]
			sx := s.hash()
			if sx == x {
				s0 += int32(s.w[0])
				s1 += int32(s.w[1])
				s2 += int32(s.w[2])
				break
			}
			if perceptron.Past(x, sx) {
				break
			}
		}
	}
	scores[0], scores[1], scores[2] = s0, s1, s2
	runtime.KeepAlive(t) // its slots may lie outside the heap (hugepage)
}

// maxScored is how many features Score looks up at once: more than a
// transition has.
const maxScored = 96

// writeTo writes the number of features, then each feature in key order:
// its key and its three weights.
func (t *inline) writeTo(w *bufio.Writer) {
	type row struct {
		key uint32
		w   [nTrans]int16
	}
	rows := make([]row, 0, t.n)
	for i := range t.slots {
		if x := t.slots[i].hash(); x != 0 {
			rows = append(rows, row{perceptron.Unspread(x), t.slots[i].w})
		}
	}
	slices.SortFunc(rows, func(a, b row) int { return cmpKey(a.key, b.key) })
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
			taken |= t.slots[t.home(perceptron.Spread(le.Uint32(buf[j:])))].hash()
		}
		runtime.KeepAlive(taken) // the reads are the point: keep them
		for j := 0; j < len(buf); j += size {
			i := first + uint32(j/size)
			key := le.Uint32(buf[j:])
			if key == 0 || (i > 0 && key <= last) {
				return nil, fmt.Errorf("%w: transition feature %d out of order", ErrCorrupt, i)
			}
			s := newSlot(key)
			for c := range s.w {
				s.w[c] = int16(le.Uint16(buf[j+4+2*c:]))
			}
			t.insert(s)
			last = key
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

// touch reads the first slot of each of feats (at most maxScored), so
// that their cache misses overlap, keeping each feature's key in xs and
// first slot in first; it returns the OR of the keys found there, 0 when
// every slot is empty.
func (t *inline) touch(feats []perceptron.Feature, xs, first *[maxScored]uint32) uint32 {
	var touched uint32
	for j, f := range feats {
		x := perceptron.Spread(f.Key())
		i := t.home(x)
		xs[j], first[j] = x, i
		touched |= t.slots[i].hash()
	}
	return touched
}
