package resolve

import (
	"math/rand/v2"
	"testing"
)

// TestPairSums checks the table against a map through random adds and
// removes, many of them colliding in a small table that grows, so that
// removal's back-shifting and growth are exercised, and some of them
// cannot-links, which a pair's sum keeps whatever is added to it.
func TestPairSums(t *testing.T) {
	for _, tt := range []struct {
		name     string
		items    int32
		ops      int
		cannotIn int // one add in cannotIn is a cannot-link; 0: none
	}{
		{"few items, many repeats", 6, 2000, 0},
		{"many items, growth", 200, 20000, 0},
		{"few items, cannot-links", 6, 2000, 4},
		{"many items, growth, cannot-links", 200, 20000, 3},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(3, uint64(tt.items)))
			tab := newPairSums(1)
			want := map[[2]int32]float64{}
			for i := range tt.ops {
				a, b := rng.Int32N(tt.items), rng.Int32N(tt.items)
				if a == b {
					continue
				}
				k := [2]int32{min(a, b), max(a, b)}
				if rng.IntN(3) == 0 {
					w, had := want[k]
					if got, found := tab.take(a, b); got != w || found != had {
						t.Fatalf("op %d: take(%d, %d) = %v, %v; want %v, %v", i, a, b, got, found, w, had)
					}
					delete(want, k)
					continue
				}
				sim := float64(i)
				if tt.cannotIn > 0 && rng.IntN(tt.cannotIn) == 0 {
					sim = cannotLink
				}
				_, had := want[k]
				want[k] += sim
				if sum, isNew := tab.addSum(b, a, sim); isNew == had || sum != want[k] {
					t.Fatalf("op %d: addSum(%d, %d) = %v, %v; want %v, %v", i, b, a, sum, isNew, want[k], !had)
				}
			}
			for a := range tt.items {
				for b := range tt.items {
					w, ok := want[[2]int32{min(a, b), max(a, b)}]
					if got, found := tab.get(a, b); a != b && (got != w || found != ok) {
						t.Fatalf("get(%d, %d) = %v, %v; want %v, %v", a, b, got, found, w, ok)
					}
				}
			}
			n := 0
			tab.each(func(a, b int32, sum float64) {
				n++
				if a >= b || want[[2]int32{a, b}] != sum {
					t.Errorf("each gave (%d, %d) = %v, want lower first and %v", a, b, sum, want[[2]int32{a, b}])
				}
			})
			if n != len(want) || tab.len() != len(want) {
				t.Errorf("each gave %d pairs, table counts %d, want %d", n, tab.len(), len(want))
			}
		})
	}
}

// TestPairSumsKeepsCannotLinksApart checks that the pairs that cannot
// link take no slot with a sum: they are most of the clustering's pairs,
// and need none.
func TestPairSumsKeepsCannotLinksApart(t *testing.T) {
	for _, tt := range []struct {
		name           string
		scored, cannot int32
	}{
		{"cannot-links only", 0, 1000},
		{"a few scored among many cannot-links", 50, 1000},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tab := newPairSums(int(tt.scored))
			for i := range tt.scored {
				tab.add(i, i+1, 0.5)
			}
			for i := range tt.cannot {
				tab.add(tt.scored+i, tt.scored+i+1, cannotLink)
			}
			// Filled up to three quarters, a table of the scored pairs
			// alone has fewer than twice their slots.
			if limit := max(8, 2*int(tt.scored)); len(tab.slots) > limit {
				t.Errorf("%d slots with sums for %d scored pairs, want at most %d", len(tab.slots), tt.scored, limit)
			}
			if got, ok := tab.get(tt.scored, tt.scored+1); !ok || got != cannotLink {
				t.Errorf("get of a cannot-link = %v, %v; want cannotLink, true", got, ok)
			}
		})
	}
}
