package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/layout"
	"github.com/storyline/storyline/timeline/svg"
)

func runRender(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet("render", "timeline [flags] INPUT... -o FILE", e.stderr)
	var in inputFlags
	in.register(fs)
	out := fs.String("o", "-", "output `FILE` (- for standard output)")
	from := fs.String("from", "", "first day shown, `YYYY-MM-DD`")
	to := fs.String("to", "", "last day shown, `YYYY-MM-DD`")
	actors := fs.String("actor", "", "show only events with these actors: comma-separated `ids or names`")
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
	tl, code := loadTimeline(e, fs, in, paths)
	if tl == nil {
		return code
	}
	var buf bytes.Buffer
	if err := drawTimeline(&buf, tl, opt); err != nil {
		fmt.Fprintf(e.stderr, "storyline render: %v\n", err)
		return exitPartial
	}
	if err := writeOutput(e.stdout, *out, buf.Bytes()); err != nil {
		fmt.Fprintf(e.stderr, "storyline render: %v\n", err)
		return exitPartial
	}
	return code
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
