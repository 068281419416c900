package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"sync"
	"time"

	"github.com/storyline/storyline/timeline/language/conllu"
	"github.com/storyline/storyline/timeline/language/depparse"
	"github.com/storyline/storyline/timeline/language/tagger"
)

func init() { register("parser", trainParser) }

// parserOptions are those of the committed model; pruning keeps the file
// small and the weights' table in cache, at a small cost in accuracy.
var parserOptions = depparse.TrainOptions{MinWeight: 1, Seed: 1}

// jackknifeFolds is the number of parts of the training set that are each
// tagged by a tagger trained on the others, so that the parser learns
// from tags as wrong as those it will be given.
const jackknifeFolds = 5

// trainParser trains the dependency parser on EWT and GUM train with
// jackknifed tags, picks the epoch on EWT + GUM dev tagged by a tagger of
// all of train, and reports the test sets once at the end, with gold and
// with predicted tags.
func trainParser(nlp string, quick bool, save func(io.WriterTo) error) error {
	train, dev, err := readTrainDev(nlp)
	if err != nil {
		return err
	}
	opts := parserOptions
	topts := tagger.TrainOptions{MorphEpochs: 1, Seed: 1}
	if quick {
		train, dev = train[:300], dev[:100]
		opts.Epochs, topts.Epochs = 3, 3
	}
	start := time.Now()
	full, jtrain, err := jackknife(train, dev, topts)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "parser: jackknifed the tags of train in %s\n", time.Since(start).Round(time.Second))
	// Gold tags and predicted ones both: the parser learns what each tag
	// means from the first and not to trust them blindly from the second.
	m, err := depparse.Train(slices.Concat(train, jtrain), retag(full, dev), opts, os.Stderr)
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
		fmt.Fprintf(os.Stderr, "parser, %s: gold tags %s; predicted tags %s\n", file,
			depparse.Evaluate(m, sents), depparse.Evaluate(m, retag(full, sents)))
	})
}

// jackknife returns a tagger trained on all of train, and train with each
// fold's tags predicted by a tagger trained on the other folds. The
// taggers are independent and trained at once.
func jackknife(train, dev []conllu.Sentence, opts tagger.TrainOptions) (*tagger.Model, []conllu.Sentence, error) {
	models := make([]*tagger.Model, jackknifeFolds+1)
	errs := make([]error, jackknifeFolds+1)
	var wg sync.WaitGroup
	for k := range jackknifeFolds + 1 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rest := train // the last model is trained on all of it
			if k < jackknifeFolds {
				lo, hi := k*len(train)/jackknifeFolds, (k+1)*len(train)/jackknifeFolds
				rest = slices.Concat(train[:lo], train[hi:])
			}
			models[k], errs[k] = tagger.Train(rest, dev, opts, io.Discard)
			if errs[k] != nil && k < jackknifeFolds {
				errs[k] = fmt.Errorf("jackknife fold %d: %w", k, errs[k])
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, nil, err
	}
	out := make([]conllu.Sentence, 0, len(train))
	for k := range jackknifeFolds {
		lo, hi := k*len(train)/jackknifeFolds, (k+1)*len(train)/jackknifeFolds
		out = append(out, retag(models[k], train[lo:hi])...)
	}
	return models[jackknifeFolds], out, nil
}

// retag returns copies of sents with the UPOS and XPOS of tm's
// perceptrons (NewPlainTagger): the tagger's repairs, which seldom fire on
// the treebanks, are left out so that adding or changing one leaves this
// model what the command makes.
func retag(tm *tagger.Model, sents []conllu.Sentence) []conllu.Sentence {
	tg := tm.NewPlainTagger()
	out := make([]conllu.Sentence, len(sents))
	var words []string
	var tags []tagger.Analysis
	for i, s := range sents {
		words = words[:0]
		for _, w := range s.Words {
			words = append(words, w.Form)
		}
		tags = tg.Tag(words, tags[:0])
		out[i] = s
		out[i].Words = slices.Clone(s.Words)
		for j := range out[i].Words {
			out[i].Words[j].UPOS, out[i].Words[j].XPOS = tags[j].UPOS, tags[j].XPOS
		}
	}
	return out
}
