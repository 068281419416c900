package language

import "strings"

// moreThanSubject mends a subject that "more than", "less than" or "fewer
// than" and an article open, which the parse read as an oblique of "more"
// with "more" the verb's adverb, so the verb had no subject: "after more
// than a metre of snow fell" had nothing fall, "More than a third of the
// town was flooded" nothing flooded. The noun is the subject of the verb
// with no subject of its own that "more" hangs on, "more" its adverb and
// "than" fixed to "more", as the treebanks have them.
func moreThanSubject(ws []Word) {
	for m := 0; m+3 < len(ws); m++ {
		if !lowerIn(comparatives, ws[m].Form) {
			continue
		}
		v, t := ws[m].Head-1, m+1
		if ws[m].Deprel != "advmod" || v <= m || !strings.EqualFold(ws[t].Form, "than") || ws[m].UPOS != "ADJ" && ws[m].UPOS != "ADV" {
			continue
		}
		n := -1
		for k := t + 1; k < v; k++ {
			if ws[k].Head-1 == m && ws[k].Deprel == "obl" && (ws[k].UPOS == "NOUN" || ws[k].UPOS == "NUM") {
				n = k
				break
			}
		}
		if n < 0 || !hasChildForm(ws, n, "det", "a") && !hasChildForm(ws, n, "det", "an") || hasSubject(ws, v) || !clauseVerb(ws, v) {
			continue
		}
		subj := "nsubj"
		if hasDependent(ws, v, "aux:pass") {
			subj = "nsubj:pass"
		}
		ws[n].Head, ws[n].Deprel = v+1, subj
		ws[m].Head = n + 1
		ws[t].Head, ws[t].Deprel = m+1, "fixed"
	}
}

var comparatives = map[string]bool{"more": true, "less": true, "fewer": true}

// clauseVerb reports whether word v heads a clause of its own: a finite
// verb, or one with an auxiliary or copula.
func clauseVerb(ws []Word, v int) bool {
	return ws[v].UPOS == "VERB" && finite(ws[v].XPOS) || hasDependent(ws, v, "aux", "aux:pass", "cop")
}
