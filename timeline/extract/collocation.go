package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// A verb and its bare object can be one word in WordNet ("open fire",
// "take place", "lose consciousness"): the pair names the event, and its
// noun is no event of its own ("fire" in "opened fire" is no blaze).

// collocation returns the bare object j of verb i that WordNet joins with
// it into one verb, that verb's lemma ("open fire") and its kinds; j is -1
// when there is none.
func (p parsed) collocation(i int) (j int, phrase string, kinds []string) {
	if p.word(i).UPOS == "NOUN" {
		return p.nounCollocation(i)
	}
	if p.word(i).UPOS != "VERB" {
		return -1, "", nil
	}
	if k := p.captive(i); k >= 0 {
		return k, strings.ToLower(p.word(i).Lemma) + " hostage", []string{KindAttack} // "took nine people hostage"
	}
	for k := i + 1; k < len(p.s.Words) && k <= i+2; k++ {
		if p.head(k) != i || p.rel(k) != "obj" || p.word(k).UPOS != "NOUN" || p.hasDependent(k, "det") ||
			!strings.EqualFold(p.word(k).Form, p.word(k).Lemma) { // "taking charges of $24 million" is no "take charge"
			continue
		}
		if phrase, kinds, ok := verbWithNoun(strings.ToLower(p.word(i).Lemma), p.word(k)); ok {
			return k, phrase, kinds
		}
	}
	// "Contact was lost with the ship" is "lost contact", passive.
	for k := range i {
		if p.head(k) == i && p.word(k).Deprel == "nsubj:pass" && p.bareNoun(k) {
			if phrase, kinds, ok := verbWithNoun(strings.ToLower(p.word(i).Lemma), p.word(k)); ok {
				return k, phrase, kinds
			}
		}
	}
	return -1, "", nil
}

// verbWithNoun returns the one verb that verb lemma v makes with noun n,
// and its kinds, if WordNet or the idioms list it.
func verbWithNoun(v string, n *language.Word) (phrase string, kinds []string, ok bool) {
	phrase = v + " " + strings.ToLower(n.Lemma)
	if kinds = wn.Kinds(phrase, false); len(kinds) > 0 || wn.VerbClass(phrase) != "" {
		return phrase, kinds, true // "take charge" is no attack, though it has no kind of ours
	}
	if kind, ok := idioms[phrase]; ok {
		return phrase, []string{kind}, true
	}
	return "", nil, false
}

// bareNoun reports whether word k is a noun with no determiner, in its
// lemma's form: "contact", not "the contact" or "contacts". A sentence's
// first word the tagger may take for a name by its capital: "Fire was
// opened on the crowd".
func (p parsed) bareNoun(k int) bool {
	w := p.word(k)
	noun := w.UPOS == "NOUN" || k == 0 && w.UPOS == "PROPN" && wn.NounClass(strings.ToLower(w.Form)) != ""
	return noun && !p.hasDependent(k, "det") && strings.EqualFold(w.Form, w.Lemma)
}

// nounCollocation returns, for an event noun i made from a verb, the bare
// noun of its "of" phrase that the verb joins into one ("the loss of
// contact" is "lose contact", "the opening of fire" "open fire"), as
// collocation does for the verb; j is -1 when there is none.
func (p parsed) nounCollocation(i int) (j int, phrase string, kinds []string) {
	for k := max(0, i-2); k < i; k++ {
		// "shortly after the submersible lost contact", parsed as a
		// noun phrase with "lost" its modifier: still "lose contact".
		if p.head(k) == i && p.rel(k) == "amod" && p.word(k).UPOS == "VERB" {
			if phrase, kinds, ok := verbWithNoun(strings.ToLower(p.word(k).Lemma), p.word(i)); ok {
				return k, phrase, kinds
			}
		}
	}
	l := strings.ToLower(p.word(i).Lemma)
	verbs := wn.Verbs(l)
	if v, ok := idiomNouns[l]; ok {
		verbs = []string{v}
	}
	for k := i + 1; k < len(p.s.Words) && k <= i+2; k++ {
		if p.head(k) != i || p.rel(k) != "nmod" || p.caseOf(k) != "of" || !p.bareNoun(k) {
			continue
		}
		for _, v := range verbs {
			if phrase, kinds, ok := verbWithNoun(v, p.word(k)); ok {
				return k, phrase, kinds
			}
		}
	}
	return -1, "", nil
}

// idiomNouns are the nouns of idioms' verbs that WordNet does not derive
// from them: "the loss of contact".
var idiomNouns = map[string]string{"loss": "lose"}

// idioms are verbs with a bare object that news uses as one verb and
// WordNet does not list: "set fire to the cars" is arson.
var idioms = map[string]string{"set fire": "attack", "set light": "attack", "set alight": "attack",
	"exchange fire": "attack", "return fire": "attack", "trade fire": "attack", // "exchanged fire with the gunman" is no blaze
	"make landfall": "disaster", // a storm reaching the coast
	"lose contact":  KindOther}  // "lost contact with the submersible", "contact was lost", "the loss of contact": one event

// inCollocation reports whether noun j is the object half of its verb's
// collocation.
func (p parsed) inCollocation(j int) bool {
	h := p.head(j)
	if h < 0 {
		return false
	}
	k, _, _ := p.collocation(h)
	return k == j
}

// hasDependent reports whether word j has a dependent of relation rel.
func (p parsed) hasDependent(j int, rel string) bool { return p.dependentOf(j, rel) >= 0 }

// dependentOf returns the first word that depends on v by relation rel,
// or -1.
func (p parsed) dependentOf(v int, rel string) int {
	for k := range p.s.Words {
		if p.head(k) == v && p.rel(k) == rel {
			return k
		}
	}
	return -1
}
