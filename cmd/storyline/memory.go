package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/language"
	"github.com/storyline/storyline/timeline/language/hugepage"
)

// limitMemory asks the garbage collector to keep the whole process, not
// only its heap, under the memory budget of a run: three times the corpus
// plus 100 MB, unless the user set GOMEMLIMIT. The models are loaded
// here, once, so that what the process holds outside the Go heap can be
// measured and left room for: the binary's pages, the graph renderer's
// WebAssembly runtime and the models' weight tables, which are mapped
// outside the heap (about 51 MB in all), none of which the runtime's
// limit sees. It is a soft limit: the collector works harder near it.
//
// A corpus whose live heap outgrows that budget by far gets the budget of
// the heap alone, the models on top (as before the tables left the heap),
// and after each collection a limit that follows its live heap
// (followLiveHeap): squeezing it harder only keeps the collector running.
// Merging the benchmark corpus (bench2000: 1,694 articles, 8.6 MB) holds
// up to about 165 MB live (170-190 before the merge's records and events
// shrank), over its budget of 126 MB: held to the live heap and an
// eighth, the run took 12-13 s and 21-23 CPU seconds for 215-223 MB RSS,
// against 7.8-8.1 s, 14-14.5 CPU seconds and 226 MB this way. ECB+ dev
// (368 KB of JSONL, budget 101 MB) peaks at 99 MB RSS this way, 123-126
// MB with the heap alone limited; one short article at 88 MB. (Measured
// again under the load of other jobs, with the smaller merge: bench2000
// 226-232 MB RSS and 19-24 user CPU seconds, 237-246 MB and 21-27
// before; ECB+ train 106 MB, 109-110 before; ECB+ dev 98 MB; one
// article 91-95 MB.)
//
// With models set, the run reads the language models first. (Setting the
// limit without waiting for them, while the actors are found, saved 0.02
// s of ECB+ dev's 0.74 and raised its peak from 105 MB to 111-125 MB.)
func limitMemory(docs []timeline.Document, models bool) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	var corpus int64
	for i := range docs {
		corpus += int64(len(docs[i].Text))
	}
	if models {
		language.Syntax() // a failure is reported by the pipeline
	}
	runtime.GC()
	b := budgets{
		process: 3*corpus + 100<<20 - residentOutsideGo() - overshoot,
		heap:    liveHeap() + hugepage.Mapped() + 3*corpus + 100<<20,
	}
	b.near = nearBudget(corpus, b.process)
	debug.SetMemoryLimit(b.limit(liveHeap()))
	followLiveHeap(b)
}

// overshoot is left free under the process's budget since the limit is
// soft: the workers go on allocating while a collection runs. Limited
// to the budget itself, ECB+ dev (budget 101 MB) peaked at 103-105 MB;
// with this much left, at 99 MB, 3% slower.
const overshoot = 6 << 20

// budgets are the heap limits of a run: the one that keeps the process
// within its budget, how far over it a live heap is still held to it
// (near; 0 for a corpus whose heap will outgrow it by far, which is not
// held to it at all), and the one for a heap that has outgrown it.
type budgets struct{ process, near, heap int64 }

// nearBudget is budgets.near for a corpus of corpus bytes and a process
// budget of process bytes: a heap up to twice the budget is held to its
// live heap. Held so, a heap just over the budget keeps the process near
// it: ECB+ train (1.2 MB, budget 104 MB; 45-50 MB live against a heap
// budget of 46, more while the merge's pairs are scored) peaked at
// 128-140 MB given the heap's budget, 100-103 MB held, for 5-10% more
// CPU. (Held only up to half the budget again, it broke out in one run of
// three once the merge compared words under four senses.) A corpus whose
// live heap will end far over the budget is not held at all: the merge
// holds about 20 times the corpus over the lexicons and models (ECB+
// train 25 MB, bench2000 145; bench2000 140 at its peak once the merge's
// records and events shrank), and holding bench2000 while its live heap
// rose through half its budget again cost a third more CPU for 10 MB less.
func nearBudget(corpus, process int64) int64 {
	if 20*corpus > process {
		return 0
	}
	return process
}

// limit is the heap limit for a live heap of live bytes.
func (b budgets) limit(live int64) int64 {
	room := withHeadroom(live)
	switch {
	case b.near == 0:
		// Its peak, in the merge, will be over the budget whatever is
		// done before: held to the budget while under it, the benchmark
		// corpus's heap (35-50 MB live while the actors are found) was
		// collected 60 times there, 4 times given the heap's budget,
		// for the same peak.
		return max(b.heap, room)
	case room <= b.process:
		return b.process
	case room <= b.process+b.near:
		return room
	}
	return max(b.heap, room)
}

// residentOutsideGo is how much of the process's resident memory the Go
// runtime does not manage, or 0 where that cannot be read.
func residentOutsideGo() int64 {
	rss := residentBytes()
	if rss == 0 {
		return 0
	}
	s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 || s[1].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return max(0, rss-int64(s[0].Value.Uint64()-s[1].Value.Uint64()))
}

// residentBytes is the process's resident set size from Linux's
// /proc/self/statm (in pages: size, resident, …), or 0 elsewhere.
func residentBytes() int64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b))
	if len(f) < 2 {
		return 0
	}
	pages, err := strconv.ParseInt(f[1], 10, 64)
	if err != nil {
		return 0
	}
	return pages * int64(os.Getpagesize())
}

// liveHeap is the heap the last collection found live, or 0 if unknown.
func liveHeap() int64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return int64(s[0].Value.Uint64())
}

// withHeadroom is a limit over a live heap of live bytes: more allocated
// between two collections collects less often, and leaves a higher peak.
func withHeadroom(live int64) int64 { return live + live/liveHeadroom }

// liveHeadroom is the share of the live heap that may be allocated
// between two collections once the live heap is over the budget.
const liveHeadroom = 8 // an eighth

// limitGeneration stops the limit-following of an earlier limitMemory
// (a command run in-process by the tests), so that one at most goes on;
// limitMu orders its changes with the limits set, so that no limit is set
// by a following already stopped.
var (
	limitMu         sync.Mutex
	limitGeneration int64
)

// stopFollowing stops the limit-following under way, if any.
func stopFollowing() {
	limitMu.Lock()
	limitGeneration++
	limitMu.Unlock()
}

// followLiveHeap sets the memory limit after each collection to the
// budgets' limit for the live heap. The memory limit, unlike a lower GOGC,
// also makes the runtime give freed memory back at once, which keeps the
// peak RSS near the peak heap.
func followLiveHeap(b budgets) {
	limitMu.Lock()
	limitGeneration++
	gen := limitGeneration
	limitMu.Unlock()
	var arm func()
	arm = func() {
		// A finalizer runs after the collection that finds its object
		// unreachable: one per cycle, each arming the next.
		sentinel := &gcSentinel{}
		runtime.SetFinalizer(sentinel, func(*gcSentinel) {
			limitMu.Lock()
			defer limitMu.Unlock()
			if limitGeneration != gen {
				return
			}
			if live := liveHeap(); live > 0 {
				debug.SetMemoryLimit(b.limit(live))
			}
			arm()
		})
	}
	arm()
}

// gcSentinel is an object big enough to get a heap allocation of its
// own: the runtime may never finalize a tiny one.
type gcSentinel struct {
	_ [32]byte
	_ *int
}
