package resolve

import (
	"reflect"
	"slices"
	"testing"

	"github.com/storyline/storyline/timeline"
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
	withTies := synthetic(3000)
	for i := range withTies {
		evs := withTies[i].Events
		for j := range evs {
			if j%4 == 0 {
				// The same telling twice, but for what no comparison
				// reads: the order of the two is the sort's.
				twin := evs[j]
				twin.Salience = 0.5
				withTies[i].Events = append(withTies[i].Events, twin)
			}
		}
	}
	for _, tt := range []struct {
		name    string
		results []extract.Result
		ties    bool
	}{
		{"too few to split", synthetic(200), false},
		{"families", synthetic(5000), false},
		{"kinds filed by word", withOther, false},
		{"ties", withTies, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			recs := newFlattener(nil).flatten(tt.results)
			if g := len(familyBins(recs, 8)); g < 2 && len(recs) >= 2*parallelChunk {
				t.Fatalf("%d records in %d bin", len(recs), g)
			}
			if ties := sortRecords(recs, allRecords(len(recs))); ties != tt.ties {
				t.Fatalf("ties = %v, want %v", ties, tt.ties)
			}
			// As the pass was: one sort of all the records, by
			// compareRecords alone, each compared with the one before.
			all := allRecords(len(recs))
			slices.SortFunc(all, func(a, b int32) int { return compareRecords(&recs[a], &recs[b]) })
			want := clusterSorted(recs, all, make([]int32, len(recs)), true, nil)
			lists := []*clusterList{clusterInBins(recs, [][]int32{allRecords(len(recs))}, nil)}
			for _, n := range []int{2, 3, 8} {
				bins := familyBins(recs, n)
				if len(bins) > n {
					t.Errorf("%d bins for %d", len(bins), n)
				}
				lists = append(lists, clusterInBins(recs, bins, nil))
			}
			for n, got := range lists {
				if got.len() != want.len() {
					t.Fatalf("split %d: %d events, want %d", n, got.len(), want.len())
				}
				for ci := range got.n {
					if g, w := got.at(ci), want.at(ci); !slices.Equal(g.members, w.members) || g.start != w.start || g.end != w.end {
						t.Fatalf("split %d: event %d has %v, want %v", n, ci, g.members, w.members)
					}
				}
			}
		})
	}
}

// The packed keys order records as compareRecords does: every pair has
// the sign it gives, undated, dated wide and narrow, before the epoch and
// with tellings at odd offsets.
func TestCompareKeyed(t *testing.T) {
	rs := synthetic(400)
	for i := range rs {
		for j := range rs[i].Events {
			e := &rs[i].Events[j]
			switch j % 5 {
			case 0:
				e.Mention.Start = -j
			case 1:
				e.Mention.Start = 1 << 40
			case 2:
				if e.When != nil {
					w := *e.When
					w.Start = timeline.NewDate(1850, 1, 1+j%28)
					w.End = w.Start
					e.When = &w
				}
			}
		}
	}
	recs := newFlattener(nil).flatten(rs)
	sign := func(c int) int { return min(max(c, -1), 1) }
	for i := range recs {
		for j := range recs {
			a, b := keyOf(&recs[i], int32(i)), keyOf(&recs[j], int32(j))
			if got, want := sign(compareKeyed(recs, a, b)), sign(compareRecords(&recs[i], &recs[j])); got != want {
				t.Fatalf("records %d, %d: keyed %d, compareRecords %d", i, j, got, want)
			}
		}
	}
}

// flattenAgain makes the records flatten made, on every CPU.
func TestFlattenAgain(t *testing.T) {
	for _, n := range []int{0, 200, 5000} {
		rs := synthetic(n)
		for i := range rs {
			for j := range rs[i].Events {
				if j%3 == 0 {
					rs[i].Events[j].Places = []string{" Paris", "paris", ""}
				}
			}
		}
		f := newFlattener(PublishedDates(nil))
		want := f.flatten(rs)
		got := f.flattenAgain(rs)
		if len(got) != len(want) {
			t.Fatalf("%d mentions: %d records, want %d", n, len(got), len(want))
		}
		for i := range got {
			if !reflect.DeepEqual(got[i], want[i]) {
				t.Fatalf("%d mentions: record %d = %+v, want %+v", n, i, got[i], want[i])
			}
		}
	}
}
