package tagger

import (
	"fmt"
	"io"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/storyline/storyline/timeline/language/conllu"
	"github.com/storyline/storyline/timeline/language/perceptron"
)

// folds is the number of parts the training set is cut into to give the
// second pass first-pass tags as good as those of new text.
const folds = 4

// firstPass tags fold k of sents (every folds-th sentence from k) into
// first with a first pass trained, lexicon included, on the other folds.
func firstPass(m *Model, sents [][]token, first [][]int32, k, epochs int, comp perceptron.Compression, seed uint64) {
	var rest [][]token
	for i, s := range sents {
		if i%folds != k {
			rest = append(rest, s)
		}
	}
	fm := &Model{classes: m.classes, feats: m.feats, nominal: m.nominal}
	fm.lex, fm.lem, fm.classFeats = buildLexicon(rest, len(m.classes))
	tr := perceptron.NewTrainer(len(m.classes))
	t := fm.NewPlainTagger()
	rng := rand.New(rand.NewPCG(seed, uint64(k)))
	for range epochs {
		rng.Shuffle(len(rest), func(i, j int) { rest[i], rest[j] = rest[j], rest[i] })
		for _, s := range rest {
			t.learnTags(s, tr, false)
		}
	}
	fm.tags = perceptron.NewTable(tr.Model(comp))
	fm.finish()
	for i := k; i < len(sents); i += folds {
		t.setWords(sents[i])
		for j := range sents[i] {
			c, _ := t.chooseClass(j, fm.tags, false)
			t.cls[j+2] = int32(c + 1)
		}
		first[i] = append([]int32(nil), t.cls[2:len(sents[i])+2]...)
	}
}

// trainSecond trains m's second pass on first-pass tags made by
// jackknifing: each fold of the training set is tagged by a first pass
// trained, lexicon included, on the other folds.
func trainSecond(m *Model, sents [][]token, dev []conllu.Sentence, epochs int, opts TrainOptions, log io.Writer) {
	comp := perceptron.Compression{MinWeight: opts.MinWeight}
	first := make([][]int32, len(sents))
	// The folds are independent, so they are trained at once: each
	// writes the first-pass tags of its own sentences only.
	var wg sync.WaitGroup
	for k := range folds {
		wg.Add(1)
		go func() {
			defer wg.Done()
			firstPass(m, sents, first, k, epochs, comp, opts.Seed)
		}()
	}
	wg.Wait()
	fmt.Fprintf(log, "tagger second pass: %d folds tagged\n", folds)
	tr := perceptron.NewTrainer(len(m.classes))
	t := m.NewPlainTagger()
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opts.Seed, 0x5ec0))
	var best *perceptron.Table
	bestAcc, since := -1.0, 0
	for epoch := 1; epoch <= opts.Epochs; epoch++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			t.setWords(sents[i])
			copy(t.first[2:], first[i])
			t.learnTags(sents[i], tr, true)
		}
		m.tags2 = perceptron.NewTable(tr.Model(comp))
		m.finish()
		sc := evaluatePlain(m, dev)
		fmt.Fprintf(log, "tagger second pass epoch %d: dev UPOS %.2f XPOS %.2f UPOS+XPOS %.2f, %d features, %s\n",
			epoch, sc.Pct(sc.UPOS), sc.Pct(sc.XPOS), sc.Pct(sc.Class), m.tags2.Features(), time.Since(start).Round(time.Millisecond))
		if acc := sc.Pct(sc.Class); len(dev) == 0 || acc > bestAcc {
			best, bestAcc, since = m.tags2, acc, 0
		} else if since++; since >= opts.Patience {
			break
		}
	}
	m.tags2 = best
}
