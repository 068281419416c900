package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/storyline/storyline/graph/render"
	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/layout"
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
	render drawer
}

func outputs() []output {
	return []output{
		{"events.json", func(_ context.Context, w io.Writer, tl *timeline.Timeline) error { return writeTimeline(w, tl) }},
		{"events.dot", graphOutput("events", "dot")},
		{"events.svg", graphOutput("events", "svg")},
		{"actors.dot", graphOutput("actors", "dot")},
		{"actors.svg", graphOutput("actors", "svg")},
		{"timeline.svg", func(_ context.Context, w io.Writer, tl *timeline.Timeline) error {
			return drawTimeline(w, tl, layout.Options{})
		}},
	}
}

func graphOutput(kind, format string) drawer {
	draw, _ := graphDrawer(kind, format, graphOptions{maxNodes: render.DefaultMaxNodes})
	return draw
}

func writeOutputs(ctx context.Context, dir string, tl *timeline.Timeline) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, o := range outputs() {
		if err := writeFile(filepath.Join(dir, o.name), func(w io.Writer) error { return o.render(ctx, w, tl) }); err != nil {
			return err
		}
	}
	return nil
}

// writeFile writes through a temporary file renamed into place, so that a
// failed run never leaves a truncated output behind.
func writeFile(path string, write func(io.Writer) error) (err error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	bw := bufio.NewWriter(f)
	if err := write(bw); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}
