package tagger

import (
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/storyline/storyline/timeline/internal/cputime"
	"github.com/storyline/storyline/timeline/language/conllu"
)

// benchModel returns the committed model, whose size is what makes the
// speed, or when it is absent a model of the first 3,000 sentences of
// train.
func benchModel(b *testing.B) *Model {
	path := os.Getenv("TAGGER_MODEL")
	if path == "" {
		path = filepath.Join("..", "models", "tagger.model.gz")
	}
	if f, err := os.Open(path); err == nil {
		defer f.Close()
		zr, err := gzip.NewReader(f)
		if err != nil {
			b.Fatal(err)
		}
		m, err := Read(zr)
		if err != nil {
			b.Fatal(err)
		}
		return m
	}
	b.Logf("no model at %s: training one on 3,000 sentences", path)
	train := readTreebank(b, "ud-english-ewt", "en_ewt-ud-train.conllu")
	m, err := Train(train[:3000], nil, TrainOptions{Epochs: 5, MorphEpochs: 2}, io.Discard)
	if err != nil {
		b.Fatal(err)
	}
	return m
}

func BenchmarkTag(b *testing.B) {
	dev := readTreebank(b, "ud-english-ewt", "en_ewt-ud-dev.conllu")
	m := benchModel(b)
	var sents [][]string
	words := 0
	for _, s := range dev {
		var x []string
		for _, w := range s.Words {
			x = append(x, w.Form)
		}
		sents = append(sents, x)
		words += len(x)
	}
	t := m.NewTagger()
	var out []Analysis
	for _, s := range sents { // warm up the buffers
		out = t.Tag(s, out[:0])
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Used()
	n := 0
	for b.Loop() {
		out = t.Tag(sents[n%len(sents)], out[:0])
		n++
	}
	tokens := float64(n) * float64(words) / float64(len(sents))
	b.ReportMetric(tokens/b.Elapsed().Seconds(), "tokens/s")
	// On a shared machine the wall clock counts other processes' turns
	// too; the process's CPU time does not.
	if cpu := (cputime.Used() - cpu0).Seconds(); cpu > 0 {
		b.ReportMetric(tokens/cpu, "tokens/cpu-s")
	}
}

// readTreebank reads a file of ../shared/nlp, skipping the test when the
// treebanks are absent.
func readTreebank(tb testing.TB, dir, file string) []conllu.Sentence {
	tb.Helper()
	path := filepath.Join(nlpDir, dir, file)
	if _, err := os.Stat(path); err != nil {
		tb.Skipf("no treebank at %s", path)
	}
	s, err := conllu.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// nlpDir is ../shared/nlp seen from the repository's root.
var nlpDir = filepath.Join("..", "..", "..", "..", "shared", "nlp")
