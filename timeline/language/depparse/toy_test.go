package depparse

import (
	"math/rand/v2"

	"github.com/storyline/storyline/timeline/language/conllu"
)

// toyCorpus makes n sentences of a small grammar, so that the tests that
// need a model have one without the treebanks:
// S → NP VERB NP (PP) "." ; NP → DET (ADJ) NOUN (PP) ; PP → ADP NP.
func toyCorpus(n int, seed uint64) []conllu.Sentence {
	rng := rand.New(rand.NewPCG(seed, 1))
	pick := func(xs ...string) string { return xs[rng.IntN(len(xs))] }
	var out []conllu.Sentence
	for range n {
		var s conllu.Sentence
		add := func(form, upos, xpos, rel string, head int) int {
			s.Words = append(s.Words, conllu.Word{ID: len(s.Words) + 1, Form: form, UPOS: upos, XPOS: xpos, Head: head, Deprel: rel})
			return len(s.Words)
		}
		// np adds a noun phrase whose head attaches to head (fixed later
		// when the head comes after it) and returns the noun's id.
		var np func(rel string, head int, depth int) int
		var pp func(head int, rel string, depth int)
		np = func(rel string, head int, depth int) int {
			det := add(pick("the", "a", "this"), "DET", "DT", "det", 0)
			adj := 0
			if rng.IntN(3) == 0 {
				adj = add(pick("big", "red", "old"), "ADJ", "JJ", "amod", 0)
			}
			noun := add(pick("dog", "cat", "man", "park", "house"), "NOUN", "NN", rel, head)
			s.Words[det-1].Head = noun
			if adj > 0 {
				s.Words[adj-1].Head = noun
			}
			if depth < 2 && rng.IntN(3) == 0 {
				pp(noun, "nmod", depth+1)
			}
			return noun
		}
		pp = func(head int, rel string, depth int) {
			adp := add(pick("in", "with", "near"), "ADP", "IN", "case", 0)
			s.Words[adp-1].Head = np(rel, head, depth)
		}
		subj := np("nsubj", 0, 0)
		verb := add(pick("saw", "chased", "liked"), "VERB", "VBD", "root", 0)
		s.Words[subj-1].Head = verb
		np("obj", verb, 0)
		if rng.IntN(2) == 0 {
			pp(verb, "obl", 0)
		}
		add(".", "PUNCT", ".", "punct", verb)
		out = append(out, s)
	}
	return out
}
