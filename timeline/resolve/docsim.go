package resolve

import (
	"math"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
)

// Documents that tell the same story name the same people, places and
// happenings; two stories of one kind (two earthquakes, two trials) share
// the happenings but not the names. A document is a tf-idf vector over the
// actors and places its events name and the terms the caller gives
// (Options.DocTerms), and two tellings are weighed by their documents'
// cosine. The events' trigger words are left out: two stories of one kind
// share them.

// docVector is a document's unit-length tf-idf vector, sorted by feature.
type docVector struct {
	feat []int32
	w    []float64
	rank int32 // the document's place in alphabetical order
	// id is the document's number, and known the cosines of the
	// documents' pairs, shared by all (nil for none).
	id    int32
	known *docCosines
}

// docCosines holds the cosine of every pair of documents, for corpora of
// up to maxExactDocs documents (16 MB at most): the same two documents
// meet in many pairs of events, and in undated blocks (ECB+ train's 574
// documents) the workers' small caches missed often enough that the
// cosines took a fifth of the run. The table is filled before any pair is
// scored, from the documents' features (newDocCosines), and then only
// read, by every worker.
type docCosines struct {
	n   int
	cos []float64
}

// maxExactDocs was 1024 (4 MB): 2,000 ECB+ articles, mostly undated,
// then missed the workers' caches 18 million times, 1.2 million pairs
// met many times over, and their dot products took 44% of the run's CPU
// (50-60 user CPU seconds, 36 with the table, for 7-9 MB more peak RSS).
const maxExactDocs = 2048

// eagerWork bounds the products a table costs per pair of documents:
// beyond it the documents share so many features that the pairs the
// scoring meets cost less computed as they are met, each worker keeping
// its own (cosineCache). The copies of BenchmarkExtract's corpus (2,002
// documents, 24 copies of each article) share 69 a pair, and their table
// took 1.5 s where the cosines of the pairs met had taken 0.2; bench2000
// (2,000 ECB+ articles) shares 4.7, its table 0.17 s.
const eagerWork = 16

// posting is one document holding a feature, and the feature's weight
// there.
type posting struct {
	doc int32
	w   float64
}

// newDocCosines returns the table of the cosines of vs, whose ids are
// their places in it, or nil for too few or too many documents, or for
// documents sharing too many features (eagerWork). Each
// row, the pairs of one document with those before it, is summed from
// the documents holding each of its features in turn: a pair's products
// are added in the order of the features, from 0, as dot adds them, so
// that the sums are dot's to the bit. Computed so, a pair costs only
// the features its documents share, where dot walked all of both; on
// bench2000 (2,000 ECB+ articles, 1.2 million of their 2 million pairs
// met) the pairs' dot products, computed as they were first met, and
// the table's atomic slots took a quarter of the merge's CPU.
func newDocCosines(vs []docVector) *docCosines {
	n := len(vs)
	if n > maxExactDocs || n < 2 {
		return nil
	}
	nfeat := 0
	for _, v := range vs {
		if len(v.feat) > 0 {
			nfeat = max(nfeat, int(v.feat[len(v.feat)-1])+1)
		}
	}
	// The postings of feature f are post[start[f]:start[f+1]], in the
	// order of the documents.
	start := make([]int32, nfeat+1)
	for _, v := range vs {
		for _, f := range v.feat {
			start[f+1]++
		}
	}
	work := 0
	for f := range nfeat {
		d := int(start[f+1])
		work += d * (d - 1) / 2
		start[f+1] += start[f]
	}
	if work > eagerWork*(n*(n-1)/2) {
		return nil
	}
	post := make([]posting, start[nfeat])
	fill := slices.Clone(start[:nfeat])
	for d, v := range vs {
		for i, f := range v.feat {
			post[fill[f]] = posting{int32(d), v.w[i]}
			fill[f]++
		}
	}
	k := &docCosines{n: n, cos: make([]float64, n*(n-1)/2)}
	// Rows shrink with their document's place: the workers take them one
	// at a time, the longest first.
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Go(func() {
			for x := int(next.Add(1) - 1); x < n-1; x = int(next.Add(1) - 1) {
				row := k.cos[k.slot(x, x+1) : k.slot(x, x+1)+n-1-x]
				a := &vs[x]
				for i, f := range a.feat {
					wx := a.w[i]
					ps := post[start[f]:start[f+1]]
					for j := len(ps) - 1; j >= 0 && int(ps[j].doc) > x; j-- {
						row[int(ps[j].doc)-x-1] += wx * ps[j].w
					}
				}
			}
		})
	}
	wg.Wait()
	return k
}

// slot is the place in the table of documents lo and hi, lo < hi. A
// document's pairs with those after it lie side by side: the pairs of
// events a block's scan meets, one event against those of the next
// documents, read the table in order, where a table of each document's
// pairs with those before it read a cache line a pair.
func (k *docCosines) slot(lo, hi int) int { return lo*(2*k.n-lo-1)/2 + hi - lo - 1 }

func (k *docCosines) cosine(a, b docVector) float64 {
	x, y := min(a.id, b.id), max(a.id, b.id)
	if x == y {
		return dot(a, b)
	}
	return k.cos[k.slot(int(x), int(y))]
}

// featureSpace interns the features of documents: actor ids, places and
// terms live in one space, told apart by a prefix.
type featureSpace struct {
	in   *interner
	docs [][]int32 // each document's features, repeats counting
	buf  []byte    // a feature's name, made without allocating
}

func newFeatureSpace(ndocs int) *featureSpace {
	return &featureSpace{in: newInterner(), docs: make([][]int32, ndocs)}
}

func (fs *featureSpace) add(doc int32, kind byte, name string) {
	if name == "" {
		return
	}
	for int(doc) >= len(fs.docs) {
		fs.docs = append(fs.docs, nil)
	}
	fs.buf = append(append(fs.buf[:0], kind), name...)
	fs.docs[doc] = append(fs.docs[doc], fs.in.idOf(fs.buf))
}

// vectors weighs every document's features by (1 + log tf) · idf and
// normalises them. Features are renumbered in the order of their names
// first, so that the sums, and so the merges, do not depend on the order
// documents came in.
func (fs *featureSpace) vectors() []docVector {
	rank := fs.in.ranks()
	for _, feats := range fs.docs {
		for i, f := range feats {
			feats[i] = rank[f]
		}
	}
	df := make([]int32, len(fs.in.names))
	for _, feats := range fs.docs {
		slices.Sort(feats)
		for i, f := range feats {
			if i == 0 || feats[i-1] != f {
				df[f]++
			}
		}
	}
	n := float64(len(fs.docs))
	out := make([]docVector, len(fs.docs))
	for d, feats := range fs.docs {
		var v docVector
		norm := 0.0
		for i := 0; i < len(feats); {
			j := i
			for j < len(feats) && feats[j] == feats[i] {
				j++
			}
			w := (1 + math.Log(float64(j-i))) * math.Log(1+n/float64(df[feats[i]]))
			v.feat = append(v.feat, feats[i])
			v.w = append(v.w, w)
			norm += w * w
			i = j
		}
		if norm > 0 {
			norm = math.Sqrt(norm)
			for i := range v.w {
				v.w[i] /= norm
			}
		}
		out[d] = v
	}
	return out
}

// cosine returns the cosine of two documents' unit vectors.
func cosine(a, b docVector) float64 {
	if a.known != nil && a.known == b.known {
		return a.known.cosine(a, b)
	}
	return dot(a, b)
}

// dot returns the dot product of two vectors.
func dot(a, b docVector) float64 {
	s, i, j := 0.0, 0, 0
	for i < len(a.feat) && j < len(b.feat) {
		switch {
		case a.feat[i] < b.feat[j]:
			i++
		case a.feat[i] > b.feat[j]:
			j++
		default:
			s += a.w[i] * b.w[j]
			i++
			j++
		}
	}
	return s
}

// docVectors builds the vectors of the records' documents from the
// actors and places of their events, in an archive the years they are
// dated in, and from the terms extra gives each document
// (Options.DocTerms), indexed by interned doc id.
func docVectors(f *flattener, recs []record, extra map[string][]string, archive bool) []docVector {
	fs := newFeatureSpace(len(f.docs.names))
	for i := range recs {
		r := &recs[i]
		for _, a := range r.actors() {
			fs.add(r.doc, 'a', f.actors.names[a])
		}
		for _, p := range r.places() {
			fs.add(r.doc, 'p', f.places.names[p])
		}
		// In an archive, the years its events are dated in tell a
		// document's story from another of the same kind years apart
		// (two quakes of one island, two trials of one court): the
		// dates are what the text says, where a stream's publication
		// days already tell them. A span across years says no year.
		// (ECB+ CoNLL F1 train 61.72 → 61.78, dev 68.41 → 68.46; in a
		// stream it put eventtime's wrong dates from 9.8 to 10.0 %.)
		if archive && r.dated {
			if y := dateOfDay(r.start).Year; y == dateOfDay(r.end).Year {
				fs.add(r.doc, 'y', strconv.Itoa(y))
			}
		}
	}
	for d, name := range f.docs.names {
		for _, t := range extra[name] {
			fs.add(int32(d), 'd', t)
		}
	}
	vs := fs.vectors()
	known := newDocCosines(vs)
	for d, r := range f.docs.ranks() {
		vs[d].rank, vs[d].id, vs[d].known = r, int32(d), known
	}
	return vs
}

// cosineCache remembers the discounted cosines (nearCosine) of the
// document pairs one worker has weighed. The events of two documents meet
// in many blocks and pairs, so most cosines are asked for again soon: a
// small direct-mapped cache answers most of them, where computing each
// anew took a fifth of the merge's time on the benchmark corpus. It is
// a worker's own, so it needs no lock.
type cosineCache struct {
	slots []cosineSlot
}

// cosineSlot is one remembered pair and its cosine, side by side so that
// a look-up reads one cache line.
type cosineSlot struct {
	pair uint64 // lower document << 32 | higher document, +1; 0: empty
	cos  float64
}

// cosineCacheSize is the number of pairs a cache holds (a power of two):
// 1 MB a worker.
const cosineCacheSize = 1 << 16

// newCosineCache returns a cache for the cosines of docs, or nil when
// they have the exact table (docCosines): a look-up in the cache, missed
// 30% of the time on bench2000's 2,000 documents, cost as much as one in
// the table.
func newCosineCache(docs []docVector) *cosineCache {
	if len(docs) > 0 && docs[0].known != nil {
		return nil
	}
	return &cosineCache{slots: make([]cosineSlot, cosineCacheSize)}
}

// nearCosine is nearCosine(x, y, docs, kth), which is symmetric in x and
// y, remembered.
func (c *cosineCache) nearCosine(x, y int32, docs []docVector, kth []float64) float64 {
	if c == nil {
		return nearCosine(x, y, docs, kth)
	}
	key := uint64(uint32(min(x, y)))<<32 | uint64(uint32(max(x, y))) + 1
	sl := &c.slots[mix64(key)&(cosineCacheSize-1)]
	if sl.pair == key {
		return sl.cos
	}
	v := nearCosine(x, y, docs, kth)
	sl.pair, sl.cos = key, v
	return v
}
