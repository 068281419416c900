package ingest

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strconv"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"
)

// benchInputs returns the corpus to measure: the shared seed articles when
// present, else this package's own fixtures.
func benchInputs(b *testing.B) map[string][]byte {
	b.Helper()
	inputs := map[string][]byte{}
	if data, err := os.ReadFile(filepath.Join(corpusDir, "seeds.jsonl")); err == nil {
		inputs["seeds.jsonl"] = data
		files, _ := filepath.Glob(filepath.Join(corpusDir, "seeds", "*.txt"))
		for _, f := range files {
			if data, err := os.ReadFile(f); err == nil {
				inputs[filepath.Base(f)] = data
			}
		}
		return inputs
	}
	files, _ := filepath.Glob("testdata/articles/*")
	for _, f := range files {
		if knownExtension(f) {
			if data, err := os.ReadFile(f); err == nil {
				inputs[filepath.Base(f)] = data
			}
		}
	}
	if len(inputs) == 0 {
		b.Skip("no corpus")
	}
	return inputs
}

// BenchmarkIngest reads, cleans and segments the corpus from memory: the
// JSONL records, and every text article as its own input.
func BenchmarkIngest(b *testing.B) {
	inputs := benchInputs(b)
	b.Run("jsonl", func(b *testing.B) {
		var data []byte
		var n int64
		for name, in := range inputs {
			if filepath.Ext(name) == ".jsonl" {
				data = append(data, in...)
				n += int64(len(in))
			}
		}
		if n == 0 {
			b.Skip("no JSONL input")
		}
		// Many records in one input, as a crawl delivers them.
		data = bytes.Repeat(data, 20)
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			if _, _, err := Read("corpus.jsonl", data, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("text", func(b *testing.B) {
		var total int64
		var names []string
		for name, in := range inputs {
			if ext := filepath.Ext(name); ext == ".txt" || ext == ".md" {
				total += int64(len(in))
				names = append(names, name)
			}
		}
		if total == 0 {
			b.Skip("no text input")
		}
		b.SetBytes(total)
		b.ReportAllocs()
		for b.Loop() {
			for _, name := range names {
				if _, _, err := Read(name, inputs[name], Options{}); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}

// BenchmarkSegment measures sentence splitting alone.
func BenchmarkSegment(b *testing.B) {
	var text []byte
	for name, in := range benchInputs(b) {
		if filepath.Ext(name) == ".txt" {
			text = append(text, in...)
		}
	}
	s := string(text)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Segment(s, 0, len(s))
	}
}

// largeJSONL writes copies× the shared seeds.jsonl as one JSONL file,
// each copy's file names prefixed with its number and every non-ASCII
// character escaped, as a crawler's dump writes them.
func largeJSONL(b *testing.B, copies int) (path string, records int) {
	b.Helper()
	seeds, err := os.ReadFile(filepath.Join(corpusDir, "seeds.jsonl"))
	if err != nil {
		b.Skipf("corpus not available: %v", err)
	}
	var lines [][]byte
	for l := range bytes.Lines(seeds) {
		if l = bytes.TrimSpace(l); len(l) > 0 {
			lines = append(lines, asciiJSON(l))
		}
	}
	var out bytes.Buffer
	key := []byte(`"filename": "`)
	for i := range copies {
		for _, l := range lines {
			prefixed := []byte(`"filename": "` + strconv.Itoa(i) + "-")
			out.Write(bytes.Replace(l, key, prefixed, 1))
			out.WriteByte('\n')
		}
	}
	path = filepath.Join(b.TempDir(), "large.jsonl")
	if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	return path, copies * len(lines)
}

// asciiJSON escapes the non-ASCII characters of a JSON text as \uXXXX.
func asciiJSON(l []byte) []byte {
	var out []byte
	for _, r := range string(l) {
		switch {
		case r < utf8.RuneSelf:
			out = append(out, byte(r))
		case r > 0xffff:
			r1, r2 := utf16.EncodeRune(r)
			out = fmt.Appendf(out, `\u%04x\u%04x`, r1, r2)
		default:
			out = fmt.Appendf(out, `\u%04x`, r)
		}
	}
	return out
}

// BenchmarkReadPathsLargeJSONL reads 5,000 records of one JSONL file from
// disk, and reports the heap the documents hold and the peak heap while
// reading.
func BenchmarkReadPathsLargeJSONL(b *testing.B) {
	path, records := largeJSONL(b, 1000)
	st, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	opt := Options{MaxBytes: 1 << 30}
	b.SetBytes(st.Size())
	b.ReportAllocs()
	for b.Loop() {
		docs, diags := ReadPaths([]string{path}, nil, opt)
		if len(docs) != records || len(diags) != 0 {
			b.Fatalf("%d documents and %d diagnostics from %d records", len(docs), len(diags), records)
		}
	}
	b.ReportMetric(float64(records)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")

	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	stop := make(chan struct{})
	peak := make(chan uint64)
	go func() {
		sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		var top uint64
		for {
			metrics.Read(sample)
			top = max(top, sample[0].Value.Uint64())
			select {
			case <-stop:
				peak <- top
				return
			case <-time.After(200 * time.Microsecond):
			}
		}
	}()
	docs, _ := ReadPaths([]string{path}, nil, opt)
	close(stop)
	top := <-peak
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(docs)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/float64(st.Size()), "retained/corpus")
	b.ReportMetric(float64(top-before.HeapAlloc)/float64(st.Size()), "peak/corpus")
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(st.Size()), "alloc/corpus")
}
