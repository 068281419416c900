package resolve

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

// Sorting the indexes and permuting puts the elements where sorting them
// would, ties included: the same sort makes the same comparisons.
func TestSortedOrderPermute(t *testing.T) {
	type item struct{ key, tag int }
	byKey := func(a, b item) int { return cmp.Compare(a.key, b.key) }
	rng := rand.New(rand.NewPCG(1, 2))
	for _, tt := range []struct {
		name    string
		n, keys int
	}{
		{"empty", 0, 1},
		{"one", 1, 1},
		{"distinct", 50, 1000},
		{"many ties", 300, 4},
		{"all equal", 100, 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := make([]item, tt.n)
			for i := range s {
				s[i] = item{key: rng.IntN(tt.keys), tag: i}
			}
			want := slices.Clone(s)
			slices.SortFunc(want, byKey)
			got := slices.Clone(s)
			permute(got, sortedOrder(got, byKey))
			if !slices.Equal(got, want) {
				t.Errorf("permuted %v, want %v", got, want)
			}
		})
	}
}
