package extract

import (
	"strings"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// What a relative pronoun stands for.

// antecedent returns the noun a relative pronoun stands for ("Berg,
// who met Holm"), else j itself.
func (p parsed) antecedent(j int) int {
	w := p.word(j)
	if k := p.coordinatedReporter(j); k >= 0 {
		return k
	}
	if k := p.saidOfRelative(j); k >= 0 {
		return k
	}
	if w.UPOS == "PRON" && strings.Contains(w.Feats, "PronType=Rel") && !p.otherSubject(j) {
		for k := p.head(j); k >= 0; k = p.head(k) {
			if p.word(k).Deprel == "acl:relcl" {
				return p.head(k)
			}
		}
		if k := p.nounBeforeComma(j); k >= 0 {
			// The parse hung the clause elsewhere (parataxis, a
			// conjunct): "summon the minister Tomas Herrec, who
			// resigned last week" is still Herrec's.
			return k
		}
	}
	return j
}

// nounBeforeComma returns the noun or name right before the comma that
// opens the relative "who" or "which" at j, or -1.
func (p parsed) nounBeforeComma(j int) int {
	switch strings.ToLower(p.word(j).Form) {
	case "who", "which", "whom":
	default:
		return -1
	}
	if j < 2 || p.word(j-1).Form != "," {
		return -1
	}
	switch p.word(j - 2).UPOS {
	case "NOUN", "PROPN":
		return j - 2
	}
	return -1
}

// otherSubject reports whether the verb of relative pronoun j has another
// subject: then j is a complementiser the parse took for a pronoun ("told
// the court that walls had been removed"), and stands for no one.
func (p parsed) otherSubject(j int) bool {
	v := p.head(j)
	for k := range p.s.Words {
		if k != j && p.head(k) == v && p.rel(k) == "nsubj" {
			return true
		}
	}
	return false
}

// saidOfRelative returns, for a verb of saying that the parse made
// another verb's subject, the one its relative clause is about, or -1:
// in "the journalist, who officials say was killed", "say" hangs as the
// subject of "killed" with "who" its object; the one killed is the
// journalist, and the officials only say so.
func (p parsed) saidOfRelative(j int) int {
	w := p.word(j)
	if w.UPOS != "VERB" || p.rel(j) != "nsubj" || wn.Kind(strings.ToLower(w.Lemma), false) != KindStatement || !p.hasDependent(j, "nsubj") {
		return -1
	}
	for k := range j {
		if p.head(k) == j && p.word(k).UPOS == "PRON" && strings.Contains(p.word(k).Feats, "PronType=Rel") {
			return p.nounBeforeComma(k)
		}
	}
	return -1
}
