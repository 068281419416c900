package resolve

import (
	"math"
	"sync"
	"testing"
)

// TestNearestOrder checks that the kept neighbours, and so the kth
// cosine, do not depend on the order they were met in, nor on repeats.
func TestNearestOrder(t *testing.T) {
	type offer struct {
		doc int32
		cos float64
	}
	offers := []offer{{1, .9}, {2, .1}, {3, .5}, {4, .5}, {5, .7}, {6, .2}, {7, .6}, {3, .5}, {8, .05}}
	orders := [][]int{
		{0, 1, 2, 3, 4, 5, 6, 7, 8},
		{8, 7, 6, 5, 4, 3, 2, 1, 0},
		{2, 7, 0, 8, 3, 1, 6, 5, 4},
	}
	for _, order := range orders {
		var n nearest
		for _, i := range order {
			n.add(offers[i].doc, offers[i].cos)
		}
		// The five best: .9, .7, .6, .5, .5.
		if got := n.kth(); got != .5 {
			t.Errorf("order %v: kth %v, want .5", order, got)
		}
	}
	var few nearest
	few.add(1, .9)
	if got := few.kth(); got != 0 {
		t.Errorf("one neighbour: kth %v, want 0", got)
	}
}

func TestNearCosine(t *testing.T) {
	a := docVector{feat: []int32{0, 1}, w: []float64{math.Sqrt(.5), math.Sqrt(.5)}}
	b := docVector{feat: []int32{0, 2}, w: []float64{math.Sqrt(.5), math.Sqrt(.5)}}
	docs := []docVector{a, b}
	tests := []struct {
		name string
		kth  []float64
		want float64
	}{
		{"no neighbours known", nil, .5},
		{"as near as the neighbours", []float64{.5, .4}, .5},
		{"short of one side's neighbours", []float64{1, .5}, .5},
		{"half as near as both sides' neighbours", []float64{1, 1}, .5 * .5 * .5 * .5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := nearCosine(0, 1, docs, tt.kth); math.Abs(got-tt.want) > 1e-9 {
				t.Errorf("nearCosine = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestCosineCache checks that the cache gives what nearCosine gives, in
// either order of the documents, when pairs evict one another, and for
// the pair (0, 1), whose key is smallest.
func TestCosineCache(t *testing.T) {
	const n = 300 // 44,850 pairs: many share a place in the cache
	docs := make([]docVector, n)
	kth := make([]float64, n)
	for d := range docs {
		for f := range 4 {
			docs[d].feat = append(docs[d].feat, int32((d*7+f*13)%50+f*50))
			docs[d].w = append(docs[d].w, .5)
		}
		kth[d] = float64(d%5) / 10
	}
	c := newCosineCache(docs)
	for _, pass := range []string{"first", "again"} {
		for x := int32(0); x < n; x++ {
			for y := x + 1; y < n; y++ {
				want := nearCosine(x, y, docs, kth)
				if got := c.nearCosine(x, y, docs, kth); got != want {
					t.Fatalf("%s: cached (%d, %d) = %v, want %v", pass, x, y, got, want)
				}
				if got := c.nearCosine(y, x, docs, kth); got != want {
					t.Fatalf("%s: cached (%d, %d) = %v, want %v", pass, y, x, got, want)
				}
			}
		}
	}
}

// TestDocCosines checks that the shared table gives each pair of documents
// the dot product of their vectors to the bit, read by two workers at
// once, and that no table is made for too many documents.
func TestDocCosines(t *testing.T) {
	const n = 200
	docs := make([]docVector, n)
	for d := range docs {
		for f := range 4 {
			docs[d].feat = append(docs[d].feat, int32((d*7+f*13)%50+f*50))
			// Weights unlike each other, so that the order a pair's
			// products are added in shows in the sum's last bits.
			docs[d].w = append(docs[d].w, 1/float64(3+(d*5+f*11)%17))
		}
		docs[d].id = int32(d)
	}
	known := newDocCosines(docs)
	for d := range docs {
		docs[d].known = known
	}
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() {
			for x := range docs {
				for y := range docs {
					if got, want := cosine(docs[x], docs[y]), dot(docs[x], docs[y]); got != want {
						t.Errorf("cosine(%d, %d) = %v, want %v", x, y, got, want)
						return
					}
				}
			}
		})
	}
	wg.Wait()
	if newDocCosines(make([]docVector, maxExactDocs+1)) != nil {
		t.Error("a table was made for more than maxExactDocs documents")
	}
	alike := make([]docVector, 100)
	for d := range alike {
		for f := range 2 * eagerWork {
			alike[d].feat = append(alike[d].feat, int32(f))
			alike[d].w = append(alike[d].w, .1)
		}
	}
	if newDocCosines(alike) != nil {
		t.Errorf("a table was made for documents sharing %d features a pair", 2*eagerWork)
	}
	if newCosineCache(docs) != nil {
		t.Error("a worker's cache was made for documents with the exact table")
	}
}

// TestPairBits checks that a pair of documents is first once, in either
// order, and that no marks are kept for too many documents.
func TestPairBits(t *testing.T) {
	b := newPairBits(70)
	for x := int32(0); x < 70; x++ {
		for y := x + 1; y < 70; y++ {
			if !b.first(y, x) {
				t.Fatalf("(%d, %d) marked before it was met", y, x)
			}
			if b.first(x, y) {
				t.Fatalf("(%d, %d) unmarked after (%d, %d)", x, y, y, x)
			}
		}
	}
	if b := newPairBits(maxExactDocs + 1); b != nil || !b.first(0, 1) || !b.first(0, 1) {
		t.Error("marks kept for more than maxExactDocs documents")
	}
}

// TestNearTable checks that the table of near cosines gives each pair of
// documents, in either order, what nearCosine gives from their vectors,
// and that the documents keep no table of plain cosines that now holds
// discounted ones, nor the vectors that nothing reads any more.
func TestNearTable(t *testing.T) {
	const n = 120
	kth := make([]float64, n)
	for d := range kth {
		kth[d] = float64(d%5) / 10
	}
	for _, tt := range []struct {
		name string
		kth  []float64
	}{{"stream", nil}, {"archive", kth}} {
		docs := make([]docVector, n)
		for d := range docs {
			for f := range 4 {
				docs[d].feat = append(docs[d].feat, int32((d*7+f*13)%50+f*50))
				docs[d].w = append(docs[d].w, 1/float64(3+(d*5+f*11)%17))
			}
			docs[d].id = int32(d)
		}
		known := newDocCosines(docs)
		for d := range docs {
			docs[d].known = known
		}
		want := make(map[[2]int32]float64)
		for x := range int32(n) {
			for y := range int32(n) {
				if x != y {
					want[[2]int32{x, y}] = nearCosine(x, y, docs, tt.kth)
				}
			}
		}
		ps := &pairScorer{docs: docs, kth: tt.kth, near: nearTable(docs, tt.kth)}
		if ps.near == nil || docs[0].known != nil {
			t.Fatalf("%s: near table %v, documents' table %v: want one and none", tt.name, ps.near != nil, docs[0].known != nil)
		}
		if docs[0].feat != nil || docs[n-1].w != nil {
			t.Errorf("%s: the documents kept their vectors once the table holds their cosines", tt.name)
		}
		for p, w := range want {
			if got := ps.nearCosine(p[0], p[1]); got != w {
				t.Fatalf("%s: nearCosine(%d, %d) = %v, want %v", tt.name, p[0], p[1], got, w)
			}
		}
	}
}
