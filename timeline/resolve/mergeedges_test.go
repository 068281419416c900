package resolve

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
)

// mergeEdges gives the same list whether it merges into x's spare room or
// into a new slice, and leaves y alone.
func TestMergeEdgesInPlace(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	run := func(n int) []edge {
		var out []edge
		for a := range int32(12) {
			for b := a + 1; b < 12; b++ {
				if rng.IntN(12) < n {
					out = append(out, edge{a: a, b: b, sim: float64(a*100 + b)})
				}
			}
		}
		return out
	}
	for trial := range 200 {
		x, y := run(rng.IntN(12)), run(rng.IntN(12))
		want := slices.Clone(x)
		for _, e := range y {
			if !slices.ContainsFunc(want, func(w edge) bool { return sameEdge(w, e) }) {
				want = append(want, e)
			}
		}
		slices.SortFunc(want, compareEdges)
		yCopy := slices.Clone(y)
		for _, room := range []int{0, len(y), len(y) + 3} {
			xr := append(make([]edge, 0, len(x)+room), x...)
			if got := mergeEdges(xr, y); !slices.Equal(got, want) {
				t.Fatalf("trial %d, room %d: got %v, want %v", trial, room, got, want)
			}
			if !slices.Equal(y, yCopy) {
				t.Fatalf("trial %d: y changed", trial)
			}
		}
	}
}

// bySense puts a word's block beside its first sense's, and keeps every
// block.
func TestBySense(t *testing.T) {
	senses := firstSenses("attack")
	if len(senses) == 0 {
		t.Skip("no sense for attack in the lexicon")
	}
	sense := "s:" + strconv.FormatUint(uint64(senses[0]), 10)
	keys := []string{"s:0", sense, "w:aardvarkish", "w:attack", "w:zzz"}
	got := bySense(keys)
	if !slices.Equal(slices.Sorted(slices.Values(got)), keys) {
		t.Fatalf("bySense(%v) = %v: not the same blocks", keys, got)
	}
	i, j := slices.Index(got, sense), slices.Index(got, "w:attack")
	if j-i != 1 {
		t.Errorf("bySense = %v: w:attack not right after %s", got, sense)
	}
}

// sortedRuns gives every pair of the runs added, sorted, once, whatever
// the sizes of the runs and the order they came in.
func TestSortedRuns(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for _, tt := range []struct {
		name       string
		runs, size int
	}{
		{"none", 0, 0},
		{"one", 1, 10},
		{"equal runs", 9, 20},
		{"growing runs", 17, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var s sortedRuns[cannotPair]
			var want []cannotPair
			buf := []cannotPair{}
			for r := range tt.runs {
				size := tt.size
				if size == 0 {
					size = 1 + r*r
				}
				buf = buf[:0]
				for range size {
					buf = append(buf, cannotPair{int32(rng.IntN(30)), int32(30 + rng.IntN(30))})
				}
				slices.SortFunc(buf, comparePairOf)
				buf = slices.Compact(buf)
				want = append(want, buf...)
				s.add(buf) // buf is reused: add must copy it
			}
			slices.SortFunc(want, comparePairOf)
			want = slices.Compact(want)
			if got := s.all(); !slices.Equal(got, want) {
				t.Errorf("all = %v, want %v", got, want)
			}
		})
	}
}

// keyChunks cuts the keys into runs that hold each key once, in order,
// of about equal cost.
func TestKeyChunks(t *testing.T) {
	for _, tt := range []struct {
		name  string
		sizes []int
		n     int
	}{
		{"no keys", nil, 4},
		{"fewer keys than runs", []int{3, 1}, 8},
		{"equal", []int{5, 5, 5, 5, 5, 5, 5, 5}, 4},
		{"one huge", []int{1, 1, 400, 1, 1, 1}, 3},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var keys []string
			cost := map[string]int{}
			for i, s := range tt.sizes {
				k := strconv.Itoa(100 + i)
				keys = append(keys, k)
				cost[k] = s
			}
			runs := keyChunks(keys, func(k string) int { return cost[k] }, tt.n)
			if got := slices.Concat(runs...); !slices.Equal(got, keys) {
				t.Fatalf("runs %v do not hold the keys %v in order", runs, keys)
			}
			if len(runs) > tt.n+1 {
				t.Errorf("%d runs, want at most %d", len(runs), tt.n+1)
			}
			for _, r := range runs {
				if len(r) == 0 {
					t.Errorf("an empty run in %v", runs)
				}
			}
		})
	}
}
