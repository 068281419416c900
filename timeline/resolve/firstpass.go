package resolve

import (
	"cmp"
	"math"
	"runtime"
	"slices"
	"sync"
)

// clusterRecords groups records into events, visiting them from the most
// specific to the vaguest so that the narrowest telling of an event seeds
// it and vaguer ones join it.
//
// A telling meets only the events of its own family (every block is a
// family's) and the wire copies of its own kind, so the records fall into
// groups that never meet, which are clustered on every CPU (see
// familyBins), and their events put back in the order one pass over all
// the records would have made them (mergeBins): the events, and so their
// indexes, are the same. (The pass took a fifth of the merge's wall time
// on the benchmark corpus, on one CPU.) A bin's records are sorted on
// their own, which gives the order of a sort of them all unless some
// compare equal (see clusterInBins).
func clusterRecords(recs []record, place placeActors) *clusterList {
	return clusterInBins(recs, familyBins(recs, runtime.GOMAXPROCS(0)), place)
}

// clusterInBins is clusterRecords with the records split into bins that
// never meet, each clustered on a CPU of its own.
func clusterInBins(recs []record, bins [][]int32, place placeActors) *clusterList {
	clusterOf := make([]int32, len(recs)) // each bin writes its own records'
	if len(bins) == 1 {
		ties := sortRecords(recs, bins[0])
		return clusterSorted(recs, bins[0], clusterOf, ties, place)
	}
	ties := make([]bool, len(bins))
	inBins(len(bins), func(k int) { ties[k] = sortRecords(recs, bins[k]) })
	anyTies := slices.Contains(ties, true)
	if anyTies {
		// Records that compare equal but differ in what no comparison
		// reads (Salience, Speaker) lie in the order the sort of them
		// all happens to give, which a bin's own sort need not: they are
		// put in that order. Without such ties the order is one.
		bins = splitOrder(recs, bins)
	}
	lists := make([]*clusterList, len(bins))
	inBins(len(bins), func(k int) { lists[k] = clusterSorted(recs, bins[k], clusterOf, anyTies, place) })
	return mergeBins(recs, lists)
}

// inBins calls do(0) … do(n-1), each on a goroutine of its own.
func inBins(n int, do func(k int)) {
	var wg sync.WaitGroup
	for k := range n {
		wg.Go(func() { do(k) })
	}
	wg.Wait()
}

// sortRecords sorts order by compareRecords, the records' dates and
// places in their documents packed in two numbers compared first, which
// decide nearly every comparison without reading the records (the sort
// took a third of the pass). Every comparison has the sign
// compareRecords gives it, so the sort moves the records as a sort by
// compareRecords does, twins and all. It reports whether any two
// records compare equal.
func sortRecords(recs []record, order []int32) (ties bool) {
	keys := make([]recordKey, len(order))
	for i, ri := range order {
		keys[i] = keyOf(&recs[ri], ri)
	}
	slices.SortFunc(keys, func(a, b recordKey) int { return compareKeyed(recs, a, b) })
	for i := range keys {
		order[i] = keys[i].ri
	}
	for i := 1; i < len(keys) && !ties; i++ {
		ties = keys[i-1].k1 == keys[i].k1 && keys[i-1].k2 == keys[i].k2 &&
			compareRecords(&recs[keys[i-1].ri], &recs[keys[i].ri]) == 0
	}
	return ties
}

// recordKey is what compareRecords compares first, as two numbers: k1
// whether the record is dated, then its width and start; k2 its
// document's rank and where its telling starts (clamped: equal numbers
// leave the records to compareRecords).
type recordKey struct {
	k1, k2 uint64
	ri     int32
}

// compareKeyed is compareRecords of the records of keys a and b.
func compareKeyed(recs []record, a, b recordKey) int {
	if c := cmp.Or(cmp.Compare(a.k1, b.k1), cmp.Compare(a.k2, b.k2)); c != 0 {
		return c
	}
	return compareRecords(&recs[a.ri], &recs[b.ri])
}

func keyOf(r *record, ri int32) recordKey {
	k := recordKey{k1: 1 << 63, ri: ri}
	if r.dated {
		k.k1 = uint64(uint32(r.width()))<<32 | uint64(uint32(r.start)^1<<31)
	}
	start := uint64(min(max(int64(r.m.Mention.Start), 0), math.MaxUint32))
	k.k2 = uint64(uint32(r.docRank))<<32 | start
	return k
}

// splitOrder returns the bins with their records in the order one sort of
// all the records gives.
func splitOrder(recs []record, bins [][]int32) [][]int32 {
	binOf := make([]int32, len(recs))
	for k, b := range bins {
		for _, ri := range b {
			binOf[ri] = int32(k)
		}
	}
	all := allRecords(len(recs))
	sortRecords(recs, all)
	out := make([][]int32, len(bins))
	for k := range out {
		out[k] = bins[k][:0]
	}
	for _, ri := range all {
		out[binOf[ri]] = append(out[binOf[ri]], ri)
	}
	return out
}

// clusterSorted clusters the records of order, sorted by compareRecords,
// which meet no others; clusterOf is each record's event. Without ties
// (sortRecords) no record is another's twin.
func clusterSorted(recs []record, order []int32, clusterOf []int32, ties bool, place placeActors) *clusterList {
	ix := newIndex(len(order))
	cs := new(clusterList)
	copies := newCopyIndex() // a sentence as printed → its cluster
	for i, ri := range order {
		r := &recs[ri]
		if ties && i > 0 && compareRecords(r, &recs[order[i-1]]) == 0 {
			// The same telling twice over is one telling, whatever else
			// could merge.
			ci := clusterOf[order[i-1]]
			clusterOf[ri] = ci
			c := cs.at(ci)
			c.members = append(c.members, ri)
			c.widenCounts(r)
			continue
		}
		key, keyed := copyOf(r)
		if ci, ok := copies.get(key, recs, clusterOf); ok && keyed && !cs.at(ci).hasDoc(r.doc) {
			// The same sentence printed by another outlet (a wire copy)
			// tells the same event on the same dates.
			clusterOf[ri] = ci
			join(ix, cs.at(ci), ci, r, ri, judgement{fit: strongFit, overlap: true})
			continue
		}
		if ci, j, ok := bestCluster(ix, cs, recs, ri, place); ok {
			clusterOf[ri] = ci
			join(ix, cs.at(ci), ci, r, ri, j)
			continue
		}
		ci := cs.add(newCluster(r, ri))
		clusterOf[ri] = ci
		if keyed {
			copies.set(key, ri, recs, clusterOf)
		}
		ix.fileCluster(cs.at(ci), ci)
		ix.file(blockKey{fam: r.fam, a: r.doc, kind: byDoc}, ci)
	}
	return cs
}

// familyBins splits the records, by index, into up to n bins that never
// meet in the first pass, of about equal size. Families meet through
// kinds: a wire copy joins the event of its first printing, which has its
// kind (copyKey) but, of a kind filed by its word ("other"), maybe not
// its family. So families and kinds are joined where a record has both,
// and the groups they make are dealt out largest first, each to the bin
// with the fewest records.
func familyBins(recs []record, n int) [][]int32 {
	if n <= 1 || len(recs) < 2*parallelChunk {
		return [][]int32{allRecords(len(recs))}
	}
	nfam := int32(0)
	for i := range recs {
		nfam = max(nfam, recs[i].fam+1)
	}
	kinds := map[string]int32{}
	parent := make([]int32, nfam, 2*nfam)
	for i := range parent {
		parent[i] = int32(i)
	}
	find := func(x int32) int32 {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	lastKind, lastNode := "", int32(-1)
	for i := range recs {
		r := &recs[i]
		if lastNode < 0 || r.kind != lastKind {
			node, ok := kinds[r.kind]
			if !ok {
				node = int32(len(parent))
				parent = append(parent, node)
				kinds[r.kind] = node
			}
			lastKind, lastNode = r.kind, node
		}
		if a, b := find(r.fam), find(lastNode); a != b {
			parent[max(a, b)] = min(a, b)
		}
	}
	size := make([]int, len(parent))
	for i := range recs {
		size[find(recs[i].fam)]++
	}
	var groups []int32
	for g, s := range size {
		if s > 0 {
			groups = append(groups, int32(g))
		}
	}
	if len(groups) == 1 {
		return [][]int32{allRecords(len(recs))}
	}
	slices.SortFunc(groups, func(a, b int32) int { return cmp.Or(cmp.Compare(size[b], size[a]), cmp.Compare(a, b)) })
	n = min(n, len(groups))
	binOf := make([]int32, len(parent))
	load := make([]int, n)
	for _, g := range groups {
		b := slices.Index(load, slices.Min(load))
		binOf[g] = int32(b)
		load[b] += size[g]
	}
	bins := make([][]int32, n)
	for b := range bins {
		bins[b] = make([]int32, 0, load[b])
	}
	for i := range recs {
		b := binOf[find(recs[i].fam)]
		bins[b] = append(bins[b], int32(i))
	}
	return bins
}

func allRecords(n int) []int32 {
	order := make([]int32, n)
	for i := range order {
		order[i] = int32(i)
	}
	return order
}

// mergeBins puts the events of the bins in one list, in the order of
// their seeds, their first members: the order one pass over all the
// records makes them in. A bin's chunks are handed on to the list as
// they are emptied, so that the events are not held twice over.
func mergeBins(recs []record, lists []*clusterList) *clusterList {
	out := new(clusterList)
	next := make([]int32, len(lists))
	// Each bin's next seed, made once, not at every comparison.
	seeds := make([]recordKey, len(lists))
	seed := func(k int) {
		if next[k] < lists[k].n {
			ri := lists[k].at(next[k]).members[0]
			seeds[k] = keyOf(&recs[ri], ri)
		}
	}
	for k := range lists {
		seed(k)
	}
	for {
		best := -1
		for k, l := range lists {
			if next[k] < l.n && (best < 0 || compareKeyed(recs, seeds[k], seeds[best]) < 0) {
				best = k
			}
		}
		if best < 0 {
			out.spare = nil
			return out
		}
		l, i := lists[best], next[best]
		out.add(*l.at(i))
		next[best]++
		if next[best]%clusterChunk == 0 || next[best] == l.n {
			// The chunk is emptied: reuse it.
			chunk := &l.chunks[i/clusterChunk]
			clear((*chunk)[:cap(*chunk)])
			out.spare = append(out.spare, (*chunk)[:0])
			*chunk = nil
		}
		seed(best)
	}
}
