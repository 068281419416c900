package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"

	"github.com/storyline/storyline/graph/dot"
	"github.com/storyline/storyline/graph/render"
	"github.com/storyline/storyline/timeline"
)

func runGraph(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet("graph", "[--kind events|actors] [--format dot|svg|png] [-o FILE] INPUT...", e.stderr)
	var in inputFlags
	in.register(fs)
	kind := fs.String("kind", "events", "which graph: `events` (what led to what) or actors (who deals with whom)")
	format := fs.String("format", "dot", "output format: `dot`, svg or png")
	out := fs.String("o", "-", "output `FILE` (- for standard output)")
	maxNodes := fs.Int("max-nodes", render.DefaultMaxNodes, "summarise graphs with more nodes than this (svg and png)")
	undated := fs.Bool("undated", false, "keep undated events that take part in no link (event graph)")
	pictures := filterFlags(fs)
	paths, code := parseFlags(fs, args)
	if code >= 0 {
		return code
	}
	draw, ok := graphDrawer(*kind, *format, graphOptions{maxNodes: *maxNodes, undated: *undated})
	if !ok {
		fmt.Fprintf(e.stderr, "storyline graph: unknown --kind %q or --format %q\n", *kind, *format)
		fs.Usage()
		return exitUsage
	}
	tl, code := loadTimeline(e, fs, in, paths)
	if tl == nil {
		return code
	}
	tl = pictures.apply(tl)
	var buf bytes.Buffer
	if err := draw(ctx, &buf, tl); err != nil {
		fmt.Fprintf(e.stderr, "storyline graph: %v\n", err)
		return exitPartial
	}
	if err := writeOutput(e.stdout, *out, buf.Bytes()); err != nil {
		fmt.Fprintf(e.stderr, "storyline graph: %v\n", err)
		return exitPartial
	}
	return code
}

// drawer writes one picture of a timeline.
type drawer func(ctx context.Context, w io.Writer, tl *timeline.Timeline) error

// graphOptions are the graph flags.
type graphOptions struct {
	maxNodes int
	undated  bool
}

// graphDrawer returns the drawer for a graph kind and format.
func graphDrawer(kind, format string, g graphOptions) (drawer, bool) {
	if format == "dot" {
		opt := dot.Options{Undated: g.undated}
		switch kind {
		case "events":
			return func(_ context.Context, w io.Writer, tl *timeline.Timeline) error {
				return dot.WriteEvents(w, tl, opt)
			}, true
		case "actors":
			return func(_ context.Context, w io.Writer, tl *timeline.Timeline) error {
				return dot.WriteActors(w, tl, opt)
			}, true
		}
		return nil, false
	}
	f, err := render.ParseFormat(format)
	if err != nil {
		return nil, false
	}
	opt := render.Options{MaxNodes: g.maxNodes, Undated: g.undated}
	switch kind {
	case "events":
		return func(ctx context.Context, w io.Writer, tl *timeline.Timeline) error {
			return render.Events(ctx, w, tl, f, opt)
		}, true
	case "actors":
		return func(ctx context.Context, w io.Writer, tl *timeline.Timeline) error {
			return render.Actors(ctx, w, tl, f, opt)
		}, true
	}
	return nil, false
}

// writeOutput writes b to the named file, or to stdout for "-".
func writeOutput(stdout io.Writer, path string, b []byte) error {
	if path == "-" {
		_, err := stdout.Write(b)
		return err
	}
	return os.WriteFile(path, b, 0o644)
}
