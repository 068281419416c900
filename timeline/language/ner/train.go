package ner

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"runtime"
	"sync"

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
	// Models is the number of perceptrons trained side by side, each on
	// its own shuffles, whose weights are averaged (default 1).
	Models int
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
	opts.Models = max(opts.Models, 1)
	trs := make([]*perceptron.Trainer, opts.Models)
	for i := range trs {
		trs[i] = perceptron.NewTrainer(nclass)
	}
	var best *Model
	bestF := -1.0
	// Each trainer learns on its own goroutine, from its own shuffles:
	// the result does not depend on how they are scheduled.
	type counts struct{ right, total int }
	got := make([]counts, len(trs))
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for epoch := range opts.Epochs {
		var wg sync.WaitGroup
		for t, tr := range trs {
			wg.Add(1)
			sem <- struct{}{}
			go func() {
				defer func() { <-sem; wg.Done() }()
				rc := &Recognizer{m: m, scores: make([]int32, nclass)}
				order := make([]int, len(sents))
				for i := range order {
					order[i] = i
				}
				rand.New(rand.NewPCG(opts.Seed+uint64(t)<<32, uint64(epoch))).Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
				got[t] = counts{}
				for _, k := range order {
					r, n := rc.learn(tr, &sents[k])
					got[t].right += r
					got[t].total += n
				}
			}()
		}
		wg.Wait()
		right, total := 0, 0
		for _, c := range got {
			right, total = right+c.right, total+c.total
		}
		if len(dev) == 0 && opts.OnEpoch == nil && epoch < opts.Epochs-1 {
			fmt.Fprintf(log, "ner epoch %d: train accuracy %.2f%%\n", epoch+1, pct(right, total))
			continue
		}
		var w *perceptron.Model
		if len(trs) == 1 {
			w = trs[0].Model(perceptron.Compression{MinWeight: opts.MinWeight})
		} else {
			w = averaged(trs, opts.MinWeight)
		}
		cur := &Model{weights: w, ratios: m.ratios, epochs: epoch + 1}
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

// averaged returns the mean of the trainers' averaged weights, pruned
// below minWeight: parameter mixing (McDonald et al. 2010), which evens
// out the luck of each perceptron's shuffles.
func averaged(trs []*perceptron.Trainer, minWeight float64) *perceptron.Model {
	sum := map[uint32]*[nclass]float64{}
	for _, tr := range trs {
		m := tr.Model(perceptron.Compression{})
		scale := float64(m.Scale())
		m.EachWeight(func(key uint32, class int, w int16) {
			row := sum[key]
			if row == nil {
				row = new([nclass]float64)
				sum[key] = row
			}
			row[class] += float64(w) * scale
		})
	}
	// A Trainer that has taken one step holds the weights it was given
	// as its averages. Weights are kept as integers of 1/1024.
	const unit = 1024
	out := perceptron.NewTrainer(nclass)
	n := float64(len(trs))
	for key, row := range sum {
		for c, v := range row {
			if q := int32(math.Round(v / n * unit)); q != 0 {
				// A Feature of high half zero has key key.
				out.Adjust(perceptron.Feature(key), c, q)
			}
		}
	}
	out.Tick()
	return out.Model(perceptron.Compression{MinWeight: minWeight * unit})
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
