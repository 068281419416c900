package language

import "strings"

// predicateAfterCopula mends a relative clause set off by commas whose
// predicate the parse hung on its copula, so that the sentence's verb took
// the clause's subject and copula and became the relative clause itself:
// "The garage, which was due to open in June, gave way on Tuesday" had
// gave a relative clause of the garage, with "which" its subject and "was"
// its copula, and the garage the root. A verb takes no copula: the word
// right after the copula, an adjective or a noun hung on it, is the
// relative clause's predicate, and the verb after the clause's closing
// comma the sentence's, the noun its subject.
func predicateAfterCopula(ws []Word) {
	n := rootOf(ws)
	if n < 0 || !nominalHead(ws, n) {
		return
	}
	for c := n + 2; c+2 < len(ws); c++ {
		v, a := ws[c].Head-1, c+1
		if ws[c].Deprel != "cop" || v <= a || ws[v].Head-1 != n || ws[v].Deprel != "acl:relcl" || ws[v].UPOS != "VERB" ||
			!finite(ws[v].XPOS) || ws[a].Head-1 != c || ws[a].UPOS != "ADJ" && ws[a].UPOS != "NOUN" || ws[v-1].Form != "," ||
			!relativeSubjectBefore(ws, v, c) {
			continue
		}
		for k := leftmost(ws, v); k < v; k++ {
			if h := ws[k].Head - 1; (h == v || h == c) && k != a {
				ws[k].Head = a + 1 // the commas, the pronoun, the copula
			}
		}
		ws[a].Head, ws[a].Deprel = n+1, "acl:relcl"
		ws[v].Head, ws[v].Deprel = 0, "root"
		ws[n].Head, ws[n].Deprel = v+1, "nsubj"
		for k := v + 1; k < len(ws); k++ {
			if ws[k].Head-1 == n && clauseDependents[ws[k].Deprel] {
				ws[k].Head = v + 1 // the full stop
			}
		}
		return
	}
}

// relativeSubjectBefore reports whether verb v has a relative pronoun as
// its subject before word c.
func relativeSubjectBefore(ws []Word, v, c int) bool {
	for k := range c {
		if ws[k].Head-1 == v && strings.HasPrefix(ws[k].Deprel, "nsubj") && strings.Contains(ws[k].Feats, "PronType=Rel") {
			return true
		}
	}
	return false
}
