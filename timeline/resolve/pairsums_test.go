package resolve

import (
	"math/rand/v2"
	"testing"
)

// TestPairSums checks the table against a map through random adds and
// removes, many of them colliding in a small table that grows, so that
// removal's back-shifting and growth are exercised.
func TestPairSums(t *testing.T) {
	for _, tt := range []struct {
		name  string
		items int32
		ops   int
	}{
		{"few items, many repeats", 6, 2000},
		{"many items, growth", 200, 20000},
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
					_, had := want[k]
					if got := tab.remove(a, b); got != want[k] || !had && got != 0 {
						t.Fatalf("op %d: remove(%d, %d) = %v, want %v", i, a, b, got, want[k])
					}
					delete(want, k)
					continue
				}
				_, had := want[k]
				want[k] += float64(i)
				if isNew := tab.add(b, a, float64(i)); isNew == had {
					t.Fatalf("op %d: add(%d, %d) new = %v, want %v", i, b, a, isNew, !had)
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
			if n != len(want) || tab.n != len(want) {
				t.Errorf("each gave %d pairs, table counts %d, want %d", n, tab.n, len(want))
			}
		})
	}
}
