package depparse

import (
	"fmt"
	"strings"

	"github.com/storyline/storyline/timeline/language/conllu"
)

// Score counts the words whose head, and head and relation, are right.
type Score struct {
	Words, Heads, Labelled, Universal int
}

// UAS is the percentage of words with the right head.
func (s Score) UAS() float64 { return pct(s.Heads, s.Words) }

// LAS is the percentage of words with the right head and relation,
// subtype included.
func (s Score) LAS() float64 { return pct(s.Labelled, s.Words) }

// ULAS is LAS over the universal part of the relation only (nsubj for
// nsubj:pass), as the CoNLL 2018 scorer counts it.
func (s Score) ULAS() float64 { return pct(s.Universal, s.Words) }

func (s Score) String() string {
	return fmt.Sprintf("UAS %.2f LAS %.2f (universal %.2f) of %d words", s.UAS(), s.LAS(), s.ULAS(), s.Words)
}

func pct(a, b int) float64 { return 100 * float64(a) / float64(max(b, 1)) }

// Evaluate parses the words of sents with their gold tags and scores every
// word, punctuation included.
func Evaluate(m *Model, sents []conllu.Sentence) Score {
	return EvaluateTags(m, sents, nil)
}

// EvaluateTags is Evaluate with the tags of each sentence set by tag (nil:
// the gold tags), for scoring on predicted tags.
func EvaluateTags(m *Model, sents []conllu.Sentence, tag func(words []string, upos, xpos []string)) Score {
	p := m.NewParser()
	var sc Score
	var words, upos, xpos, rels []string
	var heads []int
	for _, s := range sents {
		words, upos, xpos = words[:0], upos[:0], xpos[:0]
		for _, w := range s.Words {
			words, upos, xpos = append(words, w.Form), append(upos, w.UPOS), append(xpos, w.XPOS)
		}
		if tag != nil {
			tag(words, upos, xpos)
		}
		heads, rels = make([]int, len(words)), make([]string, len(words))
		p.Parse(words, upos, xpos, heads, rels)
		for i, w := range s.Words {
			sc.Words++
			if heads[i] != w.Head {
				continue
			}
			sc.Heads++
			if rels[i] == w.Deprel {
				sc.Labelled++
			}
			if universal(rels[i]) == universal(w.Deprel) {
				sc.Universal++
			}
		}
	}
	return sc
}

func universal(rel string) string {
	u, _, _ := strings.Cut(rel, ":")
	return u
}
