package extract

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// prepositionNoun mends a noun the tagger read as a bare verb after a
// preposition: in "voted to strike over pay" the pay is what the strike
// is over, but read as a verb it became an event of its own, "workers
// pay", with the strikers as its payers. English puts no bare verb after
// "over", "for", "about" or "against" ("than pay" and "except wait"
// compare deeds, and are kept). The word becomes the noun of an oblique
// of the verb it hung on, the preposition its case.
func prepositionNoun(ws []language.Word, v int) {
	if v == 0 || ws[v].XPOS != "VB" || ws[v-1].UPOS != "ADP" {
		return
	}
	switch strings.ToLower(ws[v-1].Form) {
	case "over", "for", "about", "against", "on", "of", "with", "without", "amid", "despite":
	default:
		return
	}
	h := ws[v].Head - 1
	if h < 0 || ws[v-1].Head-1 != h && ws[v-1].Head-1 != v {
		return
	}
	if hasDependentAs(ws, v, "aux", "mark", "nsubj", "nsubj:pass", "obj", "iobj", "ccomp", "xcomp", "aux:pass") {
		return // a verb after all ("for him to pay" has its subject)
	}
	asObliqueNoun(ws, v, h)
	ws[v-1].Head, ws[v-1].Deprel = v+1, "case"
	for k := range ws {
		if ws[k].Head == v+1 && (ws[k].Deprel == "advcl" || ws[k].Deprel == "conj" && ws[k].UPOS == "VERB") {
			ws[k].Head = h + 1 // a clause that went on from the "verb" goes on from the clause
		}
	}
}

// hasDependentAs reports whether a word depends on word v by one of rels.
func hasDependentAs(ws []language.Word, v int, rels ...string) bool {
	for k := range ws {
		if ws[k].Head == v+1 && slices.Contains(rels, ws[k].Deprel) {
			return true
		}
	}
	return false
}

// asObliqueNoun makes word v, read as a verb, a singular noun: an oblique
// of word h, or its modifier when h is a noun.
func asObliqueNoun(ws []language.Word, v, h int) {
	ws[v].UPOS, ws[v].XPOS, ws[v].Feats = "NOUN", "NN", "Number=Sing"
	ws[v].Deprel = "obl"
	if ws[h].UPOS == "NOUN" || ws[h].UPOS == "PROPN" {
		ws[v].Deprel = "nmod"
	}
}
