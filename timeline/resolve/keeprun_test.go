package resolve

import (
	"slices"
	"testing"
)

// TestKeepRunLeavesLittleRoom checks that the pairs kept, merged run by
// run, hold them all, sorted and once each, in at most a quarter more
// room than they fill (doubled, the room was up to twice the pairs, held
// through the clustering).
func TestKeepRunLeavesLittleRoom(t *testing.T) {
	for _, tt := range []struct {
		name      string
		runs, per int
	}{
		{"many small runs", 400, 50},
		{"few large runs", 8, 5000},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var kept sortedRuns[cannotPair]
			want := map[cannotPair]bool{}
			for r := range tt.runs {
				run := make([]cannotPair, 0, tt.per)
				for i := range tt.per {
					// Runs overlap: every other run repeats pairs.
					p := cannotPair{int32((r / 2 * tt.per) + i), int32(r%3 + i)}
					run = append(run, p)
					want[p] = true
				}
				slices.SortFunc(run, comparePairOf)
				run = slices.Compact(run)
				kept.add(run)
			}
			got := kept.all()
			if len(got) != len(want) || !slices.IsSortedFunc(got, comparePairOf) {
				t.Fatalf("kept %d pairs (sorted %v), want %d", len(got), slices.IsSortedFunc(got, comparePairOf), len(want))
			}
			if limit := len(got) + len(got)/4 + tt.per; cap(got) > limit {
				t.Errorf("room for %d pairs holding %d, want at most %d", cap(got), len(got), limit)
			}
		})
	}
}
