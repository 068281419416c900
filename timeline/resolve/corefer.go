package resolve

import (
	"cmp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// The first pass (clusterRecords) merges tellings that name the same
// participants on overlapping dates. Many tellings name nobody the
// extractor could resolve, or no date ("the quake", "the verdict was
// read"): the second pass, corefer, merges the first pass's events by
// their words and their documents, as cross-document event coreference
// systems do, with average-link clustering so that two earthquakes of one
// week told in the same words stay apart when their documents do.

const (
	// corefWindow is how many neighbouring documents, in date order,
	// each event is compared with inside one block; corefScan bounds
	// the pairs to O(n · corefScan) however large a block grows.
	corefWindow = 96
	// corefScan bounds the events scanned for those neighbours, so
	// that a document telling a word many times counts once without
	// the pairs growing past O(n · corefScan). (ECB+ train found-mentions
	// CoNLL F1: 74.2 with 48 documents, 75.0 with 96.)
	corefScan = 2 * corefWindow
	// corefMaxGap is the most days apart two placed events may be and
	// still be compared: no merge spans more (see timeFit).
	corefMaxGap = 31
	// docsCompared caps the documents of each side whose cosine is
	// averaged.
	docsCompared = 4
)

// corefer merges clusters that tell one event, and returns the merged
// clusters.
func corefer(cs *clusterList, ps *pairScorer) *clusterList {
	edges, cannot := corefEdges(cs, ps)
	// The clustering's tables come to about the size of the edges.
	makeRoom(len(edges)*int(unsafe.Sizeof(edge{})) + len(cannot)*int(unsafe.Sizeof(cannotPair{})))
	group := agglomerateApart(cs.len(), edges, cannot, ps.w.Threshold)
	// The merged clusters are written over cs in place: a group's
	// cluster goes no later than its first member, which has been read
	// by then.
	n := int32(0)
	at := make([]int32, cs.len()) // a group's place among the merged, +1
	for ci := range cs.n {
		g := group[ci]
		if k := at[g]; k > 0 {
			out := cs.at(k - 1)
			out.members = append(out.members, cs.at(ci).members...)
			continue
		}
		at[g] = n + 1
		*cs.at(n) = *cs.at(ci)
		n++
	}
	cs.truncate(n) // let the GC have what the merged ones held
	return cs
}

// corefEdges scores the candidate pairs: events sharing a trigger word,
// or a noun and the verb it is made from, compared with their neighbours
// in date order. (Synonyms are compared only where they meet in a block
// that way: blocking on every synonym would cost more than it finds.)
func corefEdges(cs *clusterList, ps *pairScorer) ([]edge, []cannotPair) {
	blocks, keys := ps.blocksOf(cs)
	if ps.archive {
		// A stream follows one story: its documents' neighbours are all
		// alike, and the pass would cost without telling stories apart.
		ps.kth = nearCosines(keys, blocks, ps.docs, ps.spots)
	}
	ps.near = nearTable(ps.docs, ps.kth)
	// The pairs are scored twice over. The first pass only joins the
	// events of the strong ones, into the components that clustering
	// never crosses (strongPass); the second keeps the pairs within a
	// component, the only ones clustering reads, and scores no other.
	// Most pairs lie between components: keeping every pair for the
	// clustering to drop held 2.4 million edges (39 MB) on the
	// benchmark corpus, for 2% more CPU spent scoring twice.
	runs := bySense(keys)
	workers := keyWorkers(keys)
	comp := strongPass(runs, workers, blocks, cs, ps)
	return scoreBlocks(runs, workers, blocks, cs, ps, edgeFilter{comp: comp, size: componentSizes(comp)})
}

// blocksOf sets the events' spots and words on ps and returns the word
// blocks of the events with their keys in order.
func (ps *pairScorer) blocksOf(cs *clusterList) (map[string][]int32, []string) {
	ps.spots = spotsOf(cs)
	ps.words = wordsOf(cs, ps.spots)
	blocks := wordBlocks(cs, ps.words)
	if !ps.archive {
		// In an archive the days that hold a subject to one event are
		// mostly guessed, and one storm or ship is told of in many
		// years (ECB+ dev CoNLL F1 68.5 → 68.4 with the subjects).
		fileSubjects(cs, blocks)
	}
	markRepeats(ps.spots, ps.words, blocks)
	keys := make([]string, 0, len(blocks))
	for k := range blocks {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return blocks, keys
}

// edgeFilter says which scored pairs blockEdges keeps, beside those any
// clustering could use (see blockEdges): with comp, only those of one
// strong component, the others not being scored at all (size counts each
// component's items).
//
// A worker's copy also carries its own scratch for eachPairWithin.
//
// (A memory of the pairs a worker had lately scored, so as not to score
// them again where events sharing several words meet in several blocks,
// caught few: on the benchmark corpus 0.5 of the 1.7 million copies with
// 131,072 pairs remembered, 1.5 with four million, and missing it in
// the cache cost about what scoring the copies did.)
type edgeFilter struct {
	comp []int32
	size []int32

	window *windowScratch
}

// forWorker returns a copy of f with a worker's own scratch, for n
// events.
func (f edgeFilter) forWorker(n int) edgeFilter {
	if f.comp != nil {
		f.window = newWindowScratch(n)
	}
	return f
}

// scoreBlocks scores the pairs of the blocks of keys on workers CPUs,
// each worker a contiguous run of them, and returns the edges that f
// keeps, sorted by pair, one each: the cannot-links apart, which are
// most of them (1.9 of the 2.9 million of the benchmark corpus) and need
// no similarity (half the memory). The edges are sorted as they are
// merged, so the result does not depend on which worker scored which.
func scoreBlocks(keys []string, workers int, blocks map[string][]int32, cs *clusterList, ps *pairScorer, f edgeFilter) ([]edge, []cannotPair) {
	cost := pairCost(blocks)
	if f.comp != nil {
		// Most blocks hold no two events of one strong component: they
		// are not scanned, and cost only the look that says so.
		all := cost
		cost = func(k string) int {
			if b := blocks[k]; !twoShareComponents(b, f) {
				return len(b) + 1
			}
			return all(k)
		}
	}
	// The workers' batches are merged into one list of each: a list per
	// worker held the pairs both found twice, and each its own room to
	// grow, until they were merged (69 MB where 34 are kept, the peak of
	// the benchmark corpus's merge). Only merging a batch in waits for
	// the other worker; sorting and compacting it does not.
	var mu sync.Mutex
	var kept sortedRuns[edge]
	var apart sortedRuns[cannotPair]
	forKeyRuns(keys, cost, workers, func(_ int, next func() ([]string, bool)) {
		ps := ps.forWorker()
		// Events sharing several words meet in several blocks: one edge
		// a pair is kept (the same pair scores the same in any block).
		// A batch of scored edges is sorted, compacted and added to the
		// kept runs whenever it fills, within a block too, so that the
		// copies never hold more than a batch and the runs merge them
		// away. The batch and the sort's scratch are reused: sorting a
		// list of all the edges each time it doubled allocated ten times
		// as much. (A batch let grow to a large block's edges, with its
		// scratch, held 15 MB more at the benchmark corpus's peak.)
		var scratch []edge
		var batchApart []cannotPair
		flush := func(batch []edge) []edge {
			scratch = sortEdgesWith(batch, cs.len(), scratch)
			batch = slices.CompactFunc(batch, sameEdge)
			scored := batch[:0]
			batchApart = batchApart[:0]
			for _, e := range batch {
				if e.sim == cannotLink {
					batchApart = append(batchApart, cannotPair{e.a, e.b})
				} else {
					scored = append(scored, e)
				}
			}
			mu.Lock()
			kept.add(scored)
			apart.add(batchApart)
			mu.Unlock()
			return batch[:0]
		}
		var batch []edge
		f := f.forWorker(cs.len())
		for run, ok := next(); ok; run, ok = next() {
			for _, k := range run {
				batch = filteredEdges(batch, blocks[k], cs, ps, f, flush)
			}
		}
		flush(batch)
	})
	ps.letGoTables()
	return kept.all(), apart.all()
}

// bySense returns the block keys with each word's block beside the block
// of its first sense, where mostly the same pairs meet: a worker's run
// then finds them twice, which its compaction drops, rather than two
// workers each once, which they would hold to the end. Which worker
// scores which block does not change the edges.
func bySense(keys []string) []string {
	type keyed struct{ group, key string }
	ks := make([]keyed, len(keys))
	for i, k := range keys {
		g := k
		if w, ok := strings.CutPrefix(k, "w:"); ok {
			if s := firstSenses(w); len(s) > 0 {
				g = "s:" + strconv.FormatUint(uint64(s[0]), 10)
			}
		}
		ks[i] = keyed{g, k}
	}
	slices.SortFunc(ks, func(a, b keyed) int { return cmp.Or(strings.Compare(a.group, b.group), strings.Compare(a.key, b.key)) })
	out := make([]string, len(ks))
	for i, k := range ks {
		out[i] = k.key
	}
	return out
}

// batchEdges is how many scored edges are gathered before they are
// merged into those kept: 512 KB.
const batchEdges = 1 << 15

// minRoom is the fewest edges a list of them first has room for.
const minRoom = 1 << 12

func compareEdges(x, y edge) int { return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b)) }

func sameEdge(x, y edge) bool { return x.a == y.a && x.b == y.b }

// blockEdges appends the scored pairs of one block (see eachPair).
func blockEdges(edges []edge, b []int32, cs *clusterList, ps *pairScorer) []edge {
	if ps.spots == nil {
		ps.spots = spotsOf(cs)
		ps.words = wordsOf(cs, ps.spots)
	}
	return filteredEdges(edges, b, cs, ps, edgeFilter{}, nil)
}

// filteredEdges appends the scored pairs of one block that f keeps. When
// flush is set, it is handed the edges whenever batchEdges of them are
// gathered, and returns the list to go on with.
func filteredEdges(edges []edge, b []int32, cs *clusterList, ps *pairScorer, f edgeFilter, flush func([]edge) []edge) []edge {
	threshold := ps.w.Threshold
	if f.comp != nil && !twoShareComponents(b, f) {
		// No pair of the block could be kept: it is not even scanned
		// (the first pass sorted it already).
		return edges
	}
	visit := func(x, y int32) {
		a, b := min(x, y), max(x, y)
		if f.comp != nil && f.comp[a] != f.comp[b] {
			return
		}
		if s, ok := ps.score(cs, a, b); ok && (s < 0 || s >= threshold/2) {
			// A weak likeness (two stories' events sharing a word)
			// counts as none: it could not carry a merge, and most
			// pairs are such.
			if len(edges) == cap(edges) {
				edges = slices.Grow(edges, max(len(edges), minRoom))
			}
			edges = append(edges, edge{a: a, b: b, sim: s})
			if flush != nil && len(edges) >= batchEdges {
				edges = flush(edges)
			}
		}
	}
	if f.window != nil {
		eachPairWithin(b, ps.spots, f.comp, f.size, f.window, visit)
	} else {
		eachPair(b, ps.spots, visit)
	}
	return edges
}

// placed reports whether c has a day to be sorted by.
func placed(c *cluster) bool { return c.dated || c.hasPub }

func day(c *cluster) int32 {
	switch {
	case c.dated:
		return c.start
	case c.hasPub:
		return c.pubFirst
	}
	return 0
}

// blockSenses is how many of a word's senses it is filed under, where
// synonyms meet; the senses that gather no other word are dropped
// (dropLoneSenses), so more cost few pairs. ECB+ CoNLL F1 (train, dev)
// with 1: 60.9, 67.2; 2: 61.0, 67.3; 3: 61.3, 67.7; 4: 61.3, 68.0; 6:
// 61.2, 67.9; all (up to 8): 61.2, 67.7. Beyond the pairs of synonyms
// themselves, their likeness gathers clusters of one word that the
// average link had left apart.
const blockSenses = 4

func firstSenses(word string) []uint32 {
	s := wn.Senses(word)
	return s[:min(len(s), blockSenses)]
}

// keyWorkers is how many workers share the blocks of keys: every CPU, but
// no fewer than 64 blocks each, which would cost more to start than to do.
func keyWorkers(keys []string) int {
	return max(1, min(runtime.GOMAXPROCS(0), len(keys)/64))
}

// chunksPerWorker is how many runs of keys each worker takes on average:
// enough that the workers finish together, however unequal the blocks.
const chunksPerWorker = 16

// forKeyRuns calls do on workers goroutines, each with its index and a
// source of contiguous runs of keys, which it takes until next says there
// are none left. The runs hold about equal numbers of pairs (see
// blockCost): halves of the keys by count left one worker with twice
// the other's pairs on the benchmark corpus, the other idle.
func forKeyRuns(keys []string, cost func(key string) int, workers int, do func(worker int, next func() ([]string, bool))) {
	runs := keyChunks(keys, cost, workers*chunksPerWorker)
	var taken atomic.Int64
	next := func() ([]string, bool) {
		if k := int(taken.Add(1)) - 1; k < len(runs) {
			return runs[k], true
		}
		return nil, false
	}
	var wg sync.WaitGroup
	for wi := range workers {
		wg.Go(func() { do(wi, next) })
	}
	wg.Wait()
}

// keyChunks cuts keys into about n contiguous runs of about equal cost.
func keyChunks(keys []string, cost func(key string) int, n int) [][]string {
	total := 0
	for _, k := range keys {
		total += cost(k)
	}
	per := max(1, total/max(1, n))
	var runs [][]string
	lo, sum := 0, 0
	for i, k := range keys {
		if sum += cost(k); sum >= per {
			runs = append(runs, keys[lo:i+1])
			lo, sum = i+1, 0
		}
	}
	if lo < len(keys) {
		runs = append(runs, keys[lo:])
	}
	return runs
}

// pairCost is about how many pairs eachPair visits in each block: the
// cost of scoring it.
func pairCost(blocks map[string][]int32) func(key string) int {
	return func(k string) int {
		n := len(blocks[k])
		return n*min(n, corefScan) + 1
	}
}
