package resolve

import (
	"math/rand/v2"
	"slices"
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
