package extract

import (
	"slices"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// Deals and takeovers: what closing completes, and when acquiring is a
// company bought.

// dealNoun reports whether lemma names a transaction or an agreement:
// what closing completes ("closed the deal", "closed the acquisition").
func dealNoun(lemma string) bool {
	kinds := wn.Kinds(lemma, true)
	return slices.Contains(kinds, "transaction") || slices.Contains(kinds, KindAgreement)
}

// namesWhatChanges reports whether predicate i has a name for its object
// or, a noun, in its "of" phrase: what is acquired is a company or a
// holding, not a skill.
func (p parsed) namesWhatChanges(i int) bool {
	for k := range p.s.Words {
		h := p.head(k)
		if h != i || p.rel(k) != "obj" && !(p.rel(k) == "nmod" && (p.caseOf(k) == "of" || p.caseOf(k) == "")) {
			continue
		}
		for j := range p.s.Words {
			if p.word(j).UPOS == "PROPN" && !p.inTimex(j) && p.dominates(k, j) {
				return true
			}
		}
	}
	return false
}
