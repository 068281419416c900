package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/ingest"
	"github.com/storyline/storyline/timeline/pipeline"
	"github.com/storyline/storyline/timeline/resolve"
)

// inputFlags are the flags every command that reads articles shares.
type inputFlags struct {
	dct          string
	maxBytes     int64
	mergeWeights string
}

func (f *inputFlags) register(fs interface {
	StringVar(*string, string, string, string)
	Int64Var(*int64, string, int64, string)
}) {
	fs.StringVar(&f.dct, "dct", "", "publication date `YYYY-MM-DD` for articles whose metadata has none")
	fs.Int64Var(&f.maxBytes, "max-bytes", ingest.DefaultMaxBytes, "largest input file, or JSONL record, read, in bytes")
	fs.StringVar(&f.mergeWeights, "merge-weights", "", "merge weights, a JSON `FILE` as timeline/resolve/tune writes it (default: the built-in)")
}

// pipeline returns the pipeline options the flags ask for.
func (f *inputFlags) pipeline() (pipeline.Options, error) {
	opt := pipeline.Options{ReleaseModels: true} // one build a run
	if f.mergeWeights != "" {
		w, err := resolve.ReadWeights(f.mergeWeights)
		if err != nil {
			return opt, fmt.Errorf("--merge-weights: %w", err)
		}
		opt.MergeWeights = &w
	}
	return opt, nil
}

func (f *inputFlags) options() (ingest.Options, error) {
	opt := ingest.Options{MaxBytes: f.maxBytes}
	if f.dct != "" {
		d, err := timeline.ParseDate(f.dct)
		if err != nil {
			return opt, fmt.Errorf("--dct: %w", err)
		}
		opt.DCT = d
	}
	return opt, nil
}

// readArticles reads the inputs and reports each one that failed on w.
func readArticles(e *env, paths []string, opt ingest.Options) ([]timeline.Document, []timeline.Diagnostic) {
	docs, diags := ingest.ReadPaths(paths, e.stdin, opt)
	reportDiagnostics(e.stderr, diags)
	return docs, diags
}

func reportDiagnostics(w io.Writer, diags []timeline.Diagnostic) {
	for _, d := range diags {
		var b strings.Builder
		b.WriteString("storyline: ")
		b.WriteString(d.Path)
		if d.Line > 0 {
			fmt.Fprintf(&b, ":%d", d.Line)
		}
		b.WriteString(": ")
		if d.Warning {
			b.WriteString("warning: ")
		}
		b.WriteString(d.Message)
		fmt.Fprintln(w, b.String())
	}
}

// exitFor returns exitPartial when any input failed.
func exitFor(diags []timeline.Diagnostic) int {
	for _, d := range diags {
		if !d.Warning {
			return exitPartial
		}
	}
	return exitOK
}

// pictureFilter is what the pictures and the report leave out.
type pictureFilter struct{ minSalience, minConfidence *float64 }

// filterFlags registers --min-salience and --min-confidence, the salience
// under which the pictures and the report leave an event out and the
// confidence under which they leave a link out.
func filterFlags(fs *flag.FlagSet) pictureFilter {
	return pictureFilter{
		minSalience: fs.Float64("min-salience", timeline.DefaultMinSalience,
			"leave out of the pictures and the report the events under this `salience` (0 keeps every event)"),
		minConfidence: fs.Float64("min-confidence", timeline.DefaultMinConfidence,
			"leave out of the pictures and the report the links under this `confidence` (0 keeps every link, though of two events linked both ways only the better-told order)"),
	}
}

func (f pictureFilter) apply(tl *timeline.Timeline) *timeline.Timeline {
	return tl.Salient(*f.minSalience, *f.minConfidence)
}
