package depparse

import (
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/storyline/storyline/timeline/internal/cputime"
	"github.com/storyline/storyline/timeline/language/conllu"
)

// benchTrained returns the committed model, whose size is what makes the
// speed, or when it is absent a model of the first 3,000 sentences of
// train.
func benchTrained(b *testing.B, train []conllu.Sentence) *Model {
	path := os.Getenv("DEPPARSE_MODEL")
	if path == "" {
		path = filepath.Join("..", "models", "parser.model.gz")
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
	m, err := Train(train[:3000], nil, TrainOptions{Epochs: 5}, io.Discard)
	if err != nil {
		b.Fatal(err)
	}
	return m
}

func BenchmarkParse(b *testing.B) {
	train := readTreebank(b, "ud-english-ewt", "en_ewt-ud-train.conllu")
	dev := readTreebank(b, "ud-english-ewt", "en_ewt-ud-dev.conllu")
	m := benchTrained(b, train)
	var sents []sent
	words := 0
	for _, s := range dev {
		var x sent
		for _, w := range s.Words {
			x.words, x.upos, x.xpos = append(x.words, w.Form), append(x.upos, w.UPOS), append(x.xpos, w.XPOS)
		}
		sents = append(sents, x)
		words += len(x.words)
	}
	benchParse(b, m.NewParser(), sents, words)
}

type sent struct {
	words, upos, xpos []string
}

func benchParse(b *testing.B, p *Parser, sents []sent, words int) {
	heads, rels := make([]int, 1000), make([]string, 1000)
	for _, s := range sents { // warm up the buffers
		p.Parse(s.words, s.upos, s.xpos, heads, rels)
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Used()
	n := 0
	for b.Loop() {
		s := sents[n%len(sents)]
		p.Parse(s.words, s.upos, s.xpos, heads, rels)
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
