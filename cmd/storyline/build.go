package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/storyline/storyline/graph/render"
	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/export"
	"github.com/storyline/storyline/timeline/layout"
	"github.com/storyline/storyline/timeline/report"
)

func runBuild(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet("build", "[--dct YYYY-MM-DD] [--format LIST] INPUT... -o DIR", e.stderr)
	var in inputFlags
	in.register(fs)
	out := fs.String("o", "storyline-out", "output `DIR`")
	formats := fs.String("format", strings.Join(buildFormats, ","),
		"what to write besides events.json: a comma-separated `list` of "+strings.Join(buildFormats, ", "))
	title := fs.String("title", "", "the report's `title`")
	pictures := filterFlags(fs)
	paths, code := parseFlags(fs, args)
	if code >= 0 {
		return code
	}
	want, err := parseBuildFormats(*formats)
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline build: --format: %v\n", err)
		return exitUsage
	}
	p := newProgress(e.stderr)
	tl, code := buildTimelineShowing(e, p, fs, in, paths)
	if tl == nil {
		return code
	}
	p.begin("writing " + *out)
	n, err := writeOutputs(ctx, *out, tl, pictures, want, *title)
	p.end(fmt.Sprintf("wrote %s to %s", plural(n, "file"), *out))
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline build: %v\n", err)
		return exitPartial
	}
	fmt.Fprintf(e.stderr, "storyline: %d documents, %d events, %d actors, %d links → %s\n",
		len(tl.Documents), len(tl.Events), len(tl.Actors), len(tl.Links), *out)
	return code
}

// buildFormats are the groups of files build writes, by --format name.
var buildFormats = []string{"dot", "svg", "html", "timelinejs", "csv"}

func parseBuildFormats(list string) ([]string, error) {
	var want []string
	for f := range strings.SplitSeq(list, ",") {
		f = strings.TrimSpace(f)
		switch {
		case f == "" || f == "json": // events.json is always written
		case slices.Contains(buildFormats, f):
			want = append(want, f)
		default:
			return nil, fmt.Errorf("unknown format %q (want %s)", f, strings.Join(buildFormats, ", "))
		}
	}
	return want, nil
}

// output is one file that build writes.
type output struct {
	name, format string
	render       drawer
}

// outputs lists build's files in the order they are written. The report
// comes after the pictures it holds, which it takes from drawn rather
// than drawing them again.
func outputs(drawn map[string][]byte, title string) []output {
	return []output{
		{"events.json", "json", func(_ context.Context, w io.Writer, tl *timeline.Timeline) error { return writeTimeline(w, tl) }},
		{"events.dot", "dot", graphOutput("events", "dot")},
		{"events.svg", "svg", graphOutput("events", "svg")},
		{"actors.dot", "dot", graphOutput("actors", "dot")},
		{"actors.svg", "svg", graphOutput("actors", "svg")},
		{"timeline.svg", "svg", func(_ context.Context, w io.Writer, tl *timeline.Timeline) error {
			return drawTimeline(w, tl, layout.Options{})
		}},
		{"report.html", "html", func(ctx context.Context, w io.Writer, tl *timeline.Timeline) error {
			return writeReportWith(ctx, w, tl, report.Options{Title: title}, drawn, layout.Options{})
		}},
		{"timeline.json", "timelinejs", func(_ context.Context, w io.Writer, tl *timeline.Timeline) error {
			return export.TimelineJS(w, tl, export.Options{Title: title})
		}},
		{"events.csv", "csv", func(_ context.Context, w io.Writer, tl *timeline.Timeline) error { return export.CSV(w, tl) }},
	}
}

func graphOutput(kind, format string) drawer {
	draw, _ := graphDrawer(kind, format, graphOptions{maxNodes: render.DefaultMaxNodes})
	return draw
}

// writeOutputs writes the files of the wanted formats, and events.json,
// to dir, and returns how many it wrote. The events document and the CSV
// table hold every event; the pictures, the report and the TimelineJS
// file what the pictures filter keeps.
func writeOutputs(ctx context.Context, dir string, all *timeline.Timeline, pictures pictureFilter, want []string, title string) (int, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, err
	}
	salient := pictures.apply(all)
	drawn := map[string][]byte{} // pictures kept for the report; only looked up
	n := 0
	for _, o := range outputs(drawn, title) {
		if o.format != "json" && !slices.Contains(want, o.format) {
			continue
		}
		tl := salient
		if o.format == "json" || o.format == "csv" {
			tl = all
		}
		var buf bytes.Buffer
		if err := o.render(ctx, &buf, tl); err != nil {
			return n, fmt.Errorf("%s: %w", filepath.Join(dir, o.name), err)
		}
		if strings.HasSuffix(o.name, ".svg") {
			drawn[o.name] = buf.Bytes()
		}
		if err := writeFile(filepath.Join(dir, o.name), func(w io.Writer) error {
			_, err := w.Write(buf.Bytes())
			return err
		}); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// writeFile writes through a temporary file renamed into place, so that a
// failed run never leaves a truncated output behind.
func writeFile(path string, write func(io.Writer) error) (err error) {
	f, err := createTemp(path)
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

// createTemp creates a new file beside path to be renamed onto it. Unlike
// os.CreateTemp, which makes files only their owner can read, it asks for
// mode 0666 and lets the umask decide, as the shell's > would.
func createTemp(path string) (*os.File, error) {
	dir, base := filepath.Split(path)
	for i := 0; ; i++ {
		name := filepath.Join(dir, "."+base+"."+strconv.Itoa(os.Getpid())+"-"+strconv.Itoa(i)+".tmp")
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
		if err == nil || !errors.Is(err, os.ErrExist) || i == 1000 {
			return f, err
		}
	}
}
