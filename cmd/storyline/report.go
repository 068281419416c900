package main

import (
	"bytes"
	"context"
	"fmt"
	"io"

	"github.com/storyline/storyline/graph"
	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/layout"
	"github.com/storyline/storyline/timeline/report"
)

func runReport(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet("report", "[--dct YYYY-MM-DD] [--title T] INPUT... -o report.html", e.stderr)
	var in inputFlags
	in.register(fs)
	out := fs.String("o", "-", "output `FILE` (- for standard output)")
	title := fs.String("title", "", "the report's `title` (default \""+report.DefaultTitle+"\")")
	pictures := filterFlags(fs)
	paths, code := parseFlags(fs, args)
	if code >= 0 {
		return code
	}
	tl, code := loadTimelineShowing(e, newProgress(e.stderr), fs, in, paths)
	if tl == nil {
		return code
	}
	tl = pictures.apply(tl)
	var buf bytes.Buffer
	if err := writeReportWith(ctx, &buf, tl, report.Options{Title: *title}, nil, layout.Options{}); err != nil {
		fmt.Fprintf(e.stderr, "storyline report: %v\n", err)
		return exitPartial
	}
	if err := writeOutput(e.stdout, *out, buf.Bytes()); err != nil {
		fmt.Fprintf(e.stderr, "storyline report: %v\n", err)
		return exitPartial
	}
	return code
}

// writeReportWith writes the HTML report of tl with the timeline and both
// graphs in it: those in drawn (by build's file names) as they are, the
// others drawn here, the timeline with lo. The pictures are drawn here and
// not in the report package, so that the report depends on the model
// alone.
func writeReportWith(ctx context.Context, w io.Writer, tl *timeline.Timeline, opt report.Options,
	drawn map[string][]byte, lo layout.Options) error {
	figures := []struct {
		name string
		dst  *[]byte
		draw drawer
	}{
		{"timeline.svg", &opt.Timeline.SVG, func(_ context.Context, w io.Writer, tl *timeline.Timeline) error {
			return drawTimeline(w, tl, lo)
		}},
		{"events.svg", &opt.EventGraph.SVG, graphOutput("events", "svg")},
		{"actors.svg", &opt.ActorGraph.SVG, graphOutput("actors", "svg")},
	}
	for _, f := range figures {
		if b, ok := drawn[f.name]; ok {
			*f.dst = b
			continue
		}
		var b bytes.Buffer
		if err := f.draw(ctx, &b, tl); err != nil {
			return fmt.Errorf("%s: %w", f.name, err)
		}
		*f.dst = b.Bytes()
	}
	if !actorsTied(tl) {
		// The actor graph would be an empty frame whose title says no
		// two actors share an event: the report leaves it out.
		opt.ActorGraph = report.Figure{}
	}
	return report.Write(w, tl, opt)
}

// actorsTied says whether two actors of tl share an event, so that the
// actor graph has something to draw. An error is left for the graph's own
// drawing to report.
func actorsTied(tl *timeline.Timeline) bool {
	g, err := graph.Actors(tl)
	return err != nil || len(g.Ties()) > 0
}
