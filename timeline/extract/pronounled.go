package extract

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/language"
)

// A pronoun goes on with the person the text last put forward as a
// subject, and a subject only a pronoun names is such a person: after
// "Aides said he called Graham Brady, the party's chair, to say he would
// resign", neither that second "he" nor the "He" of "He then appointed
// new ministers" is Brady, the one person the sentence names. The sieves
// of rule-based coreference rank a subject first; a named object does
// not outrank a pronoun subject. The sentences a pronoun leads are noted
// with the described persons (see noteSubjects).

// leadingPronoun reports whether word j is "he" or "she" as the subject
// of a main or reported clause, not of a relative or adverbial one ("a
// day after he dropped his fight", "the counts she faced").
func (p parsed) leadingPronoun(j int) bool {
	w := p.word(j)
	if w.UPOS != "PRON" || w.Deprel != "nsubj" && w.Deprel != "nsubj:pass" || !strings.EqualFold(w.Form, "he") && !strings.EqualFold(w.Form, "she") {
		return false
	}
	if h := p.head(j); h >= 0 {
		switch p.rel(h) {
		case "acl", "acl:relcl", "advcl":
			return false
		}
	}
	return true
}

// leadingPronounRef returns the person the leading pronoun of sentence
// sp stands for, or -1. It reads that sentence's pronoun again, which may
// read the one of the sentence before it in turn: a chain of sentences
// each led by "he" is followed back at most maxPronounChain of them.
func (x *extractor) leadingPronounRef(sp timeline.Span) int {
	i, found := slices.BinarySearchFunc(x.sents, sp.Start, func(s language.Sentence, at int) int { return s.Span.Start - at })
	if !found || x.pronounChain >= maxPronounChain {
		return -1
	}
	x.pronounChain++
	defer func() { x.pronounChain-- }()
	p := parsed{x: x, s: &x.sents[i]}
	for j := range p.s.Words {
		if p.leadingPronoun(j) {
			return p.pronounRef(j)
		}
	}
	return -1
}

// leadingPronounAt returns the first byte of the leading pronoun of
// sentence sp, or -1.
func (x *extractor) leadingPronounAt(sp timeline.Span) int {
	i, found := slices.BinarySearchFunc(x.sents, sp.Start, func(s language.Sentence, at int) int { return s.Span.Start - at })
	if !found {
		return -1
	}
	p := parsed{x: x, s: &x.sents[i]}
	for j := range p.s.Words {
		if p.leadingPronoun(j) {
			return p.word(j).Start
		}
	}
	return -1
}

// maxPronounChain bounds how many sentences back leadingPronounRef
// follows a chain of pronoun subjects.
const maxPronounChain = 8

// noted reports whether one of starts, which are in text order, falls in
// sentence sp.
func noted(starts []int, sp timeline.Span) bool {
	k, _ := slices.BinarySearch(starts, sp.Start)
	return k < len(starts) && starts[k] < sp.End
}

// subjectPronounBefore returns a "he" or "she" of pronoun j's form that is
// a subject before it in the sentence, when the person mention ref names
// no subject there, or -1: in "he called Graham Brady to say he would
// resign" the second "he" goes on with the first, not with the object.
func (p parsed) subjectPronounBefore(j, ref int) int {
	if ref < 0 {
		return -1
	}
	m := p.x.actors[ref]
	for k := range p.s.Words {
		if w := p.word(k); w.Start >= m.Start && w.End <= m.End && (w.Deprel == "nsubj" || w.Deprel == "nsubj:pass") {
			return -1
		}
	}
	for k := j - 1; k >= 0; k-- {
		if w := p.word(k); (w.Deprel == "nsubj" || w.Deprel == "nsubj:pass") && w.UPOS == "PRON" &&
			pronounGender(w.Form) != 0 && pronounGender(w.Form) == pronounGender(p.word(j).Form) {
			return k
		}
	}
	return -1
}
