package language

import "strings"

// ofSubject mends a parse that made "of" the mark of a finite verb and the
// noun after it that verb's subject, in a sentence whose root is no verb
// ("Sadly, the mother of two died from her injuries" hung died on the
// mother as a relative clause whose subject was two): the noun after "of"
// belongs to the noun before it, which is the verb's subject, and the verb
// is the sentence's. The treebanks never make "of" a finite verb's mark.
func ofSubject(ws []Word) {
	for o := 1; o < len(ws); o++ {
		if ws[o].Deprel != "mark" || !strings.EqualFold(ws[o].Form, "of") {
			continue
		}
		v, n, r := ws[o].Head-1, o-1, rootOf(ws)
		if v <= o || !finite(ws[v].XPOS) || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" || r < 0 {
			continue
		}
		// The noun is the root, or the subject of an adverb left as root.
		if r != n && (ws[r].UPOS != "ADV" || ws[n].Head-1 != r || ws[n].Deprel != "nsubj") {
			continue
		}
		s := subjectBetween(ws, v, o)
		if s < 0 {
			continue
		}
		ws[s].Head, ws[s].Deprel = n+1, "nmod"
		ws[o].Head, ws[o].Deprel, ws[o].UPOS, ws[o].XPOS = s+1, "case", "ADP", "IN"
		ws[v].Head, ws[v].Deprel = 0, "root"
		ws[n].Head, ws[n].Deprel = v+1, "nsubj"
		if r != n {
			ws[r].Head, ws[r].Deprel = v+1, "advmod"
		}
		for k := range ws {
			if h := ws[k].Head - 1; (h == r || h == n) && ws[k].Deprel == "punct" && k > v {
				ws[k].Head = v + 1 // the full stop is the verb's
			}
		}
		return
	}
}

// rootOf returns the index of the sentence's root, or -1.
func rootOf(ws []Word) int {
	for k := range ws {
		if ws[k].Head == 0 {
			return k
		}
	}
	return -1
}

// subjectBetween returns verb v's subject after word o and before v, or -1.
func subjectBetween(ws []Word, v, o int) int {
	for k := o + 1; k < v; k++ {
		if ws[k].Head-1 == v && ws[k].Deprel == "nsubj" {
			return k
		}
	}
	return -1
}

// finite reports whether an XPOS is a finite verb's.
func finite(xpos string) bool { return xpos == "VBD" || xpos == "VBZ" || xpos == "VBP" || xpos == "MD" }
