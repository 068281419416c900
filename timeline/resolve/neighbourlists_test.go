package resolve

import (
	"testing"
	"unsafe"
)

// TestClusterLeavesNeighbourListsAlone checks that a merge does not
// lengthen the neighbour lists of the merged cluster's neighbours (which
// name it still, standing for the cluster it merged into): each such
// list is a full run of its own, and lengthening them copied every one
// out. Item 0 has the more neighbours and absorbs item 1; 1's
// neighbours become 0's, and only 0's list may grow.
func TestClusterLeavesNeighbourListsAlone(t *testing.T) {
	for _, tt := range []struct {
		name             string
		ownN, absorbedN  int32 // neighbours of item 0, of item 1
		wantAllocsAtMost float64
	}{
		{"many neighbours change sides", 96, 64, 4},
		{"a few", 12, 8, 4},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := &component{}
			n := 2 + tt.ownN + tt.absorbedN
			for i := range n {
				p.items = append(p.items, i)
			}
			p.edges = append(p.edges, edge{a: 0, b: 1, sim: 1})
			for i := range tt.ownN {
				p.edges = append(p.edges, edge{a: 0, b: 2 + i, sim: 0.01})
			}
			for i := range tt.absorbedN {
				p.edges = append(p.edges, edge{a: 1, b: 2 + tt.ownN + i, sim: 0.01})
			}
			sc := &clusterScratch{local: make([]int32, n)}
			out := make([]int32, n)
			p.cluster(sc, out, 0.5) // the scratch grows to its size once
			allocs := testing.AllocsPerRun(5, func() { p.cluster(sc, out, 0.5) })
			if allocs > tt.wantAllocsAtMost {
				t.Errorf("%v allocations a clustering, want at most %v", allocs, tt.wantAllocsAtMost)
			}
			if out[0] != 0 || out[1] != 0 || out[2] != 2 {
				t.Errorf("clusters %v, want 0 and 1 together, the others alone", out[:3])
			}
		})
	}
}

// TestClusteringPairSizes checks the sizes of what the clustering holds
// per pair, which make its peak: a first pair without the versions every
// cluster has at 0 then, a scored pair's slot, a cannot-link's key.
func TestClusteringPairSizes(t *testing.T) {
	for _, tt := range []struct {
		name      string
		got, want uintptr
	}{
		{"first pair", unsafe.Sizeof(firstPair{}), 16},
		{"pair in the heap", unsafe.Sizeof(pair{}), 24},
		{"scored pair's slot", unsafe.Sizeof(sumSlot{}), 16},
		{"cannot-link's slot", unsafe.Sizeof(pairSet{}.keys[0]), 8},
	} {
		if tt.got != tt.want {
			t.Errorf("%s: %d bytes, want %d", tt.name, tt.got, tt.want)
		}
	}
}
