package depparse

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/storyline/storyline/timeline/language/conllu"
	"github.com/storyline/storyline/timeline/language/perceptron"
)

// TrainOptions tune Train; zero values take the defaults given below. The
// committed model's options are in timeline/language/train/parser.go.
type TrainOptions struct {
	// Epochs bounds the passes over the training set (0: 15). The epoch
	// of best dev LAS is kept.
	Epochs int
	// Patience stops training after this many epochs without a better
	// dev LAS (0: 3).
	Patience int
	// MinGain is what an epoch must add to the best dev LAS to count as
	// better (0: 0.05 points), so that a later epoch's larger model must
	// earn its size.
	MinGain float64
	// ExploreFrom is the first epoch (1-based) in which the parser
	// follows its own wrong transitions with probability ExploreP, as
	// Goldberg and Nivre do (0: 2; negative: never).
	ExploreFrom int
	ExploreP    float64 // 0: 0.9
	// MinWeight prunes the averaged weights below it (see
	// perceptron.Compression).
	MinWeight float64
	Seed      uint64
}

func (o *TrainOptions) defaults() {
	if o.Epochs <= 0 {
		o.Epochs = 15
	}
	if o.Patience <= 0 {
		o.Patience = 3
	}
	if o.MinGain == 0 {
		o.MinGain = 0.05
	}
	if o.ExploreFrom == 0 {
		o.ExploreFrom = 2
	}
	if o.ExploreP == 0 {
		o.ExploreP = 0.9
	}
}

// example is a training sentence: its words, tags, projective gold heads
// and label ids, the last two indexed 1..n.
type example struct {
	words, upos, xpos []string
	heads             []int32
	labels            []int
}

// Train learns a parser from the gold trees of train, choosing the epoch by
// LAS on dev (when dev is empty, the last epoch is kept). It logs each
// epoch's scores to log.
func Train(train, dev []conllu.Sentence, opts TrainOptions, log io.Writer) (*Model, error) {
	opts.defaults()
	labels := labelSet(train)
	if len(labels) == 0 {
		return nil, errors.New("depparse: no labelled training sentence")
	}
	exs, skipped, lifted := examples(train, labels)
	if len(exs) == 0 {
		return nil, errors.New("depparse: no training sentence is a tree")
	}
	fmt.Fprintf(log, "parser: %d sentences (%d not trees skipped, %d arcs lifted to projectivise), %d labels\n",
		len(exs), skipped, lifted, len(labels))
	tt, lt := perceptron.NewTrainer(nTrans), perceptron.NewTrainer(len(labels))
	p := newParser(tt, lt, labels)
	var o oracle
	rng := rand.New(rand.NewPCG(opts.Seed, 0x5eed))
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	var best *Model
	bestLAS, since := -1.0, 0
	for epoch := 1; epoch <= opts.Epochs; epoch++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		explore := opts.ExploreFrom > 0 && epoch >= opts.ExploreFrom
		right, total := 0, 0
		for _, i := range order {
			r, n := p.learn(&exs[i], &o, tt, lt, explore, opts.ExploreP, rng)
			right += r
			total += n
		}
		m := newModel(labels, tt.Model(perceptron.Compression{MinWeight: opts.MinWeight}),
			lt.Model(perceptron.Compression{MinWeight: opts.MinWeight}))
		sc := Evaluate(m, dev)
		fmt.Fprintf(log, "parser epoch %d: train transitions %.2f%%, dev %s, %d+%d features, %s\n",
			epoch, 100*float64(right)/float64(max(total, 1)), sc, m.trans.n, m.label.Features(),
			time.Since(start).Round(time.Millisecond))
		if len(dev) == 0 || sc.LAS() >= bestLAS+opts.MinGain {
			best, bestLAS, since = m, sc.LAS(), 0
		} else if since++; since >= opts.Patience {
			break
		}
	}
	return best, nil
}

// learn parses ex with the oracle, updating the trainers, and returns how
// many transitions the model chose right, of how many.
func (p *Parser) learn(ex *example, o *oracle, tt, lt *perceptron.Trainer, explore bool, pExplore float64, rng *rand.Rand) (right, total int) {
	n := len(ex.words)
	p.prepare(ex.words, ex.upos, ex.xpos, n)
	p.st.reset(n)
	o.reset(ex.heads)
	var costs [nTrans]int
	for !p.st.done() {
		p.scoreTrans()
		minCost := -1
		for t := range nTrans {
			costs[t] = -1
			if p.st.valid(t) {
				costs[t] = o.cost(&p.st, t)
				if minCost < 0 || costs[t] < minCost {
					minCost = costs[t]
				}
			}
		}
		guess, gold := -1, -1
		for t := range nTrans {
			if costs[t] < 0 {
				continue
			}
			if guess < 0 || p.scores[t] > p.scores[guess] {
				guess = t
			}
			if costs[t] == minCost && (gold < 0 || p.scores[t] > p.scores[gold]) {
				gold = t
			}
		}
		tt.Update(p.feats, gold, guess)
		total++
		next := gold
		if costs[guess] == minCost {
			right++
			next = guess
		} else if explore && rng.Float64() < pExplore {
			next = guess
		}
		lab := 0
		if next != shift {
			h, d := p.st.arc(next)
			p.feats = p.labelFeatures(p.feats[:0], h, d)
			lt.Score(p.feats, p.labScores)
			allowed := p.fromWord
			if h == 0 {
				allowed = p.fromRoot
			}
			lab = max(perceptron.Best(p.labScores, allowed), 0)
			if ex.heads[d] == h && ex.labels[d] >= 0 {
				lt.Update(p.feats, ex.labels[d], lab)
				// Later features see the gold label of a correct arc.
				lab = ex.labels[d]
			}
		}
		o.apply(&p.st, next)
		p.st.apply(next, lab)
	}
	return right, total
}

// labelSet returns the sorted relations of the sentences.
func labelSet(sents []conllu.Sentence) []string {
	seen := map[string]bool{}
	for _, s := range sents {
		for _, w := range s.Words {
			if w.Deprel != "" && w.Deprel != "_" {
				seen[w.Deprel] = true
			}
		}
	}
	labels := make([]string, 0, len(seen))
	for l := range seen {
		labels = append(labels, l)
	}
	slices.Sort(labels)
	return labels
}

// examples converts the sentences that are trees, projectivising them.
func examples(sents []conllu.Sentence, labels []string) (exs []example, skipped, lifted int) {
	for _, s := range sents {
		n := len(s.Words)
		ex := example{words: make([]string, n), upos: make([]string, n), xpos: make([]string, n),
			heads: make([]int32, n+1), labels: make([]int, n+1)}
		ex.heads[0], ex.labels[0] = -1, -1
		for i, w := range s.Words {
			ex.words[i], ex.upos[i], ex.xpos[i] = w.Form, w.UPOS, w.XPOS
			ex.heads[i+1] = int32(w.Head)
			ex.labels[i+1] = -1
			if j, ok := slices.BinarySearch(labels, w.Deprel); ok {
				ex.labels[i+1] = j
			}
		}
		if n == 0 || !isTree(ex.heads) {
			skipped++
			continue
		}
		lifted += projectivize(ex.heads)
		exs = append(exs, ex)
	}
	return exs, skipped, lifted
}
