package tagger

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"time"

	"github.com/storyline/storyline/timeline/language/conllu"
	"github.com/storyline/storyline/timeline/language/perceptron"
)

// TrainOptions tune Train. The committed model was trained with the
// defaults, MinWeight 0.5 and Seed 1 (see timeline/language/train).
type TrainOptions struct {
	// Epochs bounds the passes over the training set (0: 12); the epoch
	// of best dev accuracy is kept.
	Epochs int
	// Patience stops training after this many epochs without a better
	// dev accuracy (0: 3).
	Patience int
	// MorphEpochs bounds the passes that train the choice of features
	// (0: 8), with the same patience.
	MorphEpochs int
	// MinWeight prunes the averaged weights below it (see
	// perceptron.Compression).
	MinWeight float64
	Seed      uint64
}

func (o *TrainOptions) defaults() {
	if o.Epochs <= 0 {
		o.Epochs = 12
	}
	if o.Patience <= 0 {
		o.Patience = 3
	}
	if o.MorphEpochs <= 0 {
		o.MorphEpochs = 8
	}
}

// Train learns a tagger from the gold words of train, choosing its epochs
// by accuracy on dev (when dev is empty, the last epoch is kept). It logs
// each epoch's scores to log.
func Train(train, dev []conllu.Sentence, opts TrainOptions, log io.Writer) (*Model, error) {
	opts.defaults()
	voc := newVocabulary(train)
	if len(voc.classes) == 0 {
		return nil, errors.New("tagger: no training word")
	}
	if len(voc.classes) >= 1<<15 || len(voc.feats) >= 1<<16 {
		return nil, fmt.Errorf("tagger: %d classes and %d feature sets are too many", len(voc.classes), len(voc.feats))
	}
	sents := make([][]token, 0, len(train))
	words := 0
	for _, s := range train {
		if len(s.Words) > 0 {
			sents = append(sents, voc.tokens(s))
			words += len(s.Words)
		}
	}
	m := &Model{classes: voc.classes, feats: voc.feats, nominal: make([]bool, len(voc.classes))}
	for c, a := range m.classes {
		m.nominal[c] = a.UPOS == "PRON" || a.UPOS == "NOUN" || a.UPOS == "PROPN" || a.XPOS == "EX"
	}
	m.lex, m.lem, m.classFeats = buildLexicon(sents, len(m.classes))
	fmt.Fprintf(log, "tagger: %d sentences, %d words, %d classes, %d feature sets, %d+%d lexicon entries, %d lemma rules on %d suffixes\n",
		len(sents), words, len(m.classes), len(m.feats), len(m.lex.exact), len(m.lex.lower), len(m.lem.rules), len(m.lem.suffixes))

	rng := rand.New(rand.NewPCG(opts.Seed, 0x7a66))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	comp := perceptron.Compression{MinWeight: opts.MinWeight}
	tr := perceptron.NewTrainer(len(m.classes))
	m.morph = perceptron.NewTable(perceptron.NewTrainer(len(m.feats)).Model(comp))
	t := m.NewPlainTagger()
	var best *perceptron.Table
	bestAcc, since, bestEpoch := -1.0, 0, 0
	for epoch := 1; epoch <= opts.Epochs; epoch++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		right, total := 0, 0
		for _, i := range order {
			r, n := t.learnTags(sents[i], tr, false)
			right, total = right+r, total+n
		}
		m.tags = perceptron.NewTable(tr.Model(comp))
		m.finish()
		sc := evaluatePlain(m, dev)
		fmt.Fprintf(log, "tagger epoch %d: train %.2f%%, dev UPOS %.2f XPOS %.2f UPOS+XPOS %.2f, %d features, %s\n",
			epoch, pct(right, total), sc.Pct(sc.UPOS), sc.Pct(sc.XPOS), sc.Pct(sc.Class), m.tags.Features(),
			time.Since(start).Round(time.Millisecond))
		if acc := sc.Pct(sc.Class); len(dev) == 0 || acc > bestAcc {
			best, bestAcc, since, bestEpoch = m.tags, acc, 0, epoch
		} else if since++; since >= opts.Patience {
			break
		}
	}
	m.tags = best
	m.finish()
	trainSecond(m, sents, dev, bestEpoch, opts, log)

	mt := perceptron.NewTrainer(len(m.feats))
	once := seenOnce(sents, m)
	var bestMorph *perceptron.Table
	bestAcc, since = -1, 0
	for epoch := 1; epoch <= opts.MorphEpochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			t.learnFeats(sents[i], mt, once)
		}
		m.morph = perceptron.NewTable(mt.Model(comp))
		sc := evaluatePlain(m, dev)
		fmt.Fprintf(log, "tagger features epoch %d: dev %s, %d features\n", epoch, sc, m.morph.Features())
		if acc := sc.Pct(sc.UFeats); len(dev) == 0 || acc > bestAcc {
			bestMorph, bestAcc, since = m.morph, acc, 0
		} else if since++; since >= opts.Patience {
			break
		}
	}
	m.morph = bestMorph
	return m, nil
}

// learnTags tags one sentence greedily, updating tr at each word the tag
// dictionary does not settle, and returns how many of how many words the
// model tagged right.
func (t *Tagger) learnTags(s []token, tr *perceptron.Trainer, second bool) (right, total int) {
	if !second {
		t.setWords(s)
	}
	for i := range s {
		t.cls[i+2] = 0
	}
	for i, tk := range s {
		if e := t.exact[i+2]; e >= 0 {
			if tag := t.m.lex.entries[e].tag; tag >= 0 {
				t.cls[i+2] = int32(tag) + 1
				continue
			}
		}
		t.feats = t.tagFeatures(t.feats[:0], i)
		if second {
			t.feats = t.secondFeatures(t.feats, i)
		}
		tr.Score(t.feats, t.scores)
		guess := perceptron.Best(t.scores, nil)
		tr.Update(t.feats, tk.class, guess)
		if guess == tk.class {
			right++
		}
		total++
		t.cls[i+2] = int32(guess) + 1
	}
	return right, total
}

// learnFeats trains the choice of features on one sentence with its gold
// classes, at each word whose form and class allow more than one.
// Words seen once stand for unknown words: their features are chosen among
// all those of their class, as an unknown word's are.
func (t *Tagger) learnFeats(s []token, tr *perceptron.Trainer, once []bool) {
	t.setWords(s)
	for i, tk := range s {
		t.cls[i+2] = int32(tk.class) + 1
	}
	for i, tk := range s {
		rs := t.candidates(i, tk.class)
		if e := t.lower[i+2]; e >= 0 && once[e] {
			rs = nil
		}
		var cands []uint16
		if len(rs) > 1 {
			for _, r := range rs {
				cands = append(cands, r.feats)
			}
		} else if len(rs) == 0 && len(t.m.classFeats[tk.class]) > 1 {
			cands = t.m.classFeats[tk.class]
		}
		if len(cands) < 2 {
			continue
		}
		t.feats = t.featsFeatures(t.feats[:0], i)
		tr.Score(t.feats, t.mscores)
		guess, gold := -1, -1
		for _, f := range cands {
			if guess < 0 || t.mscores[f] > t.mscores[guess] {
				guess = int(f)
			}
			if int(f) == tk.feats {
				gold = tk.feats
			}
		}
		if gold >= 0 {
			tr.Update(t.feats, gold, guess)
		}
	}
}

// seenOnce flags the lowercase lexicon entries seen once in sents.
func seenOnce(sents [][]token, m *Model) []bool {
	n := make([]int, len(m.lex.entries))
	for _, s := range sents {
		for _, tk := range s {
			n[m.lex.lower[lowerASCII(tk.form)]]++
		}
	}
	once := make([]bool, len(n))
	for e, c := range n {
		once[e] = c == 1
	}
	return once
}

// setWords prepares the Tagger for the words of s.
func (t *Tagger) setWords(s []token) {
	t.words = t.words[:0]
	for _, tk := range s {
		t.words = append(t.words, tk.form)
	}
	t.prepare(t.words)
}

func pct(a, b int) float64 { return 100 * float64(a) / float64(max(b, 1)) }
