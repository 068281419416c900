package resolve

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// strongPass labels the events as strongComponents labels them given
// every scored pair, whatever the number of workers sharing the blocks.
func TestStrongPassLabels(t *testing.T) {
	for _, n := range []int{60, 400} {
		ms, terms := stories(n)
		f := newFlattener(nil)
		recs := f.flatten(results(t, ms))
		cs := clusterRecords(recs, nil)
		ps := &pairScorer{docs: docVectors(f, recs, terms, false), w: DefaultWeights()}
		blocks, keys := ps.blocksOf(cs)
		var edges []edge
		for _, k := range keys {
			edges = blockEdges(edges, blocks[k], cs, ps)
		}
		want := strongComponents(cs.len(), edges, ps.w.Threshold)
		joined := 0
		for i, c := range want {
			if c != int32(i) {
				joined++
			}
		}
		if joined == 0 {
			t.Fatalf("%d documents: no strong pair: the test tells nothing", n)
		}
		for _, workers := range []int{1, 2, 3} {
			t.Run(fmt.Sprintf("documents=%d/workers=%d", n, workers), func(t *testing.T) {
				got := strongPass(bySense(keys), workers, blocks, cs, ps)
				if !slices.Equal(got, want) {
					for i := range got {
						if got[i] != want[i] {
							t.Fatalf("event %d labelled %d, want %d (%d events joined to others)", i, got[i], want[i], joined)
						}
					}
				}
			})
		}
	}
}

// stories returns the tellings of n documents, each telling one of a few
// stories (an event of a kind, at a place, on a day), named by the
// story's terms, with some other event of another story's kind beside.
func stories(n int) ([]m, map[string][]string) {
	rng := rand.New(rand.NewPCG(uint64(n), 5))
	kinds := []string{"earthquake", "flood", "fire", "explosion", "verdict", "strike"}
	places := []string{"", "Portvale", "Dunmore"}
	var ms []m
	terms := map[string][]string{}
	for d := range n {
		doc := fmt.Sprintf("doc-%04d", d)
		story := rng.IntN(max(2, n/8))
		kind := kinds[story%len(kinds)]
		day := timeline.NewDate(2025, 3, 1).AddDays(story % 28)
		ms = append(ms, m{doc: doc, at: 1, kind: kind, when: day.String(), places: places[story%len(places)]})
		if rng.IntN(2) == 0 {
			ms = append(ms, m{doc: doc, at: 50, kind: kinds[rng.IntN(len(kinds))]})
		}
		terms[doc] = []string{fmt.Sprintf("story%d", story), fmt.Sprintf("place%d", story%7), "news"}
	}
	return ms, terms
}
