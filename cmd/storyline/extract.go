package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

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
	// The models take a fifth of a second to read: read them while the
	// articles are read.
	go language.Syntax()
	docs, diags := readArticles(e, paths, opt)
	limitMemory(docs, true)
	tl := build.Build(docs)
	reportDiagnostics(e.stderr, tl.Diagnostics) // the build's own: a document it could not read
	tl.Diagnostics = append(diags, tl.Diagnostics...)
	return tl, exitFor(tl.Diagnostics)
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

// writeJSON writes v as indented JSON, leaving <, > and & readable.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
