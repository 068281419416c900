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
	train, dev, err := readTrainDev(nlp)
	if err != nil {
		return err
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
	return eachScoredSet(nlp, func(file string, sents []conllu.Sentence) {
		fmt.Fprintf(os.Stderr, "tagger, gold tokens, %s: %s\n", file, tagger.Evaluate(m, sents))
	})
}

// readTrainDev reads the train and dev sets of EWT and GUM, the treebanks
// the tagger and the parser learn from, in that order.
func readTrainDev(nlp string) (train, dev []conllu.Sentence, err error) {
	for _, name := range []struct{ dir, stem string }{{"ud-english-ewt", "en_ewt"}, {"ud-english-gum", "en_gum"}} {
		tr, err := conllu.ReadFile(filepath.Join(nlp, name.dir, name.stem+"-ud-train.conllu"))
		if err != nil {
			return nil, nil, err
		}
		dv, err := conllu.ReadFile(filepath.Join(nlp, name.dir, name.stem+"-ud-dev.conllu"))
		if err != nil {
			return nil, nil, err
		}
		train, dev = append(train, tr...), append(dev, dv...)
	}
	return train, dev, nil
}
