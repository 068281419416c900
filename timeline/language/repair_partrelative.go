package language

import (
	"strings"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// partRelative mends a relative clause that a part of the relative
// pronoun opens after a comma ("pulled seven people from the snow, three
// of whom were flown to hospital"; "owns four plants, two of which will
// close"), which the treebanks seldom show and the parse reads as a second
// object of the main verb with the clause's verb its conjunct, as an
// apposition, or as a complement: the rescuers were flown to hospital. The
// part ("three", "all", "most") is the subject of the clause's verb, the
// pronoun its "of", and the clause is a relative on the noun before the
// comma that the pronoun can stand for, as the treebanks annotate it.
func partRelative(ws []Word) {
	for q := 1; q+3 < len(ws); q++ {
		if ws[q-1].Form != "," || !strings.EqualFold(ws[q+1].Form, "of") || !partWord(ws[q]) {
			continue
		}
		whom := strings.EqualFold(ws[q+2].Form, "whom")
		if !whom && !strings.EqualFold(ws[q+2].Form, "which") {
			continue
		}
		v := partClauseVerb(ws, q+3)
		if v < 0 || ws[v].Head == 0 {
			continue
		}
		n := partAntecedent(ws, q-1, whom, pluralPart(ws[q]))
		if n < 0 || !partClauseAlone(ws, v, q) {
			continue
		}
		subj := "nsubj"
		if hasDependent(ws, v, "aux:pass") {
			subj = "nsubj:pass"
		}
		ws[q].Head, ws[q].Deprel = v+1, subj
		ws[q+1].Head, ws[q+1].Deprel = q+3, "case"
		ws[q+2].Head, ws[q+2].Deprel = q+1, "nmod"
		ws[q-1].Head, ws[q-1].Deprel = v+1, "punct"
		ws[v].Head, ws[v].Deprel = n+1, "acl:relcl"
	}
}

// partWord reports whether w can name a part of a group: a number, a
// quantifier ("all", "most", "none") or a noun of measure ("half",
// "majority").
func partWord(w Word) bool {
	switch w.UPOS {
	case "NUM", "DET", "ADJ", "PRON", "NOUN":
		return w.UPOS != "PRON" || strings.EqualFold(w.Form, "none")
	}
	return false
}

// pluralPart reports whether a part can only be of several things ("two",
// "both", "many"): its whole is named in the plural.
func pluralPart(w Word) bool {
	if lowerIn(pluralParts, w.Form) {
		return true
	}
	return w.UPOS == "NUM" && !strings.EqualFold(w.Form, "one")
}

var pluralParts = map[string]bool{"both": true, "many": true, "several": true, "few": true}

// partClauseVerb returns the verb of the clause after the relative
// pronoun, which starts at word s: the first finite verb, or the verb or
// predicate a first auxiliary or copula serves; -1 when none comes first.
func partClauseVerb(ws []Word, s int) int {
	for k := s; k < len(ws) && k <= s+3; k++ {
		switch {
		case ws[k].UPOS == "ADV":
			continue
		case ws[k].UPOS == "AUX" && (ws[k].Deprel == "aux" || ws[k].Deprel == "aux:pass" || ws[k].Deprel == "cop") && ws[k].Head-1 > k:
			return ws[k].Head - 1
		case ws[k].UPOS == "VERB" && finite(ws[k].XPOS):
			return k
		}
		return -1
	}
	return -1
}

// partClauseAlone reports whether the clause's verb v holds nothing
// before the part at q but the comma before it, and no subject but the
// part's words: the parse has not made it the head of the main clause.
func partClauseAlone(ws []Word, v, q int) bool {
	for k := range ws {
		if ws[k].Head-1 != v {
			continue
		}
		if k < q-1 || strings.HasPrefix(ws[k].Deprel, "nsubj") && (k < q || k > q+2) {
			return false
		}
	}
	return true
}

// partAntecedent returns the noun, in the phrase between the clause's
// comma c and the verb before it, that the pronoun stands for: the last
// one that fits, a person for "whom" (climbing from a name to the person
// it is "of": "the Sunnis of Fallujah, many of whom"), a thing for
// "which", named in the plural when the part is of several; else the last
// noun. A day or a stretch of time is no antecedent. -1 when no noun comes.
func partAntecedent(ws []Word, c int, whom, plural bool) int {
	last, fit := -1, -1
	for k := c - 1; k >= 0 && fit < 0; k-- {
		w := ws[k]
		if w.UPOS == "VERB" || w.UPOS == "AUX" || w.Form == "," || w.Form == ";" {
			break
		}
		if w.UPOS != "NOUN" && w.UPOS != "PROPN" || isTimeNoun(w) || w.Deprel == "compound" || w.Deprel == "flat" {
			continue
		}
		if last < 0 {
			last = k
		}
		if plural && w.XPOS != "NNS" && w.XPOS != "NNPS" {
			continue
		}
		if person := peopleNoun(w); whom && (person || w.UPOS == "PROPN") || !whom && !person {
			fit = k
		}
	}
	if fit < 0 {
		return last
	}
	for hops := 0; whom && ws[fit].UPOS == "PROPN" && ws[fit].Deprel == "nmod" && hops < maxPhrase; hops++ {
		h := ws[fit].Head - 1
		if h < 0 || h >= fit || !peopleNoun(ws[h]) && ws[h].UPOS != "PROPN" {
			break
		}
		fit = h
	}
	return fit
}

// peopleNoun reports whether w is a common noun for people.
func peopleNoun(w Word) bool {
	return w.UPOS == "NOUN" && (wn.NounClass(w.Lemma) == "person" || strings.EqualFold(w.Lemma, "people"))
}
