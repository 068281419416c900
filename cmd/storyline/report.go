package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

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
		b, ok := drawn[f.name]
		if !ok {
			var buf bytes.Buffer
			if err := f.draw(ctx, &buf, tl); err != nil {
				return fmt.Errorf("%s: %w", f.name, err)
			}
			b = buf.Bytes()
		}
		if kind, isGraph := strings.CutSuffix(f.name, ".svg"); isGraph && kind != "timeline" {
			var err error
			if b, err = fitForPage(ctx, b, kind, tl); err != nil {
				return fmt.Errorf("%s: %w", f.name, err)
			}
		}
		*f.dst = b
	}
	if !actorsTied(tl) {
		// The actor graph would be an empty frame whose title says no
		// two actors share an event: the report leaves it out.
		opt.ActorGraph = report.Figure{}
	}
	return report.Write(w, tl, opt)
}

// A graph picture wider or taller than these, in points, is drawn again
// for the report, summarised to the most told events or the most active
// actors: the report fits a picture to the page, and the event graph of
// the 2,000-article benchmark corpus, 300 events over 22,079 pt, showed
// as a grey strip at 1/18 of its size. The graph files beside the report
// keep every node; real stories' graphs are far smaller (under 1,200 pt).
const (
	maxFigureWidth  = 2400
	maxFigureHeight = 1600
	// minFigureNodes is the fewest nodes a summarised picture keeps.
	minFigureNodes = 5
)

// figureNodes is how many nodes a graph is first summarised to for the page.
var figureNodes = map[string]int{"events": 30, "actors": 20}

// svgSize matches the size Graphviz gives an SVG picture, in points.
var svgSize = regexp.MustCompile(`<svg width="([0-9.]+)pt" height="([0-9.]+)pt"`)

// fitForPage returns the graph picture b of the given kind, or, when it
// is too large to read on the page, the graph drawn again summarised to
// its most told nodes (its heading says so), halving their number while
// the picture stays too large: events on as many days as there are
// events lie in as many columns.
func fitForPage(ctx context.Context, b []byte, kind string, tl *timeline.Timeline) ([]byte, error) {
	for n := figureNodes[kind]; tooLarge(b) && n >= minFigureNodes; n /= 2 {
		draw, _ := graphDrawer(kind, "svg", graphOptions{maxNodes: n})
		var buf bytes.Buffer
		if err := draw(ctx, &buf, tl); err != nil {
			return nil, err
		}
		b = buf.Bytes()
	}
	return b, nil
}

// tooLarge reports whether an SVG picture of Graphviz's is too large to
// read on the page.
func tooLarge(b []byte) bool {
	m := svgSize.FindSubmatch(b)
	if m == nil {
		return false
	}
	w, errW := strconv.ParseFloat(string(m[1]), 64)
	h, errH := strconv.ParseFloat(string(m[2]), 64)
	return errW == nil && errH == nil && (w > maxFigureWidth || h > maxFigureHeight)
}

// actorsTied says whether two actors of tl share an event, so that the
// actor graph has something to draw. An error is left for the graph's own
// drawing to report.
func actorsTied(tl *timeline.Timeline) bool {
	g, err := graph.Actors(tl)
	return err != nil || len(g.Ties()) > 0
}
