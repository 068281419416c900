package pipeline

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/ingest"
	"github.com/storyline/storyline/timeline/internal/cputime"
)

// benchArticles is how many articles BenchmarkExtract reads per run.
const benchArticles = 2000

// inputFile is one file of the benchmark corpus, as read from disk.
type inputFile struct {
	name string
	data []byte
}

var isoDate = regexp.MustCompile(`\b\d{4}-\d{2}-\d{2}`)

// shiftDates moves every ISO date in data by weeks weeks, so that a copy
// of an article is published on another day of the same weekday and its
// relative dates ("on Wednesday") resolve to other days.
func shiftDates(data []byte, weeks int) []byte {
	return isoDate.ReplaceAllFunc(data, func(m []byte) []byte {
		d, err := timeline.ParseDate(string(m))
		if err != nil {
			return m
		}
		return d.AddDays(7 * weeks).AppendFormat(nil)
	})
}

var filenameField = regexp.MustCompile(`("filename"\s*:\s*")`)

// benchCorpus replicates the files under testdata/articles until they hold
// at least n articles: copy k has every name prefixed with k and every
// date shifted by k weeks.
func benchCorpus(tb testing.TB, n int) []inputFile {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join(articlesPath, "*"))
	if err != nil || len(paths) == 0 {
		tb.Skipf("no articles in %s", articlesPath)
	}
	slices.Sort(paths)
	var originals []inputFile
	perCopy := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		docs, _, err := ingest.Read(filepath.Base(p), data, ingest.Options{})
		if err != nil {
			tb.Fatal(err)
		}
		perCopy += len(docs)
		originals = append(originals, inputFile{filepath.Base(p), data})
	}
	var files []inputFile
	for k := 0; perCopy*k < n; k++ {
		prefix := fmt.Sprintf("c%04d-", k)
		for _, f := range originals {
			data := shiftDates(f.data, k)
			data = filenameField.ReplaceAll(data, []byte("${1}"+prefix))
			files = append(files, inputFile{prefix + f.name, data})
		}
	}
	return files
}

// readCorpus reads every file of the corpus from memory, on every CPU as
// ingest.ReadPaths does, keeping the files' order.
func readCorpus(tb testing.TB, files []inputFile) []timeline.Document {
	perFile := make([][]timeline.Document, len(files))
	errs := make([]error, len(files))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < len(files); i = int(next.Add(1)) - 1 {
				perFile[i], _, errs[i] = ingest.Read(files[i].name, files[i].data, ingest.Options{})
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		tb.Fatal(err)
	}
	return slices.Concat(perFile...)
}

func TestBenchCorpus(t *testing.T) {
	files := benchCorpus(t, 100)
	docs := readCorpus(t, files)
	ids := map[string]bool{}
	for _, d := range docs {
		if ids[d.ID] {
			t.Errorf("document id %s repeated in the benchmark corpus", d.ID)
		}
		ids[d.ID] = true
	}
	if len(docs) < 100 {
		t.Errorf("corpus holds %d articles, want at least 100", len(docs))
	}
	t.Run("dates shift by whole weeks", func(t *testing.T) {
		got := string(shiftDates([]byte(`date: 2025-02-19 and 2025-12-31T06:15`), 2))
		if want := `date: 2025-03-05 and 2026-01-14T06:15`; got != want {
			t.Errorf("shiftDates = %q, want %q", got, want)
		}
	})
	t.Run("copies differ", func(t *testing.T) {
		if bytes.Equal(files[0].data, files[len(files)-1].data) && files[0].name != files[len(files)-1].name {
			t.Errorf("the last copy has the first's bytes")
		}
	})
}

// BenchmarkExtract runs Storyline end to end, bytes in memory to the
// events document, over a corpus of benchArticles articles made from
// testdata/articles.
func BenchmarkExtract(b *testing.B) {
	files := benchCorpus(b, benchArticles)
	size := 0
	for _, f := range files {
		size += len(f.data)
	}
	articles := len(readCorpus(b, files))
	b.SetBytes(int64(size))
	b.ReportAllocs()
	events := 0
	cpu := cputime.Used()
	for b.Loop() {
		tl := Build(readCorpus(b, files))
		events = len(tl.Events)
	}
	b.ReportMetric(float64(articles)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	if end := cputime.Used(); cpu > 0 && end > cpu {
		// On a shared machine wall time counts other processes' work too;
		// CPU time is what the pipeline itself used.
		b.ReportMetric(float64(articles)*float64(b.N)/(end-cpu).Seconds(), "articles/cpu-s")
	}
	b.ReportMetric(float64(events), "events")
}
