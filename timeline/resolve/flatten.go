package resolve

import (
	"runtime"
	"sync"

	"github.com/storyline/storyline/timeline/extract"
)

// flattenAgain is flatten of the results flatten was given before. Every
// name is interned already, so the interners are only read, and the
// records are made on every CPU, each worker writing its own run of
// records and of ids (the second flatten was serial wall time on the
// benchmark corpus, 45 ms).
func (f *flattener) flattenAgain(results []extract.Result) []record {
	firstRec := make([]int, len(results)+1) // each result's first record
	firstID := make([]int, len(results)+1)  // and first id in the arena
	for i := range results {
		ids := 0
		for j := range results[i].Events {
			em := &results[i].Events[j]
			ids += 2*len(em.Actors) + len(em.Places)
		}
		firstRec[i+1] = firstRec[i] + len(results[i].Events)
		firstID[i+1] = firstID[i] + ids
	}
	f.arena = nil // the first flatten's: let the GC have it
	recs := make([]record, firstRec[len(results)])
	arena := make([]int32, 0, firstID[len(results)])
	rank := f.docs.ranks()
	workers := min(runtime.GOMAXPROCS(0), max(1, len(recs)/parallelChunk))
	var wg sync.WaitGroup
	next := 0
	for w := range workers {
		// Runs of about equal numbers of records.
		lo, hi := next, next
		for hi < len(results) && firstRec[hi] < len(recs)*(w+1)/workers {
			hi++
		}
		if w == workers-1 {
			hi = len(results)
		}
		next = hi
		wg.Go(func() {
			fw := *f
			fw.arena = arena[firstID[lo]:firstID[lo]:firstID[hi]]
			for ri := lo; ri < hi; ri++ {
				res := &results[ri]
				lead := firstTelling(res)
				for ei := range res.Events {
					r := &recs[firstRec[ri]+ei]
					*r = fw.record(res, &res.Events[ei])
					r.docRank = rank[r.doc]
					r.first = res.Events[ei].Mention.Start == lead
				}
			}
		})
	}
	wg.Wait()
	return recs
}
