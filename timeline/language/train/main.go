// Command train makes the language layer's models from the open treebanks
// in ../shared/nlp and writes them, gzipped, where the language package
// embeds them:
//
//	go run ./timeline/language/train                       # every model
//	go run ./timeline/language/train -only tagger,parser   # some
//
// The same treebanks always give the same model files.
package main

import (
	"cmp"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/storyline/storyline/timeline/language/conllu"
)

// trainer makes one model from the treebanks under nlp and writes it with
// save. quick trains on a few hundred sentences, for the smoke test.
type trainer func(nlp string, quick bool, save func(io.WriterTo) error) error

var trainers = map[string]trainer{}

// register is called by each model's file from init.
func register(name string, t trainer) { trainers[name] = t }

func main() {
	nlp := flag.String("nlp", filepath.Join("..", "shared", "nlp"), "the treebanks `DIR`")
	out := flag.String("o", filepath.Join("timeline", "language", "models"), "output `DIR`")
	only := flag.String("only", "", "comma-separated `MODELS` to train (default: all)")
	quick := flag.Bool("quick", false, "train on a few hundred sentences (a smoke test)")
	flag.Parse()
	if err := run(*nlp, *out, *only, *quick, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

// trainOrder ranks a model by what it needs trained before it.
func trainOrder(name string) int {
	switch name {
	case "tagger":
		return 0
	case "ner":
		return 2
	}
	return 1
}

func run(nlp, out, only string, quick bool, log io.Writer) error {
	names := make([]string, 0, len(trainers))
	for name := range trainers {
		if only == "" || slices.Contains(strings.Split(only, ","), name) {
			names = append(names, name)
		}
	}
	if len(names) == 0 {
		return fmt.Errorf("no model named %q", only)
	}
	// The NER learns from the tagger's predicted tags, so the tagger is
	// trained first; models without such a need follow in name order.
	slices.SortFunc(names, func(a, b string) int {
		return cmp.Or(cmp.Compare(trainOrder(a), trainOrder(b)), strings.Compare(a, b))
	})
	for _, name := range names {
		start := time.Now()
		path := filepath.Join(out, name+".model.gz")
		if err := trainers[name](nlp, quick, func(m io.WriterTo) error { return save(path, m) }); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		fmt.Fprintf(log, "%s → %s in %s\n", name, path, time.Since(start).Round(time.Second))
	}
	return nil
}

// save writes m gzipped; the gzip header holds no name or time, so the
// same model gives the same bytes.
func save(path string, m io.WriterTo) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	if _, err := m.WriteTo(zw); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := zw.Close(); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	return f.Close()
}

// scoredSets are the treebank files a tagger or parser is scored on after
// training: the dev sets it was tuned on, then the test sets.
var scoredSets = []struct{ dir, file string }{
	{"ud-english-ewt", "en_ewt-ud-dev.conllu"},
	{"ud-english-gum", "en_gum-ud-dev.conllu"},
	{"ud-english-ewt", "en_ewt-ud-test.conllu"},
	{"ud-english-gum", "en_gum-ud-test.conllu"},
	{"ud-english-pud", "en_pud-ud-test.conllu"},
}

// eachScoredSet reads each of scoredSets under nlp and hands it to score.
func eachScoredSet(nlp string, score func(file string, sents []conllu.Sentence)) error {
	for _, f := range scoredSets {
		sents, err := conllu.ReadFile(filepath.Join(nlp, f.dir, f.file))
		if err != nil {
			return err
		}
		score(f.file, sents)
	}
	return nil
}
