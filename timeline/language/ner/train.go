package ner

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"

	"github.com/storyline/storyline/timeline/language/perceptron"
)

// TrainOptions are the settings of Train; the zero value is the default.
type TrainOptions struct {
	// Epochs is the number of passes over the training sentences (default
	// 12). With dev sentences, the epoch that scores best on them is kept.
	Epochs int
	// MinWeight prunes smaller averaged weights (default 0: keep all).
	MinWeight float64
	// Seed seeds the shuffle of each epoch.
	Seed uint64
	// Text is running text, one sentence of words each, from which the
	// model learns how often each word is capitalised away from the start
	// of a sentence (default: the training sentences' words).
	Text [][]string
	// OnEpoch, when set, is called with each epoch's model (numbered from
	// 1), for learning curves.
	OnEpoch func(epoch int, m *Model)
}

// Train learns a Model from sentences with gold labels. dev, when not
// empty, picks the best epoch by exact-span F1 over PER, ORG and LOC.
func Train(sents []Sentence, dev []Sentence, opts TrainOptions, log io.Writer) (*Model, error) {
	if len(sents) == 0 {
		return nil, errors.New("ner: no training sentences")
	}
	if opts.Epochs <= 0 {
		opts.Epochs = 12
	}
	text := opts.Text
	if text == nil {
		for _, s := range sents {
			text = append(text, s.Words)
		}
	}
	m := &Model{ratios: capRatios(text)}
	tr := perceptron.NewTrainer(nclass)
	order := make([]int, len(sents))
	var best *Model
	bestF := -1.0
	rc := &Recognizer{m: m, scores: make([]int32, nclass)}
	for epoch := range opts.Epochs {
		for i := range order {
			order[i] = i
		}
		rand.New(rand.NewPCG(opts.Seed, uint64(epoch))).Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		right, total := 0, 0
		for _, k := range order {
			r, n := rc.learn(tr, &sents[k])
			right += r
			total += n
		}
		cur := &Model{weights: tr.Model(perceptron.Compression{MinWeight: opts.MinWeight}), ratios: m.ratios, epochs: epoch + 1}
		cur.trans = transitionsOf(cur.weights)
		if opts.OnEpoch != nil {
			opts.OnEpoch(epoch+1, cur)
		}
		fmt.Fprintf(log, "ner epoch %d: train accuracy %.2f%%, %d features", epoch+1, pct(right, total), cur.weights.Features())
		f := -1.0
		if len(dev) > 0 {
			f = Evaluate(cur, dev).All.F1()
			fmt.Fprintf(log, ", dev F1 %.2f", f)
		}
		fmt.Fprintln(log)
		if best == nil || f > bestF {
			best, bestF = cur, f
		}
		if len(dev) == 0 {
			best = cur
		}
	}
	return best, nil
}

// Evaluate labels sents with m and scores the labels against theirs, over
// PER, ORG and LOC.
func Evaluate(m *Model, sents []Sentence) *Scorer {
	sc := NewScorer("PER", "ORG", "LOC")
	rc := m.NewRecognizer()
	var out []string
	for _, s := range sents {
		out = rc.Recognize(s.Words, s.UPOS, s.XPOS, out[:0])
		sc.Add(s.Labels, out)
	}
	return sc
}

// capRatios returns, for each word seen at least twice away from the
// start of a sentence, how often it is capitalised there, by bucket.
func capRatios(text [][]string) map[uint32]uint8 {
	type count struct{ caps, all int }
	counts := map[uint32]*count{}
	var buf []byte
	var shape [8]byte
	for _, s := range text {
		initial := true
		for _, w := range s {
			_, caps := shapeOf(w, shape[:0])
			if caps == capsNone {
				continue
			}
			if initial {
				initial = false
				continue
			}
			var h uint64
			h, buf = lowerHash(w, buf)
			c := counts[uint32(h)]
			if c == nil {
				c = &count{}
				counts[uint32(h)] = c
			}
			c.all++
			if caps == capsInit || caps == capsAll {
				c.caps++
			}
		}
	}
	out := make(map[uint32]uint8, len(counts))
	for k, c := range counts {
		if c.all < 2 {
			continue
		}
		f := float64(c.caps) / float64(c.all)
		switch {
		case f < 0.1:
			out[k] = ratioNever
		case f < 0.5:
			out[k] = ratioSome
		case f < 0.9:
			out[k] = ratioMostly
		default:
			out[k] = ratioAlways
		}
	}
	return out
}
