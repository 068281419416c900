package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxPhraseWords clips an argument quoted in a summary.
const maxPhraseWords = 6

// summary says the event plainly: who, the predicate as the text words it,
// and to whom or what; actors by their canonical names, never a pronoun.
func (p parsed) summary(f frame) string {
	verb := f.clause == f.pred && p.word(f.pred).UPOS != "NOUN"
	if verb && len(f.patients) > 0 && p.word(f.patients[0]).Deprel == "nsubj:pass" {
		// A passive reads as written: "Eva Falk was sidelined by
		// Anna Berg".
		parts := []string{p.argument(f.patients[0]), p.verbPhrase(f.pred)}
		if len(f.agents) > 0 {
			if a := p.argument(f.agents[0]); a != "" {
				parts = append(parts, "by", a)
			}
		}
		return sentenceCase(strings.Join(slices.DeleteFunc(parts, func(s string) bool { return s == "" }), " "))
	}
	var parts []string
	if len(f.agents) > 0 && !p.inNounPhrase(f.agents[0], f.pred) {
		if a := p.argument(f.agents[0]); a != "" {
			parts = append(parts, a)
		}
	}
	switch {
	case f.clause != f.pred:
		parts = append(parts, p.verbPhrase(f.clause), p.nounPhrase(f.pred))
	case !verb:
		parts = append(parts, p.nounPhrase(f.pred))
	default:
		parts = append(parts, p.verbPhrase(f.pred))
		if len(f.patients) > 0 {
			if a := p.argument(f.patients[0]); a != "" {
				parts = append(parts, a)
			}
		}
	}
	return sentenceCase(strings.Join(parts, " "))
}

// sentenceCase upper-cases the first letter of s.
func sentenceCase(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// inNounPhrase reports whether word j is written inside the noun phrase
// of nominal n ("Wednesday's hearing", "the minister's resignation"), so
// that naming it before the phrase would say it twice.
func (p parsed) inNounPhrase(j, n int) bool {
	return p.word(n).UPOS == "NOUN" && p.head(j) == n && p.word(j).Deprel == "nmod:poss"
}

// argument names argument j: its actor's canonical name, else its phrase
// as written; "" for a pronoun with no actor.
func (p parsed) argument(j int) string {
	if ref := p.actorAt(j); ref >= 0 {
		return p.x.name(ref)
	}
	if p.word(j).UPOS == "PRON" {
		return ""
	}
	return p.nounPhrase(j)
}

// verbPhrase is the verb with its auxiliaries, negation and particle, in
// text order: "did not attend", "stepped down", "will meet".
func (p parsed) verbPhrase(v int) string {
	var words []string
	for k := range p.s.Words {
		if k == v {
			words = append(words, p.word(k).Form)
			continue
		}
		if p.head(k) != v {
			continue
		}
		d := p.word(k).Deprel
		if (d == "aux" || d == "aux:pass" || d == "compound:prt" || d == "cop") ||
			d == "advmod" && (strings.EqualFold(p.word(k).Form, "not") || p.word(k).Form == "n't" || strings.EqualFold(p.word(k).Form, "never")) {
			words = append(words, p.word(k).Form)
		}
	}
	return strings.Join(words, " ")
}

// nounPhrase is the words of nominal j with its modifiers (determiners,
// adjectives, compounds, numbers, possessors, names), clipped.
func (p parsed) nounPhrase(j int) string {
	lo, hi := j, j
	for k := range p.s.Words {
		if p.head(k) != j {
			continue
		}
		switch p.word(k).Deprel {
		case "det", "amod", "compound", "nummod", "nmod:poss", "flat", "flat:name":
			lo, hi = min(lo, k), max(hi, k)
		}
	}
	if hi-lo+1 > maxPhraseWords {
		lo = hi - maxPhraseWords + 1
	}
	return p.x.doc.Text[p.word(lo).Start:p.word(hi).End]
}
