package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// actorAt returns the actor mention that word j heads or lies in, or the
// person a pronoun stands for, or -1.
// A name's head may sit on any of its words ("Anna Berg", "the
// European Union"), so the mention is sought over the whole noun phrase
// (namedPhrase). An English noun phrase ends in its head: of the names
// in it, the last is the one meant ("Chargers receiver Vincent Jackson"
// is Jackson, not the club).
func (p parsed) actorAt(j int) int {
	if ref := p.apposedTo(j); ref >= 0 {
		return ref
	}
	if ref := p.namedAt(j); ref >= 0 {
		return ref
	}
	if ref := p.apposedPerson(j); ref >= 0 {
		return ref
	}
	if ref := p.ledeNamed(j); ref >= 0 {
		return ref
	}
	return p.pronounRef(j)
}

// apposedPerson returns the person a common noun for one names in
// apposition after a comma ("The head of the investigation board, Mirela
// Stan, said"; "the company's chief executive, Ruth Amsel"), or -1.
func (p parsed) apposedPerson(j int) int {
	// The tagger may take the head for an adjective ("the company's
	// chief executive"): its place as subject or object makes it a noun.
	if p.x == nil || p.word(j).UPOS != "NOUN" && !(p.word(j).UPOS == "ADJ" && coreRelation(p.word(j).Deprel)) {
		return -1
	}
	for k := j + 1; k < len(p.s.Words); k++ {
		if p.head(k) != j || p.word(k).Deprel != "appos" || p.word(k).UPOS != "PROPN" {
			continue
		}
		if ref := p.namedAt(k); ref >= 0 && p.x.actors[ref].Kind == timeline.Person {
			return ref
		}
	}
	return -1
}

// apposedTo returns the person or body that common noun j stands in
// apposition to ("Gus Holm, the former police officer convicted of …"),
// or -1: the noun's deeds are the name's, and a body named inside the
// description ("police") is not the one who acts.
func (p parsed) apposedTo(j int) int {
	h := p.head(j)
	if p.x == nil || h < 0 || h > j || p.rel(j) != "appos" || p.word(j).UPOS != "NOUN" || p.word(h).UPOS != "PROPN" {
		return -1
	}
	for k := h + 1; k < j; k++ {
		if p.head(k) == h && p.rel(k) == "conj" {
			return -1 // "Summers and D'Angelo, the only member to remain": the parse may hang it on the list's first
		}
	}
	if ref := p.namedAt(h); ref >= 0 && (p.x.actors[ref].Kind == timeline.Person || p.x.actors[ref].Kind == timeline.Organization) {
		return ref
	}
	return -1
}

// namedAt returns the actor mention that word j's noun phrase names (see
// actorAt), or -1.
func (p parsed) namedAt(j int) int {
	lo, hi := p.namedPhrase(j)
	best := -1
	for ref, m := range p.x.actors {
		if m.Start < hi && lo < m.End && m.Start >= p.s.Span.Start && m.End <= p.s.Span.End &&
			(best < 0 || p.modifiesLater(p.x.actors[best].End, m.Start)) {
			best = ref
		}
	}
	return best
}

// namedPhrase returns the byte span of the noun phrase word j heads: its
// flat, compound, adjective and determiner words, and a name or title
// the parse hung off it without a comma between ("the minister Anna
// Berg", and "San Diego Chargers defensive tackle Jamal Williams", which
// the parse may split into a list and an apposition).
func (p parsed) namedPhrase(j int) (lo, hi int) {
	lo, hi = p.word(j).Start, p.word(j).End
	last := j
	for k := range p.s.Words {
		if p.head(k) != j {
			continue
		}
		switch p.word(k).Deprel {
		case "flat", "compound", "flat:name", "amod", "det":
			lo, hi = min(lo, p.word(k).Start), max(hi, p.word(k).End)
			last = max(last, k)
		case "nmod":
			// A title's capitalised "of" phrase is part of it: "Secretary
			// of State Antony Blinken", whose name is the title's apposition.
			if k == j+2 && p.word(j).UPOS == "PROPN" && p.word(k).UPOS == "PROPN" && strings.EqualFold(p.word(j+1).Form, "of") {
				hi, last = max(hi, p.word(k).End), max(last, k)
			}
		}
	}
	for k := range p.s.Words {
		if p.head(k) != j || k <= last || !p.joinsWithoutComma(last, k) {
			continue
		}
		switch d := p.word(k).Deprel; {
		case d == "list" && p.word(k).UPOS == "NOUN", d == "appos" && p.word(k).UPOS == "PROPN":
			end := k
			for m := range p.s.Words {
				if (p.head(m) == k || p.head(m) == end) && m > end && (p.word(m).Deprel == "flat" || p.word(m).Deprel == "appos" && p.word(m).UPOS == "PROPN") {
					end = m
				}
			}
			hi, last = max(hi, p.word(end).End), end
		}
	}
	return lo, hi
}

// stackedSubject reports whether subject j is one of two the parse gave
// a verb before it: a verb has one subject, and the nearer is it. Two
// with only modifiers between them are one noun phrase ("Chargers
// receiver Vincent Jackson was arrested"), headed by the later; the
// earlier of two parted by a comma is the subject of a clause the parse
// took for a modifier ("Two schools collapsed in the quake, officials
// said").
func (p parsed) stackedSubject(j int) bool {
	d := p.word(j).Deprel
	if d != "nsubj" && d != "nsubj:pass" {
		return false
	}
	h := p.head(j)
	for k := j + 1; k < len(p.s.Words) && k < h; k++ {
		if p.head(k) == h && (p.word(k).Deprel == "nsubj" || p.word(k).Deprel == "nsubj:pass") &&
			!strings.Contains(p.word(k).Feats, "PronType=Rel") { // "Carl Dahl, who resigned": who is Dahl
			return true
		}
	}
	return false
}

// modifiesLater reports whether a name ending at byte end premodifies
// one starting at start: only modifiers lie between them, no "and", no
// comma ("US and Russian officials" names both; the first stands).
func (p parsed) modifiesLater(end, start int) bool {
	if start < end {
		return false
	}
	for k := range p.s.Words {
		if w := p.word(k); w.Start >= end && w.End <= start && breaksPhrase(w.UPOS) {
			return false
		}
	}
	return true
}

// joinsWithoutComma reports whether the words between a and b (a < b) are
// all modifiers: no punctuation, no verb, no preposition.
func (p parsed) joinsWithoutComma(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if breaksPhrase(p.word(k).UPOS) {
			return false
		}
	}
	return true
}

// breaksPhrase reports whether a word of part of speech upos ends a run
// of premodifiers: punctuation, a verb, a preposition, a conjunction or a
// pronoun.
func breaksPhrase(upos string) bool {
	switch upos {
	case "PUNCT", "VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON":
		return true
	}
	return false
}

// conjoinedNames returns the names joined to actor word j by "and" or
// "or" after it ("Karim Hollis and Nadia Ferro were arrested"), written
// to follow j's own name: " and Nadia Ferro", " , B and C"; "" when none.
func (p parsed) conjoinedNames(j, ref int) string {
	var names []string
	last := -1
	for k := j + 1; k < len(p.s.Words); k++ {
		if p.head(k) != j || p.rel(k) != "conj" {
			continue
		}
		r := p.namedAt(k)
		if r < 0 || p.x.id(r) == p.x.id(ref) || len(names) == 3 {
			return "" // a list of things, one name twice, or a long list: leave it
		}
		names, last = append(names, p.x.name(r)), k
	}
	switch {
	case len(names) == 0 || !p.hasDependent(last, "cc"):
		return ""
	case len(names) == 1:
		return " and " + names[0]
	}
	return ", " + strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
