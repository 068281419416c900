package language

import "strings"

// memberClause mends a clause that "after", "before", "since" or "until"
// opens with a part of a group for its subject, which the parse read as
// the preposition's noun and the verb as a relative of the group's noun:
// "arrested him four days after one of the company's ferries sank" hung
// sank on ferries with no subject, and "one" on arrested. A past tense,
// or a participle of a verb that takes no object, on the noun of the
// phrase's "of", with no subject, auxiliary or mark of its own, is the
// clause's verb, the part its subject and the preposition its mark.
func memberClause(ws []Word) {
	for a := range ws {
		n := openedNoun(ws, a)
		if n < 0 || strings.EqualFold(ws[a].Form, "as") {
			continue
		}
		m := ofNoun(ws, n)
		if m < 0 {
			continue
		}
		v := -1
		for k := m + 1; k < len(ws) && k-m <= maxPhrase; k++ {
			if ws[k].Head-1 == m && ws[k].Deprel == "acl" {
				v = k
				break
			}
		}
		if v < 0 || hasDependent(ws, v, "nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "obl:agent") {
			continue
		}
		if ws[v].XPOS != "VBD" && (ws[v].XPOS != "VBN" || !takesNoObject[ws[v].Lemma] || hasDependent(ws, v, "obj")) {
			continue
		}
		h := ws[n].Head - 1
		makePast(ws, v, n)
		ws[v].Head, ws[v].Deprel = h+1, "advcl"
		ws[n].Head, ws[n].Deprel = v+1, "nsubj"
		ws[a].Head, ws[a].Deprel, ws[a].UPOS, ws[a].XPOS = v+1, "mark", "SCONJ", "IN"
	}
}

// ofNoun returns the noun of the "of" phrase that word n heads ("one of
// the ferries", "most of the miners"), or -1.
func ofNoun(ws []Word, n int) int {
	for k := n + 1; k < len(ws) && k-n <= maxPhrase; k++ {
		if ws[k].Head-1 != n || ws[k].Deprel != "nmod" || ws[k].UPOS != "NOUN" && ws[k].UPOS != "PROPN" {
			continue
		}
		for c := n + 1; c < k; c++ {
			if ws[c].Head-1 == k && ws[c].Deprel == "case" && strings.EqualFold(ws[c].Form, "of") {
				return k
			}
		}
	}
	return -1
}
