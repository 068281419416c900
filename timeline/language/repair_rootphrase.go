package language

import "strings"

// phraseRoot mends a sentence whose root the parse made the noun of a
// fronted phrase, with the main clause after the comma hung on it as a
// relative clause or a conjunct: "On Wednesday, after a week of talks,
// the two leaders will sign the accord" had Wednesday the root and sign
// its relative clause. A noun with a preposition of its own is no
// predicate without a copula; a verb with a subject of its own, whose
// clause a comma sets off after it and no relative word or subordinator
// opens, is the sentence's root, the phrase its oblique, and so is a
// phrase set off after it by a comma ("after a week of talks").
func phraseRoot(ws []Word) {
	r := rootOf(ws)
	if r < 1 || ws[r].UPOS != "NOUN" && ws[r].UPOS != "PROPN" || !hasDependent(ws, r, "case") || hasDependent(ws, r, "cop", "nsubj") {
		return
	}
	v := -1
	for k := r + 1; k < len(ws); k++ {
		if ws[k].Head-1 != r || ws[k].UPOS != "VERB" || !finite(verbFinite(ws, k)) {
			continue
		}
		switch ws[k].Deprel {
		case "acl:relcl", "acl", "conj", "parataxis", "appos":
		default:
			continue
		}
		if lo := leftmost(ws, k); commaBefore(ws, lo) && hasSubject(ws, k) && !hasDependent(ws, k, "mark", "cc") && !relativeIn(ws, k, lo) {
			v = k
			break
		}
	}
	if v < 0 {
		return
	}
	ws[v].Head, ws[v].Deprel = 0, "root"
	ws[r].Head, ws[r].Deprel = v+1, "obl"
	for k := r + 1; k < len(ws); k++ {
		if ws[k].Head-1 != r {
			continue
		}
		switch {
		case k > v:
			ws[k].Head = v + 1 // the full stop
		case ws[k].Deprel == "nmod" && hasDependent(ws, k, "case") && commaBefore(ws, leftmost(ws, k)):
			ws[k].Head, ws[k].Deprel = v+1, "obl"
		}
	}
}

// verbFinite returns the XPOS that shows whether verb k's clause is
// finite: its first auxiliary's, or its own.
func verbFinite(ws []Word, k int) string {
	for j := range k {
		if ws[j].Head-1 == k && strings.HasPrefix(ws[j].Deprel, "aux") {
			return ws[j].XPOS
		}
	}
	return ws[k].XPOS
}

// relativeIn reports whether a relative word opens the clause of verb k,
// whose first word is lo.
func relativeIn(ws []Word, k, lo int) bool {
	for j := lo; j < k; j++ {
		if strings.Contains(ws[j].Feats, "PronType=Rel") || ws[j].XPOS == "WDT" || ws[j].XPOS == "WP" || ws[j].XPOS == "WRB" || ws[j].XPOS == "WP$" {
			return true
		}
	}
	return false
}

// commaBefore reports whether a comma opens the phrase whose first word is
// lo, inside it or right before it.
func commaBefore(ws []Word, lo int) bool {
	return ws[lo].Form == "," || lo > 0 && ws[lo-1].Form == ","
}
