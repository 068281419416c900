package language

import "strings"

// openerOnSubject mends a clause of time whose opener the parse made the
// case of the clause's subject: "The mine closed in 2010 after a worker
// died, and it reopened the following year" had "after a worker" a
// phrase, died a second verb of closed, and the reopening the dying's
// conjunct. An opener ("after", "before", "since", "until") that marks
// the subject of a finite verb right after the subject's phrase, a verb
// hung on one before the opener, is the verb's mark, and the verb that
// verb's adverbial clause; a clause that ", and" joins to the verb with a
// subject of its own goes on the sentence the clause of time is on.
func openerOnSubject(ws []Word) {
	for a := 1; a+2 < len(ws); a++ {
		if ws[a].Deprel != "case" || !lowerIn(clauseOpeners, ws[a].Form) || strings.EqualFold(ws[a].Form, "as") {
			continue
		}
		n := ws[a].Head - 1
		if n <= a || ws[n].Deprel != "nsubj" && ws[n].Deprel != "nsubj:pass" {
			continue
		}
		v := ws[n].Head - 1
		h := ws[v].Head - 1
		if v <= n || ws[v].UPOS != "VERB" || !finite(ws[v].XPOS) && !hasDependent(ws, v, "aux", "aux:pass") ||
			verbStart(ws, v) != phraseEnd(ws, n)+1 || h < 0 || h >= a || hasDependent(ws, v, "mark", "cc") {
			continue
		}
		switch ws[v].Deprel {
		case "conj", "advcl", "parataxis":
		default:
			continue
		}
		ws[a].Head, ws[a].Deprel, ws[a].UPOS, ws[a].XPOS = v+1, "mark", "SCONJ", "IN"
		ws[v].Deprel = "advcl"
		for c := v + 2; c < len(ws); c++ {
			if ws[c].Head-1 == v && ws[c].Deprel == "conj" && hasSubject(ws, c) && commaAnd(ws, v, c) {
				ws[c].Head = h + 1
			}
		}
	}
}

// commaAnd reports whether conjunct c's clause opens with a comma and a
// conjunction after verb v's words: ", and it reopened".
func commaAnd(ws []Word, v, c int) bool {
	k := leftmost(ws, c)
	return k > v && ws[k].Form == "," && k+1 < c && ws[k+1].Deprel == "cc" && ws[k+1].Head-1 == c
}
