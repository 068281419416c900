package tagger

import (
	"fmt"
	"strings"

	"github.com/storyline/storyline/timeline/language/conllu"
)

// Scores counts the words of gold sentences the tagger got right, as the
// CoNLL 2018 scorer counts them on gold tokens.
type Scores struct {
	Words             int
	UPOS, XPOS, Class int // Class: UPOS and XPOS both right
	// UFeats compares the universal features only, and leaves out Voice,
	// which the language package sets from the parse.
	UFeats  int
	Lemmas  int
	AllTags int // UPOS, XPOS and UFeats right
	// Unknown counts the words not in the lexicon, and UnknownUPOS and
	// UnknownLemmas those of them whose UPOS and lemma are right.
	Unknown, UnknownUPOS, UnknownLemmas int
}

// Pct returns n as a percentage of the words.
func (s Scores) Pct(n int) float64 { return pct(n, s.Words) }

func (s Scores) String() string {
	return fmt.Sprintf("UPOS %.2f XPOS %.2f UFeats %.2f AllTags %.2f Lemmas %.2f of %d words (unknown %.1f%%: UPOS %.2f, lemmas %.2f)",
		s.Pct(s.UPOS), s.Pct(s.XPOS), s.Pct(s.UFeats), s.Pct(s.AllTags), s.Pct(s.Lemmas), s.Words,
		s.Pct(s.Unknown), pct(s.UnknownUPOS, s.Unknown), pct(s.UnknownLemmas, s.Unknown))
}

// Evaluate tags the gold words of sents and scores every word,
// punctuation included.
func Evaluate(m *Model, sents []conllu.Sentence) Scores {
	return evaluate(m.NewTagger(), sents)
}

// evaluatePlain is Evaluate of the tags of NewPlainTagger, by which
// training chooses its epochs.
func evaluatePlain(m *Model, sents []conllu.Sentence) Scores {
	return evaluate(m.NewPlainTagger(), sents)
}

func evaluate(t *Tagger, sents []conllu.Sentence) Scores {
	var sc Scores
	var words []string
	var out []Analysis
	for _, s := range sents {
		words = words[:0]
		for _, w := range s.Words {
			words = append(words, w.Form)
		}
		out = t.Tag(words, out[:0])
		for i, w := range s.Words {
			a := out[i]
			sc.Words++
			unknown := t.lower[i+2] < 0
			if unknown {
				sc.Unknown++
			}
			upos, xpos := a.UPOS == w.UPOS, a.XPOS == w.XPOS
			feats := universal(a.Feats) == universal(w.Feats)
			if upos {
				sc.UPOS++
				if unknown {
					sc.UnknownUPOS++
				}
			}
			if xpos {
				sc.XPOS++
			}
			if upos && xpos {
				sc.Class++
			}
			if feats {
				sc.UFeats++
			}
			if upos && xpos && feats {
				sc.AllTags++
			}
			if a.Lemma == w.Lemma || w.Lemma == "_" {
				sc.Lemmas++
				if unknown {
					sc.UnknownLemmas++
				}
			}
		}
	}
	return sc
}

// universalFeatures are those the CoNLL 2018 scorer compares, less Voice.
var universalFeatures = map[string]bool{
	"PronType": true, "NumType": true, "Poss": true, "Reflex": true, "Foreign": true, "Abbr": true,
	"Gender": true, "Animacy": true, "Number": true, "Case": true, "Definite": true, "Degree": true,
	"VerbForm": true, "Mood": true, "Tense": true, "Aspect": true, "Evident": true,
	"Polarity": true, "Person": true, "Polite": true,
}

// universal returns the universal features of feats, in order.
func universal(feats string) string {
	if feats == "_" || feats == "" {
		return ""
	}
	var b strings.Builder
	for f := range strings.SplitSeq(feats, "|") {
		k, _, _ := strings.Cut(f, "=")
		if universalFeatures[k] {
			if b.Len() > 0 {
				b.WriteByte('|')
			}
			b.WriteString(f)
		}
	}
	return b.String()
}
