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
