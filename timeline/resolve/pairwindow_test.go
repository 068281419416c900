package resolve

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestEachPairWithin checks that eachPairWithin calls f on exactly the
// pairs of eachPair whose events share a strong component of more than
// one event, in the same order, where the windows end by the count of
// pairs, of documents and of days, and where events have no day.
func TestEachPairWithin(t *testing.T) {
	type pairXY struct{ x, y int32 }
	cases := []struct {
		name                string
		events, docs, comps int
		days, first         int32   // the days placed events fall in
		unplaced            float64 // share of events with no day (0)
	}{
		{"few events, one component", 12, 3, 1, 5, 20000, 0},
		{"many documents end the windows", 600, 400, 3, 3, 20000, 0},
		{"many pairs end the windows", 900, 2, 4, 1, 20000, 0},
		{"days end the windows", 500, 300, 5, 400, 20000, 0},
		{"events with no day", 500, 200, 6, 200, 20000, 0.3},
		{"events with no day amid the dated", 500, 200, 6, 300, -150, 0.3},
		{"every event alone", 200, 50, 200, 30, 20000, 0.1},
		{"documents in runs", 700, 40, 8, 90, 20000, 0.05},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(uint64(c.events), uint64(c.docs)))
			at := make([]spot, c.events)
			comp := make([]int32, c.events)
			for i := range at {
				at[i].doc = int32(rng.IntN(c.docs))
				if rng.Float64() >= c.unplaced {
					at[i].placed = true
					at[i].day = c.first + rng.Int32N(c.days)
				}
				// Labels as strongComponents gives them: an event's
				// component is named by its least event.
				comp[i] = int32(i)
				if k := rng.IntN(c.comps); k < i && c.comps < c.events {
					comp[i] = comp[k]
				}
			}
			size := componentSizes(comp)
			block := make([]int32, c.events)
			for i := range block {
				block[i] = int32(i)
			}
			rng.Shuffle(len(block), func(i, j int) { block[i], block[j] = block[j], block[i] })
			var want, got []pairXY
			eachPair(slices.Clone(block), at, func(x, y int32) {
				if comp[x] == comp[y] && size[comp[x]] > 1 {
					want = append(want, pairXY{x, y})
				}
			})
			sc := newWindowScratch(c.events)
			for range 2 { // the scratch is reused
				got = got[:0]
				eachPairWithin(slices.Clone(block), at, comp, size, sc, func(x, y int32) {
					got = append(got, pairXY{x, y})
				})
				if !slices.Equal(got, want) {
					t.Fatalf("eachPairWithin gave %d pairs, eachPair %d within components; first difference at %d",
						len(got), len(want), firstDiff(got, want))
				}
			}
			if c.comps < c.events && len(want) == 0 {
				t.Errorf("no pair within a component: the case tests nothing")
			}
		})
	}
}

func firstDiff[T comparable](a, b []T) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}
