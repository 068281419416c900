package extract

import (
	"strings"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// Some nouns WordNet files among acts are in news only the word of a
// fixed phrase or a bare set of things, never a happening of their own.

// inComplexPreposition reports whether bare noun i, lemma l, is the noun
// of a preposition made of words: "on behalf of the family", "in lieu of
// a fine". Such a noun has a preposition before it and "of" after, no
// determiner or modifier of its own, and no kind of event: "in support
// of" and "in protest at" keep theirs; a noun that is an act with a verb
// of its own ("in search of survivors") may still be the search.
func (p parsed) inComplexPreposition(i int, l string) bool {
	switch p.caseOf(i) {
	case "on", "in", "by":
	default:
		return false
	}
	if len(wn.Kinds(l, true)) > 0 || !strings.EqualFold(p.word(i).Form, l) {
		return false
	}
	of := false
	for k := range p.s.Words {
		if p.head(k) != i {
			continue
		}
		switch p.word(k).Deprel {
		case "det", "nmod:poss", "amod", "nummod", "compound":
			return false // "in the memory of his father", "on his behalf"
		case "nmod":
			of = of || p.caseOf(k) == "of"
		}
	}
	if !of {
		return false
	}
	// "behalf", "lieu": acts no verb is made from. A noun of any other
	// sense may be what the phrase is about: "arrested on suspicion of
	// drink-driving" tells the suspicion.
	class := wn.NounClass(l)
	return (class == "act" || class == "event") && len(wn.Verbs(l)) == 0
}

// quantifiedThings reports whether plural noun i, lemma l, is a set of
// things a quantifier counts: "all options are on the table", "other
// alternatives". A noun that names a kind of event ("all attacks",
// "several protests") or an act ("several hijackings") is still those
// events.
func (p parsed) quantifiedThings(i int, l string) bool {
	if p.word(i).XPOS != "NNS" || len(wn.Kinds(l, true)) > 0 || len(wn.Kinds(strings.ToLower(p.word(i).Form), true)) > 0 {
		return false
	}
	switch wn.NounClass(l) {
	case "act", "event", "process", "phenomenon", "state":
		return false // "several hijackings", "how many shots", "several naval operations": happenings counted
	}
	for k := range p.s.Words {
		if p.head(k) != i || p.word(k).Deprel != "det" && p.word(k).Deprel != "amod" {
			continue
		}
		switch strings.ToLower(p.word(k).Form) {
		case "all", "some", "any", "many", "several", "various", "other", "few":
			return true
		}
	}
	return false
}

// heldPost reports whether noun i, lemma l, is jobs counted: posts cut,
// added or created, which the verb that takes them tells of ("will cut
// 300 jobs", "whether jobs would be cut"); the lexicon's sense of a
// hiring is no event of theirs. One job ("took a new job", "his hosting
// job") is left as the lexicon gives it.
func (p parsed) heldPost(i int, l string) bool {
	return l == "job" && p.word(i).XPOS == "NNS"
}
