package resolve

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestChunkedPairs checks that runs merged into chunks give every pair
// once, sorted, whether a run lands within one chunk or across several,
// before the pairs kept or among them.
func TestChunkedPairs(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	var c chunkedPairs[edge]
	var want []edge
	for r := range 12 {
		run := make([]edge, 0, 9000)
		for range 1 + r*800 {
			// Few distinct keys early, many later: runs repeat pairs.
			a := int32(rng.IntN(50 + r*300))
			run = append(run, edge{a: a, b: a + 1 + int32(rng.IntN(40)), sim: float64(a)})
		}
		slices.SortFunc(run, comparePairOf)
		run = slices.CompactFunc(run, sameEdge)
		want = append(want, run...)
		c.merge(run)
	}
	slices.SortFunc(want, comparePairOf)
	want = slices.CompactFunc(want, sameEdge)
	if c.n <= 2*chunkPairs {
		t.Fatalf("the test's pairs fill %d chunks, want more than 2", (c.n+chunkPairs-1)/chunkPairs)
	}
	last := []edge{{a: 0, b: 0}, want[len(want)/2], {a: 1 << 20, b: 1<<20 + 1}}
	got := c.mergedWith(last)
	want = append(want, last...)
	slices.SortFunc(want, comparePairOf)
	want = slices.CompactFunc(want, sameEdge)
	if !slices.Equal(got, want) {
		t.Errorf("merged %d pairs, want %d (first difference at %d)", len(got), len(want), firstDiff(got, want))
	}
	if cap(got) != len(got) {
		t.Errorf("the merged list has room for %d, holding %d", cap(got), len(got))
	}
}

// TestPairKeyOf checks that the key read from a pair's memory is its
// ends', a then b, for both kinds of pair.
func TestPairKeyOf(t *testing.T) {
	if got, want := pairKeyOf(edge{a: 3, b: 1 << 30, sim: -2.5}), uint64(3)<<32|1<<30; got != want {
		t.Errorf("edge key %#x, want %#x", got, want)
	}
	if got, want := pairKeyOf(cannotPair{a: 1<<31 - 1, b: 7}), uint64(1<<31-1)<<32|7; got != want {
		t.Errorf("cannotPair key %#x, want %#x", got, want)
	}
}
