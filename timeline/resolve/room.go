package resolve

import (
	"runtime"
	"runtime/metrics"
)

// makeRoom collects the garbage before a large allocation of about size
// bytes that would start a collection anyway, the heap being that near
// its goal. A collection started by the allocation runs beside it: the
// new memory comes on top of all the garbage, which is freed only after.
// Collected first, the garbage makes room for it. The merge calls it
// where it has just let go of much (the records, the scored edges) and
// is about to allocate much. (On the benchmark corpus, the heap reached
// 199 MB where the edges were let go and the records made again, 167 MB
// collected first.)
func makeRoom(size int) {
	sample := []metrics.Sample{{Name: "/gc/heap/goal:bytes"}, {Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindUint64 || sample[1].Value.Kind() != metrics.KindUint64 {
		return
	}
	if goal, heap := sample[0].Value.Uint64(), sample[1].Value.Uint64(); heap+uint64(size) > goal {
		runtime.GC()
	}
}

// letGoTables drops what only scoring reads, once the pairs are scored
// and before they are gathered into one list, the merge's peak: the
// documents' vectors and the table of their cosines (16 MB of the
// benchmark corpus's 2,000 documents), the events' spots, words and
// facts. Clustering reads the pairs alone, and ps only for its weights.
func (ps *pairScorer) letGoTables() {
	ps.docs, ps.near, ps.cosines, ps.kth = nil, nil, nil, nil
	ps.spots, ps.words, ps.told = nil, nil, nil
	ps.people, ps.named, ps.actorRank = nil, nil, nil
}
