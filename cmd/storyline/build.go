package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/storyline/storyline/graph/render"
	"github.com/storyline/storyline/timeline/layout"

	"github.com/storyline/storyline/timeline"
)

func runBuild(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet("build", "[--dct YYYY-MM-DD] INPUT... -o DIR", e.stderr)
	var in inputFlags
	in.register(fs)
	out := fs.String("o", "storyline-out", "output `DIR`")
	paths, code := parseFlags(fs, args)
	if code >= 0 {
		return code
	}
	tl, code := buildTimeline(e, fs, in, paths)
	if tl == nil {
		return code
	}
	if err := writeOutputs(ctx, *out, tl); err != nil {
		fmt.Fprintf(e.stderr, "storyline build: %v\n", err)
		return exitPartial
	}
	fmt.Fprintf(e.stderr, "storyline: %d documents, %d events, %d actors, %d links → %s\n",
		len(tl.Documents), len(tl.Events), len(tl.Actors), len(tl.Links), *out)
	return code
}

// output is one file that build writes.
type output struct {
	name   string
	render func(ctx context.Context, tl *timeline.Timeline, buf *bytes.Buffer) error
}

func outputs() []output {
	return []output{
		{"events.json", func(_ context.Context, tl *timeline.Timeline, buf *bytes.Buffer) error { return writeJSON(buf, tl) }},
		{"events.dot", graphOutput("events", "dot")},
		{"events.svg", graphOutput("events", "svg")},
		{"actors.dot", graphOutput("actors", "dot")},
		{"actors.svg", graphOutput("actors", "svg")},
		{"timeline.svg", func(_ context.Context, tl *timeline.Timeline, buf *bytes.Buffer) error {
			return drawTimeline(buf, tl, layout.Options{})
		}},
	}
}

func graphOutput(kind, format string) func(context.Context, *timeline.Timeline, *bytes.Buffer) error {
	draw, _ := graphDrawer(kind, format, render.DefaultMaxNodes)
	return func(ctx context.Context, tl *timeline.Timeline, buf *bytes.Buffer) error {
		return draw(ctx, buf, tl)
	}
}

func writeOutputs(ctx context.Context, dir string, tl *timeline.Timeline) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var buf bytes.Buffer
	for _, o := range outputs() {
		buf.Reset()
		if err := o.render(ctx, tl, &buf); err != nil {
			return fmt.Errorf("%s: %w", o.name, err)
		}
		if err := os.WriteFile(filepath.Join(dir, o.name), buf.Bytes(), 0o644); err != nil {
			return err
		}
	}
	return nil
}
