package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/ingest"
	"github.com/storyline/storyline/timeline/language"
)

// progressDelay is how long a stage runs before its line appears: a run
// that ends sooner prints nothing, however many stages it has.
var progressDelay = 500 * time.Millisecond

// progress tells a person at a terminal what a long run is doing: a line
// per stage that counts the seconds, then says what the stage gave. It
// writes nothing when stderr is not a terminal (a pipe, a file, a test),
// so that logs and scripts get only the diagnostics.
type progress struct {
	w     io.Writer // nil when quiet
	mu    sync.Mutex
	shown bool // a line has been written: later stages report too
	width int  // length of the line being rewritten
	stage string
	began time.Time
	stop  chan struct{}
	wg    sync.WaitGroup
}

// terminal reports whether progress goes to w; tests stand in for a terminal.
var terminal = isTerminal

func newProgress(w io.Writer) *progress {
	if !terminal(w) {
		return &progress{}
	}
	return &progress{w: w}
}

// isTerminal reports whether w is a terminal, without cgo: a character
// device other than /dev/null (which is one too, and nobody reads).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok || os.Getenv("TERM") == "dumb" {
		return false
	}
	fi, err := f.Stat()
	if err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	null, err := os.Stat(os.DevNull)
	return err != nil || !os.SameFile(fi, null)
}

// begin starts a stage: "reading 12 inputs".
func (p *progress) begin(stage string) {
	if p.w == nil {
		return
	}
	p.stage, p.began, p.stop = stage, time.Now(), make(chan struct{})
	p.wg.Go(func() {
		t := time.NewTicker(250 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-p.stop:
				return
			case <-t.C:
				if d := time.Since(p.began); d >= progressDelay || p.shown {
					p.line(fmt.Sprintf("%s… %ds", p.stage, int(d.Seconds())), false)
				}
			}
		}
	})
}

// end finishes the stage with what it gave: "read 12 documents". It says
// nothing when no line has been shown yet.
func (p *progress) end(result string) {
	if p.w == nil || p.stop == nil {
		return
	}
	close(p.stop)
	p.wg.Wait()
	p.stop = nil
	if d := time.Since(p.began); p.shown || d >= progressDelay {
		p.line(fmt.Sprintf("%s (%.1fs)", result, d.Seconds()), true)
	}
}

// line rewrites the current line with s, padded over the old one, and
// ends it when final.
func (p *progress) line(s string, final bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	s = "storyline: " + s
	pad := max(p.width-len(s), 0)
	p.width = len(s)
	end := ""
	if final {
		end, p.width = "\n", 0
	}
	fmt.Fprintf(p.w, "\r%s%s%s", s, strings.Repeat(" ", pad), end)
	p.shown = true
}

// loadTimelineShowing is loadTimeline with progress shown by p.
func loadTimelineShowing(e *env, p *progress, fs *flag.FlagSet, in inputFlags, paths []string) (*timeline.Timeline, int) {
	if len(paths) == 1 && strings.HasSuffix(paths[0], ".json") {
		if tl, ok := readEventsDocument(paths[0]); ok {
			return tl, exitOK
		}
	}
	return buildTimelineShowing(e, p, fs, in, paths)
}

// buildTimelineShowing is buildTimeline with progress shown by p: the
// documents read, then the events extracted and merged.
func buildTimelineShowing(e *env, p *progress, fs *flag.FlagSet, in inputFlags, paths []string) (*timeline.Timeline, int) {
	if len(paths) == 0 {
		return buildTimeline(e, fs, in, paths) // says what is missing
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
	go language.Syntax() // read while the articles are (see buildTimeline)
	p.begin("reading " + plural(len(paths), "input"))
	docs, diags := ingest.ReadPaths(paths, e.stdin, opt)
	p.end(fmt.Sprintf("read %s, %s", plural(len(docs), "document"), size(docs)))
	reportDiagnostics(e.stderr, diags)
	limitMemory(docs, true)
	p.begin("extracting and merging the events of " + plural(len(docs), "document"))
	tl := build.Build(docs)
	p.end(fmt.Sprintf("merged into %s, %s and %s",
		plural(len(tl.Events), "event"), plural(len(tl.Actors), "actor"), plural(len(tl.Links), "link")))
	reportDiagnostics(e.stderr, tl.Diagnostics) // the build's own: a document it could not read
	tl.Diagnostics = append(diags, tl.Diagnostics...)
	return tl, exitFor(tl.Diagnostics)
}

// size is the size of the documents' text: "52 KB", "1.3 MB".
func size(docs []timeline.Document) string {
	n := 0
	for i := range docs {
		n += len(docs[i].Text)
	}
	if n < 1e6 {
		return fmt.Sprintf("%d KB", (n+999)/1000)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/1e6)
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
