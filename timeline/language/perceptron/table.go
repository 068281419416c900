package perceptron

import (
	"cmp"
	"io"
	"runtime"
	"slices"

	"github.com/storyline/storyline/timeline/language/hugepage"
)

// Table is a Model's weights laid out for speed: each feature's first
// three weights sit beside its key, in a slot of 16 bytes, so that most
// features cost one cache miss instead of the two of a Model (which keeps
// a feature's weights apart from its key). Most features have two or
// three weights; those with more keep them in over, or in dense when they
// weigh at least half the classes, and being few and common they stay in
// cache. Only the layout is kept, not the Model it came from, which would
// double the memory for the sake of WriteTo.
type Table struct {
	classes  int
	features int
	scale    float32
	homes    uint32 // the slots a search starts from (see Place)
	slots    []tslot
	over     []uint32
	dense    []int16 // rows of weights by class, see denseRow
	used     int     // slots taken
}

// tslot is a feature's hash (Spread of its key; 0: empty) and three
// weights, each class<<16 | uint16(weight). An unused weight is 0, which
// adds nothing to class 0; w[2] == overflow marks a feature whose weights
// are over[w[0]:w[0]+w[1]], w[2] == denseRow one whose weights are
// dense[w[0]:w[0]+classes]. Neither is a weight: a class is under 65535.
type tslot struct {
	x uint32
	w [3]uint32
}

func slotHash(s *tslot) uint32 { return s.x }

const (
	overflow = 0xffffffff
	denseRow = 0xfffffffe
)

// A feature with a weight for at least half the classes keeps them as a
// row of every class's weight, 0 for none: no larger than the pairs of
// class and weight, and added without reading a class for each weight.
// Such rows are the most common features' (the bias, the previous tag,
// the spelling), read for almost every word.
func isDense(row []uint32, classes int) bool {
	if len(row) <= 3 || 2*len(row) < classes {
		return false
	}
	// Only a row by class with no zero weight, as the trainer writes
	// them, comes back the same from the dense row (WriteTo).
	for i, e := range row {
		if uint16(e) == 0 || (i > 0 && e>>16 <= row[i-1]>>16) {
			return false
		}
	}
	return true
}

// NewTable lays out the weights of m.
func NewTable(m *Model) *Table {
	t := newTable(m.Features())
	t.classes, t.features, t.scale = m.Classes(), m.Features(), m.Scale()
	var key uint32
	var row []uint32
	flush := func() {
		if len(row) > 0 {
			t.insert(key, row)
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
	t.pack()
	return t
}

// tableLoad is how full a Table is made at most: one of a huge page or
// more takes every slot of its pages (the tagger's and the labeller's
// are 4 MB, 57% and 48% full, as their tables of 2^18 slots were).
var tableLoad = Load{3, 4}

// newTable returns an empty table for n features, at tableLoad.
func newTable(n int) *Table {
	// The table takes every slot of the pages it is given: they cost the
	// same, and fewer features run on past their home.
	homes := hugepage.Room[tslot](tableLoad.Homes(n)+TailRoom) - TailRoom
	t := &Table{homes: uint32(homes)}
	t.slots = hugepage.Make[tslot](t, homes+TailRoom)
	return t
}

// home returns the slot where the search for hash x starts.
func (t *Table) home(x uint32) uint32 { return Home(x, t.homes) }

// insert adds the weights of a feature not in t yet, growing the table
// first when it would be fuller than tableLoad (only ReadTable,
// trusting a count no further than the features read, lets it fill up).
func (t *Table) insert(key uint32, row []uint32) {
	if t.used++; tableLoad.Over(t.used, int(t.homes)) {
		t.grow(2*int(t.homes), TailRoom)
	}
	s := tslot{x: Spread(key)}
	switch {
	case len(row) <= 3:
		copy(s.w[:], row)
	case isDense(row, t.classes):
		s.w = [3]uint32{uint32(len(t.dense)), 0, denseRow}
		t.dense = append(t.dense, make([]int16, t.classes)...)
		d := t.dense[len(t.dense)-t.classes:]
		for _, e := range row {
			d[e>>16] = int16(uint16(e))
		}
	default:
		s.w = [3]uint32{uint32(len(t.over)), uint32(len(row)), overflow}
		t.over = append(t.over, row...)
	}
	for !Place(t.slots, s, s.x, t.home(s.x), slotHash) {
		// The features of the last homes ran on to the end.
		t.grow(int(t.homes), 2*(len(t.slots)-int(t.homes)))
	}
}

// grow lays the table out again over homes slots and tail more, keeping
// each slot's weights as they are.
func (t *Table) grow(homes, tail int) {
	t.homes = uint32(homes)
	t.slots = Relayout(t, t.slots, homes, tail, slotHash)
}

// pack drops the room that appending left after the over and dense rows.
func (t *Table) pack() {
	t.over, t.dense = slices.Clip(slices.Clone(t.over)), slices.Clip(slices.Clone(t.dense))
}

// Classes returns the number of classes.
func (t *Table) Classes() int { return t.classes }

// Features returns the number of features with a weight.
func (t *Table) Features() int { return t.features }

// Scale returns the factor of the Model's weights.
func (t *Table) Scale() float32 { return t.scale }

// Score sets scores[c] to the sum of the weights of feats for class c.
func (t *Table) Score(feats []Feature, scores []int32) {
	clear(scores[:t.classes])
	t.Add(feats, scores)
}

// Add adds the weights of feats for class c to scores[c].
func (t *Table) Add(feats []Feature, scores []int32) {
	scores = scores[:t.classes]
	for len(feats) > maxBatch {
		t.add(feats[:maxBatch], scores)
		feats = feats[maxBatch:]
	}
	t.add(feats, scores)
}

// maxBatch is how many features add looks up at once: more than a word or
// an arc has.
const maxBatch = 64

// add is Add of at most maxBatch features.
func (t *Table) add(feats []Feature, scores []int32) {
	// Most lookups miss the cache. Touching every feature's first slot
	// before reading any lets the processor wait for all those misses at
	// once: the loads depend on nothing and the loop has no branch to
	// mispredict, where the probing loop below waits for each in turn.
	// Each feature's hash and first slot are kept for the probing loop.
	var xs, first [maxBatch]uint32
	var touched uint32
	for j, f := range feats {
		x := Spread(f.Key())
		i := t.home(x)
		xs[j], first[j] = x, i
		touched |= t.slots[i].x
	}
	if touched == 0 {
		return // every first slot is empty: no feature has a weight
	}
	// A feature with more than three weights keeps them apart, in over
	// or dense: a second miss. The slots found are kept and those rows'
	// ends touched before any weight is added, so that these misses
	// overlap as well; added as each was found, one row's misses waited
	// behind the adds of the row before.
	var found [maxBatch]*tslot
	var far uint32
	n := 0
	for j := range feats {
		x := xs[j]
		for i := first[j]; ; i++ {
			s := &t.slots[i]
			if s.x == x {
				switch s.w[2] {
				case overflow:
					far |= t.over[s.w[0]] | t.over[s.w[0]+s.w[1]-1]
				case denseRow:
					far |= uint32(t.dense[s.w[0]]) | uint32(t.dense[s.w[0]+uint32(t.classes)-1])
				}
				found[n] = s
				n++
				break
			}
			if Past(x, s.x) {
				break
			}
		}
	}
	runtime.KeepAlive(far) // the reads are the point: keep them
	for _, s := range found[:n] {
		switch s.w[2] {
		default:
			for _, e := range s.w {
				scores[e>>16] += int32(int16(uint16(e)))
			}
		case overflow:
			for _, e := range t.over[s.w[0] : s.w[0]+s.w[1]] {
				scores[e>>16] += int32(int16(uint16(e)))
			}
		case denseRow:
			addDense(scores, t.dense[s.w[0]:s.w[0]+uint32(len(scores))])
		}
	}
	runtime.KeepAlive(t) // its slots may lie outside the heap (hugepage)
}

// addDense adds row[c] to scores[c] for every class c.
func addDense(scores []int32, row []int16) {
	row = row[:len(scores)] // one bounds check for the loop
	for c := range scores {
		scores[c] += int32(row[c])
	}
}

// WriteTo writes the table as the Model it was laid out from.
func (t *Table) WriteTo(w io.Writer) (int64, error) {
	type row struct {
		key uint32
		w   []uint32
	}
	rows := make([]row, 0, t.features)
	for i := range t.slots {
		s := &t.slots[i]
		switch {
		case s.x == 0:
		case s.w[2] == overflow:
			rows = append(rows, row{Unspread(s.x), t.over[s.w[0] : s.w[0]+s.w[1]]})
		case s.w[2] == denseRow:
			var ws []uint32
			for c, w := range t.dense[s.w[0] : s.w[0]+uint32(t.classes)] {
				if w != 0 {
					ws = append(ws, uint32(c)<<16|uint32(uint16(w)))
				}
			}
			rows = append(rows, row{Unspread(s.x), ws})
		default:
			// A kept weight is never 0 (the trainer drops those), so the
			// zeros are the unused places.
			k := 0
			for k < len(s.w) && s.w[k] != 0 {
				k++
			}
			rows = append(rows, row{Unspread(s.x), s.w[:k]})
		}
	}
	slices.SortFunc(rows, func(a, b row) int { return cmp.Compare(a.key, b.key) })
	keys, ws := make([]uint32, len(rows)), make([][]uint32, len(rows))
	for i, r := range rows {
		keys[i], ws[i] = r.key, r.w
	}
	return FromRows(t.classes, t.scale, keys, ws).WriteTo(w)
}
