package ner

import "github.com/storyline/storyline/timeline/language/perceptron"

// scorer is what Viterbi decoding reads weights from: a trained Model, or
// a Trainer while it learns.
type scorer interface {
	Score(feats []perceptron.Feature, scores []int32)
}

// transitions is the score of each class after each class, in all and
// by the capitalisation of the word it labels (its caps and ratio), so
// that "Bank of America" may go on through "of" and a name may not go on
// into a lower-case word that is never capitalised.
type transitions struct {
	all  [nclass][nclass]int32
	caps [nCapsKeys][nclass][nclass]int32
}

const nCapsKeys = (capsNone + 1) * (ratioAlways + 1)

func capsKey(w *word) int { return int(w.caps)*(ratioAlways+1) + int(w.ratio) }

// transFeature is the feature whose weights score the classes after prev.
func transFeature(prev int) perceptron.Feature { return templates[tTrans].Int(prev) }

// transCapsFeature scores the classes after prev for a word of capsKey k.
func transCapsFeature(prev, k int) perceptron.Feature { return templates[tTransCaps].Int(prev<<8 | k) }

func transitionsOf(s scorer) *transitions {
	t := &transitions{}
	var f [1]perceptron.Feature
	for p := range nclass {
		f[0] = transFeature(p)
		s.Score(f[:], t.all[p][:])
		for k := range nCapsKeys {
			f[0] = transCapsFeature(p, k)
			s.Score(f[:], t.caps[k][p][:])
		}
	}
	return t
}

// viterbi appends the best-scoring BIO-valid labelling of r.words under
// the static features and transition scores, the word before the first
// counting as O.
func (r *Recognizer) viterbi(s scorer, trans *transitions, classes []int) []int {
	n := len(r.words)
	if n == 0 {
		return classes
	}
	r.delta = grow(r.delta, n*nclass)
	r.back = grow(r.back, n*nclass)
	const never = -1 << 30
	for i := range n {
		if r.cache != nil {
			r.emission(i)
		} else {
			r.feats = features(r.feats[:0], r.words, i)
			s.Score(r.feats, r.scores)
		}
		row := r.delta[i*nclass : (i+1)*nclass]
		tc := &trans.caps[capsKey(&r.words[i])]
		for c := range nclass {
			bestScore, bestPrev := int32(never), lO
			if i == 0 {
				if validAfter(lO, c) {
					bestScore = trans.all[lO][c] + tc[lO][c]
				}
			} else {
				prev := r.delta[(i-1)*nclass : i*nclass]
				for p := range nclass {
					if v := prev[p] + trans.all[p][c] + tc[p][c]; prev[p] > never && validAfter(p, c) && v > bestScore {
						bestScore, bestPrev = v, p
					}
				}
			}
			if bestScore > never {
				bestScore += r.scores[c]
			}
			row[c], r.back[i*nclass+c] = bestScore, int8(bestPrev)
		}
	}
	last := r.delta[(n-1)*nclass:]
	c := lO
	for k := range nclass {
		if last[k] > last[c] {
			c = k
		}
	}
	start := len(classes)
	for range n {
		classes = append(classes, 0)
	}
	for i := n - 1; i >= 0; i-- {
		classes[start+i] = c
		c = int(r.back[i*nclass+c])
	}
	return classes
}

// learn decodes one sentence with the trainer's weights and makes the
// structured perceptron's update (Collins 2002) where the path differs
// from gold: word features per word, transitions per pair of labels. It
// returns the words labelled right and in all.
func (r *Recognizer) learn(tr *perceptron.Trainer, s *Sentence) (right, total int) {
	r.words, r.buf = r.m.describe(r.words, s.Words, s.UPOS, s.XPOS, r.buf)
	r.classes = r.viterbi(tr, transitionsOf(tr), r.classes[:0])
	gp, pp := lO, lO
	for i, guess := range r.classes {
		gold := goldClass(s.Labels[i])
		if guess == gold {
			right++
			tr.Tick()
		} else {
			r.feats = features(r.feats[:0], r.words, i)
			tr.Update(r.feats, gold, guess)
		}
		if gp != pp || gold != guess {
			k := capsKey(&r.words[i])
			tr.Adjust(transFeature(gp), gold, 1)
			tr.Adjust(transFeature(pp), guess, -1)
			tr.Adjust(transCapsFeature(gp, k), gold, 1)
			tr.Adjust(transCapsFeature(pp, k), guess, -1)
		}
		gp, pp = gold, guess
	}
	return right, len(r.classes)
}

func goldClass(l string) int {
	c := labelIndex(l)
	if c < 0 || c >= nclass {
		return lO
	}
	return c
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}
