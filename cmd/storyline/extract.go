package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"sync/atomic"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/language"
)

func runExtract(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet("extract", "[--dct YYYY-MM-DD] [--max-bytes N] INPUT...", e.stderr)
	var in inputFlags
	in.register(fs)
	paths, code := parseFlags(fs, args)
	if code >= 0 {
		return code
	}
	tl, code := buildTimeline(e, fs, in, paths)
	if tl == nil {
		return code
	}
	if err := writeTimeline(e.stdout, tl); err != nil {
		fmt.Fprintf(e.stderr, "storyline extract: %v\n", err)
		return exitPartial
	}
	return code
}

// buildTimeline reads the inputs and runs the pipeline. It returns a nil
// Timeline with a usage exit code when the command line is wrong.
func buildTimeline(e *env, fs *flag.FlagSet, in inputFlags, paths []string) (*timeline.Timeline, int) {
	if len(paths) == 0 {
		fmt.Fprintln(e.stderr, "storyline: no input: name files, folders or - for standard input")
		fs.Usage()
		return nil, exitUsage
	}
	opt, err := in.options()
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline: %v\n", err)
		return nil, exitUsage
	}
	build, err := in.pipeline()
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline: %v\n", err)
		return nil, exitUsage
	}
	docs, diags := readArticles(e, paths, opt)
	limitMemory(docs)
	tl := build.Build(docs)
	tl.Diagnostics = append(diags, tl.Diagnostics...)
	return tl, exitFor(diags)
}

// loadTimeline reads an events document (a storyline/v1 JSON file) when it
// is the one input, and otherwise builds one from the articles.
func loadTimeline(e *env, fs *flag.FlagSet, in inputFlags, paths []string) (*timeline.Timeline, int) {
	if len(paths) == 1 && strings.HasSuffix(paths[0], ".json") {
		if tl, ok := readEventsDocument(paths[0]); ok {
			return tl, exitOK
		}
	}
	return buildTimeline(e, fs, in, paths)
}

// readEventsDocument reads path as an events document; ok is false when it
// is not one (a news-please article, say).
func readEventsDocument(path string) (tl *timeline.Timeline, ok bool) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, false
	}
	var head struct {
		Schema string `json:"schema"`
	}
	if json.Unmarshal(b, &head) != nil || head.Schema != timeline.Schema {
		return nil, false
	}
	tl = new(timeline.Timeline)
	if json.Unmarshal(b, tl) != nil {
		return nil, false
	}
	return tl, true
}

// limitMemory asks the garbage collector to keep the heap under three
// times the corpus plus 100 MB, the memory budget of a run, on top of the
// embedded models (loaded here, once, so that they can be measured),
// unless the user set GOMEMLIMIT. It is a soft limit: the collector works
// harder near it, and a corpus that needs more still gets it. A limit
// under what the models alone hold would only keep the collector running.
//
// A limit under the live heap keeps the collector running too: merging
// the benchmark corpus (bench2000: 1,694 articles, 8.6 MB) held 310 MB,
// over twice its budget, and a collector running back to back spent a
// tenth of the run's CPU (20 → 17.5 CPU seconds) without making the peak
// any smaller. So after each collection the limit follows the live heap
// (followLiveHeap). (Since merging holds and allocates less, the live
// heap passes the budget only briefly: the run peaks at 216 MB RSS, with
// at most 172 MB of heap at the end of a collection, on bench2000.)
func limitMemory(docs []timeline.Document) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	var corpus int64
	for i := range docs {
		corpus += int64(len(docs[i].Text))
	}
	language.Syntax() // a failure is reported by the pipeline
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	budget := int64(m.HeapAlloc) + 3*corpus + 100<<20
	debug.SetMemoryLimit(budget)
	followLiveHeap(budget)
}

// liveHeadroom is the share of the live heap that may be allocated
// between two collections once the live heap is over the budget: more
// collects less often, and leaves a higher peak.
const liveHeadroom = 8 // an eighth

// limitGeneration stops the limit-following of an earlier limitMemory
// (a command run in-process by the tests), so that one at most goes on.
var limitGeneration atomic.Int64

// followLiveHeap sets the memory limit after each collection to the
// budget, or to the live heap and an eighth of it when that is more. The
// memory limit, unlike a lower GOGC, also makes the runtime give freed
// memory back at once, which keeps the peak RSS near the peak heap.
func followLiveHeap(budget int64) {
	gen := limitGeneration.Add(1)
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	var arm func()
	arm = func() {
		// A finalizer runs after the collection that finds its object
		// unreachable: one per cycle, each arming the next.
		sentinel := &gcSentinel{}
		runtime.SetFinalizer(sentinel, func(*gcSentinel) {
			if limitGeneration.Load() != gen {
				return
			}
			metrics.Read(sample)
			if sample[0].Value.Kind() == metrics.KindUint64 {
				live := int64(sample[0].Value.Uint64())
				debug.SetMemoryLimit(max(budget, live+live/liveHeadroom))
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

// writeJSON writes v as indented JSON, leaving <, > and & readable.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
