package resolve

import (
	"cmp"
	"github.com/storyline/storyline/timeline"
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
			permute(got, sortedOrder(got, func(a, b *item) int { return byKey(*a, *b) }))
			if !slices.Equal(got, want) {
				t.Errorf("permuted %v, want %v", got, want)
			}
		})
	}
}

// disambiguateIDs gives the events that share an id the id and -2, -3 …
// in the order of their content, and leaves the others alone.
func TestDisambiguateIDs(t *testing.T) {
	ev := func(id, summary string) timeline.Event { return timeline.Event{ID: id, Summary: summary} }
	for _, tt := range []struct {
		name    string
		events  []timeline.Event
		wantIDs []string
	}{
		{"none", nil, nil},
		{"distinct", []timeline.Event{ev("e-1", "x"), ev("e-2", "y")}, []string{"e-1", "e-2"}},
		{"shared", []timeline.Event{ev("e-1", "c"), ev("e-2", "y"), ev("e-1", "a"), ev("e-3", "z"), ev("e-2", "b"), ev("e-1", "b")},
			[]string{"e-1-3", "e-2-2", "e-1", "e-3", "e-2", "e-1-2"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			disambiguateIDs(tt.events)
			var got []string
			for _, e := range tt.events {
				got = append(got, e.ID)
			}
			if !slices.Equal(got, tt.wantIDs) {
				t.Errorf("ids %v, want %v", got, tt.wantIDs)
			}
		})
	}
}
