package extract

import (
	"cmp"
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline/actor"
)

// Names in predicates: an event a name names, a name a verb gives, the
// words of an actor's or another name that are no event of their own.

// namesItself reports whether verb i gives its subject a name or a label
// with a reflexive object: "calling itself", "describes himself as".
func (p parsed) namesItself(i int) bool {
	switch strings.ToLower(p.word(i).Lemma) {
	case "call", "name", "style", "describe", "dub", "term", "bill", "brand", "label", "title":
	default:
		return false
	}
	for k := i + 1; k < len(p.s.Words) && k <= i+2; k++ {
		if p.head(k) == i && p.rel(k) == "obj" && strings.Contains(p.word(k).Feats, "Reflex=Yes") {
			return true
		}
		switch strings.ToLower(p.word(k).Form) {
		case "itself", "himself", "herself", "themselves", "themself", "ourselves", "myself", "yourself":
			return p.head(k) == i
		}
	}
	return false
}

// namedEvent reports whether proper noun i ends the name of an event: a
// summit, a conference, games, a cup, awards ("the G20 Summit", "the
// Olympic Games", "the Oscars"), not of a body named so ("the Conference
// Board"), which the actors hold.
func (p parsed) namedEvent(i int) bool {
	if !namedEventHeads[strings.ToLower(p.word(i).Form)] || p.inActorName(i) {
		return false
	}
	switch p.rel(i) {
	case "nsubj", "obj", "obl", "nmod", "root", "conj", "appos", "iobj":
		return true
	case "compound":
		h := p.head(i)
		return h >= 0 && p.word(h).UPOS == "NOUN" && eventNoun(strings.ToLower(p.word(h).Lemma)) // "the Academy Awards ceremony"
	}
	return false
}

// namedEventHeads are the words that end the names of events.
var namedEventHeads = map[string]bool{
	"summit": true, "conference": true, "convention": true, "games": true, "olympics": true, "paralympics": true,
	"cup": true, "championship": true, "championships": true, "tournament": true, "awards": true, "oscars": true,
	"emmys": true, "grammys": true, "baftas": true, "festival": true, "prix": true, "marathon": true, "expo": true,
}

// inActorName reports whether word i lies inside an actor's name: "the
// opposition" that names a party, "inquiry" of "the inquiry commission".
func (p parsed) inActorName(i int) bool {
	if p.x == nil {
		return false // the plot trainer's reading, which has no actors
	}
	// x.actors is sorted by start (reset): only the last mention starting
	// at or before the word can hold it, mentions never overlapping.
	w := p.word(i)
	k, _ := slices.BinarySearchFunc(p.x.actors, w.Start+1, func(m actor.Mention, at int) int { return cmp.Compare(m.Start, at) })
	return k > 0 && p.x.actors[k-1].End >= w.End
}

// firstOfName reports whether common word i, capitalised, opens a proper
// name with the proper noun right after it ("Credit Suisse", "Fire Chief
// Tom Varga"), which the tagger took for a noun or a bare verb: a word of
// a name names no event. A title-case headline capitalises every word,
// a date after a participle is no name ("Speaking Monday"), and a word
// that heads the name after it names the event itself ("Hurricane
// Lena", "Operation Dawn").
func (p parsed) firstOfName(i int) bool {
	w := p.word(i)
	if i+1 >= len(p.s.Words) || len(w.Form) < 2 || w.Form[0] < 'A' || w.Form[0] > 'Z' || w.Form[1] < 'a' || w.Form[1] > 'z' {
		return false
	}
	n := p.word(i + 1)
	if n.UPOS != "PROPN" || n.Form == "" || n.Form[0] < 'A' || n.Form[0] > 'Z' || p.inTimex(i+1) || n.Start > w.End+1 {
		return false
	}
	if h := p.head(i + 1); h == i && (p.rel(i+1) == "flat" || p.rel(i+1) == "appos" || p.rel(i+1) == "compound") {
		return false
	}
	return !titleCase(p.s.Words)
}
