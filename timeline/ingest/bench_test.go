package ingest

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
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
