package extract

import (
	"strings"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// A verb and its bare object can be one word in WordNet ("open fire",
// "take place", "lose consciousness"): the pair names the event, and its
// noun is no event of its own ("fire" in "opened fire" is no blaze).

// collocation returns the bare object j of verb i that WordNet joins with
// it into one verb, that verb's lemma ("open fire") and its kinds; j is -1
// when there is none.
func (p parsed) collocation(i int) (j int, phrase string, kinds []string) {
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
		phrase = strings.ToLower(p.word(i).Lemma) + " " + strings.ToLower(p.word(k).Lemma)
		if kinds = wn.Kinds(phrase, false); len(kinds) > 0 || wn.VerbClass(phrase) != "" {
			return k, phrase, kinds // "take charge" is no attack, though it has no kind of ours
		}
		if kind, ok := idioms[phrase]; ok {
			return k, phrase, []string{kind}
		}
	}
	return -1, "", nil
}

// idioms are verbs with a bare object that news uses as one verb and
// WordNet does not list: "set fire to the cars" is arson.
var idioms = map[string]string{"set fire": "attack", "set light": "attack", "set alight": "attack",
	"exchange fire": "attack", "return fire": "attack", "trade fire": "attack", // "exchanged fire with the gunman" is no blaze
	"make landfall": "disaster"} // a storm reaching the coast

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
