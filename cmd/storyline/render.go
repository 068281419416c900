package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/export"
	"github.com/storyline/storyline/timeline/layout"
	"github.com/storyline/storyline/timeline/report"
	"github.com/storyline/storyline/timeline/svg"
)

func runRender(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet("render", "timeline [--format svg|timelinejs|csv|html] [flags] INPUT... -o FILE", e.stderr)
	var in inputFlags
	in.register(fs)
	out := fs.String("o", "-", "output `FILE` (- for standard output)")
	format := fs.String("format", "svg", "output `format`: "+strings.Join(renderFormatNames(), ", ")+" (the layout flags shape the svg and the report's timeline; timelinejs and csv hold every event)")
	from := fs.String("from", "", "first day shown, `YYYY-MM-DD`")
	to := fs.String("to", "", "last day shown, `YYYY-MM-DD`")
	actors := fs.String("actor", "", "show only events with these actors: comma-separated `ids or names`")
	pictures := filterFlags(fs)
	var opt layout.Options
	fs.Float64Var(&opt.Width, "width", layout.DefaultWidth, "picture width in `pixels`")
	fs.IntVar(&opt.Lanes, "lanes", 0, "how many actors get a lane of their own (0: the default, 6)")
	fs.BoolVar(&opt.SingleLane, "single-lane", false, "draw every event in one lane")
	fs.BoolVar(&opt.ShowLinks, "links", false, "draw arrows for the links between events")
	fs.IntVar(&opt.MaxLabels, "max-labels", 0, "label at most `N` events: actions before statements, then the most-sourced (0: no cap)")
	fs.StringVar(&opt.Title, "title", "", "the picture's heading")
	if len(args) == 0 || args[0] != "timeline" {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			fs.Usage()
			return exitOK
		}
		fmt.Fprintln(e.stderr, "storyline render: want 'render timeline'")
		fs.Usage()
		return exitUsage
	}
	paths, code := parseFlags(fs, args[1:])
	if code >= 0 {
		return code
	}
	write, ok := renderFormats()[*format]
	if !ok {
		fmt.Fprintf(e.stderr, "storyline render: unknown --format %q (want %s)\n", *format, strings.Join(renderFormatNames(), ", "))
		return exitUsage
	}
	var err error
	if opt.From, err = optionalDate(*from); err != nil {
		fmt.Fprintf(e.stderr, "storyline render: --from: %v\n", err)
		return exitUsage
	}
	if opt.To, err = optionalDate(*to); err != nil {
		fmt.Fprintf(e.stderr, "storyline render: --to: %v\n", err)
		return exitUsage
	}
	if *actors != "" {
		opt.Actors = strings.Split(*actors, ",")
	}
	tl, code := loadTimelineShowing(e, newProgress(e.stderr), fs, in, paths)
	if tl == nil {
		return code
	}
	if *format != "csv" {
		tl = pictures.apply(tl)
	}
	var buf bytes.Buffer
	if err := write(ctx, &buf, tl, opt); err != nil {
		fmt.Fprintf(e.stderr, "storyline render: %v\n", err)
		return exitPartial
	}
	if err := writeOutput(e.stdout, *out, buf.Bytes()); err != nil {
		fmt.Fprintf(e.stderr, "storyline render: %v\n", err)
		return exitPartial
	}
	return code
}

// renderWriter writes a timeline in one format, the picture drawn with opt.
type renderWriter func(ctx context.Context, w io.Writer, tl *timeline.Timeline, opt layout.Options) error

// renderFormats are render's --format values.
func renderFormats() map[string]renderWriter {
	return map[string]renderWriter{
		"svg": func(_ context.Context, w io.Writer, tl *timeline.Timeline, opt layout.Options) error {
			return drawTimeline(w, tl, opt)
		},
		"html": func(ctx context.Context, w io.Writer, tl *timeline.Timeline, opt layout.Options) error {
			return writeReportWith(ctx, w, tl, report.Options{Title: opt.Title}, nil, opt)
		},
		"timelinejs": func(_ context.Context, w io.Writer, tl *timeline.Timeline, opt layout.Options) error {
			return export.TimelineJS(w, tl, export.Options{Title: opt.Title})
		},
		"csv": func(_ context.Context, w io.Writer, tl *timeline.Timeline, _ layout.Options) error {
			return export.CSV(w, tl)
		},
	}
}

func renderFormatNames() []string {
	return slices.Sorted(maps.Keys(renderFormats()))
}

func drawTimeline(w io.Writer, tl *timeline.Timeline, opt layout.Options) error {
	d, err := layout.Layout(tl, opt)
	if err != nil {
		return err
	}
	return svg.Render(w, d, svg.Options{})
}

func optionalDate(s string) (timeline.Date, error) {
	if s == "" {
		return timeline.Date{}, nil
	}
	return timeline.ParseDate(s)
}
