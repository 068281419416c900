package main

import (
	"math"
	"math/rand/v2"

	"github.com/storyline/storyline/timeline/extract"
	"github.com/storyline/storyline/timeline/language/perceptron"
)

// example is one pair of extracted events of an ESC sentence, labelled
// by the gold plot links.
type example struct {
	doc          int // index into the extracted documents
	first, other int // event indexes, first the one told first
	keys         []uint32
	link         bool
	// causeFirst: the gold link has a direction and the first event is
	// its cause; dirKnown says whether it has one.
	causeFirst, dirKnown bool
	gold                 int // the gold pair matched, or -1
	// plotless: the extractor never links the pair (extract.PlotPairs).
	plotless bool
}

// examples returns the classifier's pairs of docs whose two events both
// lie in ESC event sentences, labelled by the gold links of their
// document. Gold pairs are numbered per document, as the scorer counts
// them (an unordered pair of endpoints once).
func examples(docs []extracted) []example {
	var out []example
	for di := range docs {
		d := &docs[di]
		extract.PlotPairs(&d.res, d.sents, func(a, b int, feats []perceptron.Feature, plotless bool) {
			ta, tb := d.res.Events[a].Mention.Trigger, d.res.Events[b].Mention.Trigger
			if ta == nil || tb == nil || !d.doc.inESC(ta.Start) || !d.doc.inESC(tb.Start) {
				return
			}
			ex := example{doc: di, first: a, other: b, gold: -1, plotless: plotless}
			for gi, l := range d.doc.Links {
				fwd := l.Source.hits(ta.Start, ta.End) && l.Target.hits(tb.Start, tb.End)
				back := l.Target.hits(ta.Start, ta.End) && l.Source.hits(tb.Start, tb.End)
				if !fwd && !back {
					continue
				}
				ex.link, ex.gold = true, gi
				if l.Cause != nil && (*l.Cause == "source" || *l.Cause == "target") {
					ex.dirKnown = true
					ex.causeFirst = fwd == (*l.Cause == "source")
				}
				break
			}
			ex.keys = make([]uint32, len(feats))
			for i, f := range feats {
				ex.keys[i] = f.Key()
			}
			out = append(out, ex)
		})
	}
	return out
}

// logistic is a logistic regression over hashed feature keys, trained by
// stochastic gradient descent with L2 decay on the features seen.
type logistic struct {
	w map[uint32]float64
}

func (m *logistic) prob(keys []uint32) float64 {
	var z float64
	for _, k := range keys {
		z += m.w[k]
	}
	return 1 / (1 + math.Exp(-z))
}

// train fits a model to the examples label selects (ok false leaves an
// example out), in an order drawn from seed, so the same data and
// settings give the same weights.
func train(exs []example, label func(*example) (y, ok bool), epochs int, rate, l2 float64, seed uint64) *logistic {
	m := &logistic{w: map[uint32]float64{}}
	var idx []int
	for i := range exs {
		if _, ok := label(&exs[i]); ok {
			idx = append(idx, i)
		}
	}
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	sum := map[uint32]float64{}
	for ep := range epochs {
		rng.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
		lr := rate / (1 + 0.5*float64(ep))
		for _, i := range idx {
			y, _ := label(&exs[i])
			g := -m.prob(exs[i].keys)
			if y {
				g++
			}
			for _, k := range exs[i].keys {
				m.w[k] += lr * (g - l2*m.w[k])
			}
		}
		for k, v := range m.w {
			sum[k] += v
		}
	}
	// The mean of the passes' weights: steadier than the last pass's.
	avg := &logistic{w: make(map[uint32]float64, len(sum))}
	for k, v := range sum {
		avg.w[k] = v / float64(max(epochs, 1))
	}
	return avg
}

// bag averages the weights of o.bag models trained in different orders:
// one order's model depends on it by as much as a point of F1 on dev, and
// the mean of linear models is one linear model of the same size.
func bag(exs []example, label func(*example) (y, ok bool), o options) *logistic {
	n := max(o.bag, 1)
	out := &logistic{w: map[uint32]float64{}}
	for i := range n {
		m := train(exs, label, o.epochs, o.rate, o.l2, o.seed+uint64(i))
		for k, v := range m.w {
			out.w[k] += v / float64(n)
		}
	}
	return out
}

// weights returns m's weights of magnitude minWeight or more, in the
// model file's precision.
func (m *logistic) weights(minWeight float64) map[uint32]float32 {
	out := map[uint32]float32{}
	for k, v := range m.w {
		if math.Abs(v) >= minWeight {
			out[k] = float32(v)
		}
	}
	return out
}
