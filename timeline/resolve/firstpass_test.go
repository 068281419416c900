package resolve

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/timeline/extract"
)

// The first pass makes the same events, in the same order, however many
// bins its records are clustered in.
func TestClusterInBins(t *testing.T) {
	withOther := synthetic(3000)
	for i := range withOther {
		for j := range withOther[i].Events {
			if e := &withOther[i].Events[j]; j%3 == 0 {
				// Kinds filed by their word: families that meet
				// through their kind.
				e.Kind, e.Trigger = "other", []string{"rumble", "seize", "rumble"}[j%9/3]
			}
		}
	}
	for _, tt := range []struct {
		name    string
		results []extract.Result
	}{
		{"too few to split", synthetic(200)},
		{"families", synthetic(5000)},
		{"kinds filed by word", withOther},
	} {
		t.Run(tt.name, func(t *testing.T) {
			recs := newFlattener(nil).flatten(tt.results)
			if g := len(familyBins(recs, 8)); g < 2 && len(recs) >= 2*parallelChunk {
				t.Fatalf("%d records in %d bin", len(recs), g)
			}
			want := clusterInBins(recs, [][]int32{allRecords(len(recs))})
			for _, n := range []int{2, 3, 8} {
				bins := familyBins(recs, n)
				if len(bins) > n {
					t.Errorf("%d bins for %d", len(bins), n)
				}
				got := clusterInBins(recs, bins)
				if got.len() != want.len() {
					t.Fatalf("%d bins: %d events, want %d", n, got.len(), want.len())
				}
				for ci := range got.n {
					if g, w := got.at(ci), want.at(ci); !slices.Equal(g.members, w.members) || g.start != w.start || g.end != w.end {
						t.Fatalf("%d bins: event %d has %v, want %v", n, ci, g.members, w.members)
					}
				}
			}
		})
	}
}
