package perceptron

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestUnspread(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	keys := []uint32{0, 1, 2, 0xffffffff, 0x80000000}
	for range 10000 {
		keys = append(keys, r.Uint32())
	}
	for _, k := range keys {
		if got := Unspread(Spread(k)); got != k {
			t.Fatalf("Unspread(Spread(%#x)) = %#x", k, got)
		}
	}
	if Spread(0) != 0 {
		t.Errorf("Spread(0) = %#x, want 0 (the empty slot)", Spread(0))
	}
}

// lookup is the search of Table.add and of the parser's table.
func lookup(slots []uint32, homes uint32, x uint32) bool {
	for i := Home(x, homes); ; i++ {
		if slots[i] == x {
			return true
		}
		if Past(x, slots[i]) {
			return false
		}
	}
}

// Features placed in any order, up to a table all but full, lie in order
// of hash with the last slot empty, the same whatever the order; every
// one is found and no other.
func TestPlace(t *testing.T) {
	hash := func(s *uint32) uint32 { return *s }
	r := rand.New(rand.NewPCG(3, 4))
	for _, tc := range []struct{ n, homes int }{{1, 1}, {10, 16}, {1000, 1024}, {5000, 5001}, {30000, 40000}} {
		present := map[uint32]bool{}
		var xs []uint32
		for len(xs) < tc.n {
			x := Spread(r.Uint32())
			if x != 0 && !present[x] {
				present[x] = true
				xs = append(xs, x)
			}
		}
		var layouts [][]uint32
		for range 2 {
			tail := TailRoom
		again:
			slots := make([]uint32, tc.homes+tail)
			for _, x := range xs {
				if !Place(slots, x, x, Home(x, uint32(tc.homes)), hash) {
					tail *= 2
					goto again
				}
			}
			layouts = append(layouts, slots)
			r.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
		}
		slots := layouts[0]
		if !slices.Equal(layouts[0], layouts[1]) {
			t.Errorf("%d features over %d homes: the layout depends on the order of placing", tc.n, tc.homes)
		}
		if slots[len(slots)-1] != 0 {
			t.Errorf("%d features over %d homes: the last slot is taken", tc.n, tc.homes)
		}
		var placed []uint32
		for _, s := range slots {
			if s != 0 {
				placed = append(placed, s)
			}
		}
		if len(placed) != tc.n || !slices.IsSorted(placed) {
			t.Fatalf("%d features over %d homes: %d placed, in order %v", tc.n, tc.homes, len(placed), slices.IsSorted(placed))
		}
		for _, x := range xs {
			if !lookup(slots, uint32(tc.homes), x) {
				t.Fatalf("%d features over %d homes: %#x not found", tc.n, tc.homes, x)
			}
		}
		for range 10000 {
			if x := Spread(r.Uint32()); x != 0 && lookup(slots, uint32(tc.homes), x) != present[x] {
				t.Fatalf("%d features over %d homes: %#x found: %v, want %v", tc.n, tc.homes, x, !present[x], present[x])
			}
		}
	}
}

// A table nearly full scores as the Model it was laid out from.
func TestTableFull(t *testing.T) {
	defer func(l Load) { tableLoad = l }(tableLoad)
	tableLoad = Load{99, 100}
	m := wideModel(t)
	tb := NewTable(m)
	if n := m.Features(); n < 99*int(tb.homes)/100-1 {
		t.Fatalf("%d features over %d homes", n, tb.homes)
	}
	a, b := make([]int32, m.Classes()), make([]int32, m.Classes())
	m.EachWeight(func(key uint32, _ int, _ int16) {
		f := []Feature{Feature(key), Feature(uint64(key) << 32), Feature(uint64(key) * 31)}
		tb.Score(f, a)
		m.Score(f, b)
		if !slices.Equal(a, b) {
			t.Fatalf("key %d scores %v, the model's %v", key, a, b)
		}
	})
}
