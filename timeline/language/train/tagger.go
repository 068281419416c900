package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/storyline/storyline/timeline/language/conllu"
	"github.com/storyline/storyline/timeline/language/tagger"
)

func init() { register("tagger", trainTagger) }

// taggerOptions are those of the committed model; pruning the averaged
// weights below MinWeight keeps the file small at no cost in accuracy on
// dev.
var taggerOptions = tagger.TrainOptions{MinWeight: 0.5, Seed: 1}

// trainTagger trains the tagger on EWT and GUM train, picks its epochs on
// EWT + GUM dev, and reports the test sets once at the end.
func trainTagger(nlp string, quick bool, save func(io.WriterTo) error) error {
	read := func(dir, file string) ([]conllu.Sentence, error) {
		return conllu.ReadFile(filepath.Join(nlp, dir, file))
	}
	var train, dev []conllu.Sentence
	for _, f := range []struct{ dir, name string }{{"ud-english-ewt", "en_ewt"}, {"ud-english-gum", "en_gum"}} {
		tr, err := read(f.dir, f.name+"-ud-train.conllu")
		if err != nil {
			return err
		}
		dv, err := read(f.dir, f.name+"-ud-dev.conllu")
		if err != nil {
			return err
		}
		train, dev = append(train, tr...), append(dev, dv...)
	}
	opts := taggerOptions
	if quick {
		train, dev = train[:300], dev[:100]
		opts.Epochs, opts.MorphEpochs = 3, 2
	}
	m, err := tagger.Train(train, dev, opts, os.Stderr)
	if err != nil {
		return err
	}
	if err := save(m); err != nil {
		return err
	}
	if quick {
		return nil
	}
	return eachScoredSet(read, func(file string, sents []conllu.Sentence) {
		fmt.Fprintf(os.Stderr, "tagger, gold tokens, %s: %s\n", file, tagger.Evaluate(m, sents))
	})
}
