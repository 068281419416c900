package language

import "strings"

// quotedSubject mends what was said before its speaker ("…, Sinha said"),
// whose words the parse gave the verb of saying as more subjects: the
// speaker is the subject right before the verb, and a subject before it
// is what was said or a part of it. A predicate ("'The timing couldn't be
// worse,' he said", worse with its copula and subject) is the verb's
// clause; a noun is the subject of the clause the verb took without one
// ("'The warship altered course and challenged them,' the officer
// said"), or else, between commas, an apposition of the noun before them ("The pirates are from Somalia and Yemen, two countries on the
// gulf, Sinha said").
func quotedSubject(ws []Word) {
	for v := 1; v < len(ws); v++ {
		if !takesClause(ws[v]) {
			continue
		}
		b := v - 1
		for b >= 0 && ws[b].Head-1 != v && descends(ws, b, v) {
			b--
		}
		if b < 0 || ws[b].Head-1 != v || !strings.HasPrefix(ws[b].Deprel, "nsubj") || phraseEnd(ws, b) != v-1 {
			continue
		}
		for a := leftmost(ws, b) - 1; a >= 0; a-- {
			if ws[a].Head-1 == v && strings.HasPrefix(ws[a].Deprel, "nsubj") {
				spokenSubject(ws, a, v)
			}
		}
	}
}

// spokenSubject rehangs subject a of verb of saying v, which has its
// speaker after a: see quotedSubject.
func spokenSubject(ws []Word, a, v int) {
	if hasDependent(ws, a, "cop", "nsubj") {
		ws[a].Head, ws[a].Deprel = v+1, "ccomp"
		return
	}
	for c := a + 1; c < v; c++ {
		if ws[c].Head-1 != v || ws[c].Deprel != "ccomp" && ws[c].Deprel != "parataxis" || hasSubject(ws, c) {
			continue
		}
		ws[a].Head, ws[a].Deprel = c+1, "nsubj"
		if hasDependent(ws, c, "aux:pass") {
			ws[a].Deprel = "nsubj:pass"
		}
		return
	}
	lo := leftmost(ws, a)
	if lo < 2 || ws[lo-1].Form != "," || ws[closingWord(ws, a)].Form != "," || ws[a].UPOS != "NOUN" && ws[a].UPOS != "PROPN" {
		return
	}
	n := lo - 2
	for ws[n].Deprel == "conj" || ws[n].Deprel == "flat" {
		if h := ws[n].Head - 1; h >= 0 && h < n {
			n = h
			continue
		}
		break
	}
	if (ws[n].UPOS == "NOUN" || ws[n].UPOS == "PROPN") && !descends(ws, n, a) {
		ws[a].Head, ws[a].Deprel = n+1, "appos"
	}
}
