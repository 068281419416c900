package extract

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/language"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// A person the text describes without naming ("the suspect", "a
// 15-year-old boy") is as good an antecedent for "he" or "she" as one it
// names, and a nearer one wins: in "Weber said the boy was arrested. The
// suspect fled as he left the mall. He was caught on Saturday", he is the
// suspect, never Weber. The pronoun sieves take the names alone, so the
// subjects that describe a person are noted first, and a pronoun with
// one between it and the nearest name stays unresolved: a wrong agent is
// worse than none.

// described is where the document describes a person as a subject.
type described struct {
	start  int  // the noun's first byte
	verb   int  // the first byte of the verb it is the subject of
	main   bool // the subject of its sentence's root
	lo, hi int  // its noun phrase: "the suspect", "a 15-year-old boy"
}

// noteSubjects records, before the sentences are read and in one pass
// over their words, the described persons of sents in x.described and
// the sentences with "he" or "she" as a subject in x.pronounLed (see
// leadingPronoun), both in text order.
func (x *extractor) noteSubjects(sents []language.Sentence) {
	x.described, x.pronounLed = x.described[:0], x.pronounLed[:0]
	for si := range sents {
		p := parsed{x: x, s: &sents[si]}
		for j := range p.s.Words {
			if p.leadingPronoun(j) && (len(x.pronounLed) == 0 || x.pronounLed[len(x.pronounLed)-1] != p.s.Span.Start) {
				x.pronounLed = append(x.pronounLed, p.s.Span.Start)
			}
			if p.describesPerson(j) {
				v := p.head(j)
				lo, hi := p.namedPhrase(j)
				d := described{start: p.word(j).Start, verb: -1, main: v >= 0 && p.head(v) < 0, lo: lo, hi: hi}
				if v >= 0 {
					d.verb = p.word(v).Start
				}
				x.described = append(x.described, d)
			}
		}
	}
}

// describesPerson reports whether word j is a singular common noun for a
// person that is a clause's subject and names no actor.
func (p parsed) describesPerson(j int) bool {
	w := p.word(j)
	if w.UPOS != "NOUN" || w.XPOS != "NN" || w.Deprel != "nsubj" && w.Deprel != "nsubj:pass" {
		return false
	}
	if wn.NounClass(strings.ToLower(w.Lemma)) != "person" {
		return false
	}
	ref := p.namedAt(j)
	// "A Volkswagen spokeswoman", "a Labour MP": a name that qualifies
	// the noun says whom the person is with, not who the person is.
	return (ref < 0 || p.x.actors[ref].Kind != timeline.Person) && p.apposedPerson(j) < 0 && p.ledeNamed(j) < 0
}

// describedBefore returns the nearest person described as a subject in
// p's sentence after byte from and before pronoun j, other than as the
// subject of an object pronoun's own verb, which it cannot stand for
// ("the boy told him").
func (p parsed) describedBefore(j, from int) (described, bool) {
	x := p.x
	verb := -1
	if h := p.head(j); h >= 0 && (p.rel(j) == "obj" || p.rel(j) == "iobj") {
		verb = p.word(h).Start
	}
	from = max(from, p.s.Span.Start-1)
	k, _ := slices.BinarySearchFunc(x.described, p.word(j).Start, func(d described, at int) int { return d.start - at })
	for k--; k >= 0 && x.described[k].start > from; k-- {
		if d := x.described[k]; verb < 0 || d.verb != verb {
			return d, true
		}
	}
	return described{}, false
}

// describedBetween reports whether a person is described as a subject in
// [from, to).
func (x *extractor) describedBetween(from, to int) bool {
	k, _ := slices.BinarySearchFunc(x.described, from, func(d described, at int) int { return d.start - at })
	return k < len(x.described) && x.described[k].start < to
}

// describedFor returns the noun phrase of the person a pronoun at word j
// stands for when no one named does (see pronounRef): the nearest
// described subject before it in its sentence, other than its own verb's,
// else the described subject of the sentence before ("The suspect fled
// on foot. He was arrested": "The suspect was arrested"), or "".
func (p parsed) describedFor(j int) string {
	x := p.x
	if d, ok := p.describedBefore(j, -1); ok {
		return lowerFirst(x.doc.Text[d.lo:d.hi])
	}
	prev := -1
	for k, sp := range x.spans {
		if sp.Start < p.s.Span.Start {
			prev = k
		}
	}
	if prev < 0 {
		return ""
	}
	sp := x.spans[prev]
	k, _ := slices.BinarySearchFunc(x.described, sp.Start, func(d described, at int) int { return d.start - at })
	for ; k < len(x.described) && x.described[k].start < sp.End; k++ {
		if d := x.described[k]; d.main {
			return lowerFirst(x.doc.Text[d.lo:d.hi])
		}
	}
	return ""
}

// lowerFirst writes a phrase's opening article in lower case, as a
// summary's words are ("The suspect" → "the suspect").
func lowerFirst(s string) string {
	for _, a := range []string{"The ", "A ", "An "} {
		if strings.HasPrefix(s, a) {
			return strings.ToLower(a[:1]) + s[1:]
		}
	}
	return s
}

// describedMain reports whether the sentence [start, end) has a described
// person as its root's subject.
func (x *extractor) describedMain(start, end int) bool {
	k, _ := slices.BinarySearchFunc(x.described, start, func(d described, at int) int { return d.start - at })
	for ; k < len(x.described) && x.described[k].start < end; k++ {
		if x.described[k].main {
			return true
		}
	}
	return false
}
