package ner

import (
	"fmt"
	"io"
	"slices"
)

// Counts are the exact-span matches of one entity type, as conlleval
// counts them: a predicted span is right only when its first word, last
// word and type all match a gold span.
type Counts struct{ Gold, Guess, Right int }

// P, R and F1 are in percent; 0 when undefined.
func (c Counts) P() float64  { return pct(c.Right, c.Guess) }
func (c Counts) R() float64  { return pct(c.Right, c.Gold) }
func (c Counts) F1() float64 { p, r := c.P(), c.R(); return harmonic(p, r) }

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

func harmonic(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Scorer adds up Counts over sentences, per type and in all.
type Scorer struct {
	// Types are the entity types scored; spans of other types ("GRP" on
	// a corpus without groups) are ignored on both sides.
	Types   []string
	ByType  map[string]*Counts
	All     Counts
	Words   int
	Correct int // words whose label is right, over scored types
}

// NewScorer returns a Scorer of the given types.
func NewScorer(types ...string) *Scorer {
	s := &Scorer{Types: types, ByType: map[string]*Counts{}}
	for _, t := range types {
		s.ByType[t] = &Counts{}
	}
	return s
}

type typedSpan struct {
	start, end int
	typ        string
}

// Add counts one sentence's gold and guessed labels.
func (s *Scorer) Add(gold, guess []string) {
	g, p := s.spans(gold), s.spans(guess)
	for _, sp := range g {
		s.ByType[sp.typ].Gold++
		s.All.Gold++
	}
	for _, sp := range p {
		s.ByType[sp.typ].Guess++
		s.All.Guess++
		if slices.Contains(g, sp) {
			s.ByType[sp.typ].Right++
			s.All.Right++
		}
	}
	for i := range gold {
		s.Words++
		if s.keep(gold[i]) == s.keep(guess[i]) {
			s.Correct++
		}
	}
}

// keep returns l, or O when its type is not scored.
func (s *Scorer) keep(l string) string {
	if len(l) > 2 && slices.Contains(s.Types, l[2:]) {
		return l
	}
	return O
}

// spans reads labels the conlleval way: a chunk starts at B-, or at an I-
// whose type differs from the word before.
func (s *Scorer) spans(ls []string) []typedSpan {
	var out []typedSpan
	cur := -1
	for i, l := range ls {
		l = s.keep(l)
		inside := len(l) > 2 && l[0] == 'I' && cur >= 0 && out[cur].typ == l[2:] && out[cur].end == i
		switch {
		case inside:
			out[cur].end = i + 1
		case len(l) > 2:
			out = append(out, typedSpan{i, i + 1, l[2:]})
			cur = len(out) - 1
		default:
			cur = -1
		}
	}
	return out
}

// Report writes conlleval's summary: accuracy, then P/R/F1 in all and per
// type.
func (s *Scorer) Report(w io.Writer) {
	fmt.Fprintf(w, "processed %d tokens with %d phrases; found: %d phrases; correct: %d.\n",
		s.Words, s.All.Gold, s.All.Guess, s.All.Right)
	fmt.Fprintf(w, "accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f\n",
		pct(s.Correct, s.Words), s.All.P(), s.All.R(), s.All.F1())
	for _, t := range s.Types {
		c := s.ByType[t]
		fmt.Fprintf(w, "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %d\n", t, c.P(), c.R(), c.F1(), c.Guess)
	}
}
