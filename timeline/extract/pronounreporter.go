package extract

import "strings"

// "His national federation said it would review the case", "The
// laboratory said it followed all international standards", "Two of his
// training partners said they had been asked to give samples": the
// pronoun subject of what a speaker says is, most often, the speaker. A
// speaker named is resolved elsewhere; a speaker written as a common noun
// phrase left the told event with no subject at all ("Would review the
// case"). reporterFor gives that phrase.

// reporterFor returns the words of the common noun phrase that speaks
// the clause whose subject is pronoun j ("it", "they", "he", "she"), when
// the speaker agrees with it in number; "" otherwise.
func (p parsed) reporterFor(j int) string {
	if r := p.rel(j); r != "nsubj" {
		return ""
	}
	form := strings.ToLower(p.word(j).Form)
	switch form {
	case "it", "they", "he", "she":
	default:
		return ""
	}
	c := p.head(j)
	for hops := 0; hops < 2 && c >= 0 && p.word(c).Deprel == "conj"; hops++ {
		c = p.head(c) // "said it had shut the plant and would pay"
	}
	if c < 0 || p.rel(c) != "ccomp" {
		return ""
	}
	v := p.head(c)
	if v < 0 || !reportingVerb(p.word(v).Lemma) && !strings.EqualFold(p.word(v).Lemma, "deny") {
		return ""
	}
	if v > j {
		return "" // "It was inspected in January, the operator said": "it" is what came before
	}
	n := -1
	for k := 0; k < v; k++ {
		if p.head(k) == v && p.word(k).Deprel == "nsubj" {
			n = k
		}
	}
	if n < 0 || p.actorAt(n) >= 0 || !p.commonHead(n) {
		return ""
	}
	for k := 0; k < n; k++ {
		if p.head(k) == n && (p.word(k).Deprel == "nsubj" || p.word(k).Deprel == "appos") && p.actorAt(k) >= 0 {
			return p.argument(k) // "The Green Union, the smallest party in the coalition, said it": the parse's stacked subject names the speaker
		}
	}
	plural := p.word(n).XPOS == "NNS" || p.partitive(n) != n // "two of his partners said they"
	switch form {
	case "it":
		if plural {
			return ""
		}
	case "they":
		if !plural {
			return ""
		}
	default:
		if plural || !p.isPerson(n) {
			return "" // "he" is a person's: "the athlete", not "the laboratory"
		}
	}
	if k := p.partitive(n); k != n {
		return p.inlineForm(n) + " of " + p.nounPhrase(k) // "two of his former training partners"
	}
	if lo, _ := p.phraseSpan(n); p.runsOn(n, v) {
		// "The state geological institute said": the parse made the
		// last words an apposition of the first with no comma between.
		return p.x.doc.Text[p.word(lo).Start:p.word(v-1).End]
	}
	return p.argument(n)
}

// runsOn reports whether the words from noun n up to verb v are all n's,
// with no punctuation, and one of them an apposition the parse made of a
// phrase that runs on ("The state geological institute").
func (p parsed) runsOn(n, v int) bool {
	appos := false
	for k := n + 1; k < v; k++ {
		if p.word(k).UPOS == "PUNCT" || !under(p.s.Words, k, n) {
			return false
		}
		appos = appos || p.head(k) == n && p.word(k).Deprel == "appos"
	}
	return appos
}

// commonHead reports whether word n heads a common noun phrase: a noun,
// a lower-case word the tagger took for a name ("The laboratory said"),
// or a number counting from a group ("Two of his partners").
func (p parsed) commonHead(n int) bool {
	w := p.word(n)
	switch w.UPOS {
	case "NOUN":
		return true
	case "PROPN":
		return w.Form != "" && w.Form[0] >= 'a' && w.Form[0] <= 'z'
	case "NUM":
		return p.partitive(n) != n
	}
	return false
}
