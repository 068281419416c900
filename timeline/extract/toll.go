package extract

import (
	"strings"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// isToll reports whether word j is a count of the dead: "the death
// toll", "the toll", or a number of them ("the number of people killed",
// "the tally of deaths"), which rises as a toll does and is no movement.
func (p parsed) isToll(j int) bool {
	switch strings.ToLower(p.word(j).Lemma) {
	case "toll":
		return true
	case "number", "count", "tally", "total":
		for k := range p.s.Words {
			if p.head(k) == j && p.rel(k) == "nmod" && p.caseOf(k) == "of" && p.deadWord(k) {
				return true
			}
		}
	}
	return false
}

// deadWord reports whether noun j names the dead: "deaths",
// "fatalities", "the dead", or people a verb of dying qualifies ("people
// killed", "those who died").
func (p parsed) deadWord(j int) bool {
	l := strings.ToLower(p.word(j).Lemma)
	if l == "dead" || p.word(j).UPOS == "NOUN" && wn.Kind(l, true) == "death" {
		return true
	}
	for k := range p.s.Words {
		if p.head(k) == j && (p.rel(k) == "acl" || p.word(k).Deprel == "acl:relcl") && p.word(k).UPOS == "VERB" &&
			wn.Kind(strings.ToLower(p.word(k).Lemma), false) == "death" {
			return true
		}
	}
	return false
}

// deathsMove reports whether verb v, one of marketMoves, moves a count of
// deaths named bare: "deaths from the storm rose to 137" is the toll
// rising.
func (p parsed) deathsMove(f frame, lemma string) bool {
	return marketMoves[lemma] && p.anyIs(f.agents, func(j int) bool {
		return p.word(j).UPOS == "NOUN" && p.word(j).XPOS == "NNS" && p.deadWord(j)
	})
}
