package language

import "strings"

// prepositionAsHead mends a preposition the parse made the head of the
// noun after it, as if a verb with its object: "handed the keys to Anna
// Berg on Tuesday" had "to" a relative clause of keys and Anna its object;
// "was sold in 2022 by Anna Berg" had by an adverb of 2022. A preposition
// has no object: the noun takes it as its case and hangs on the nearest
// verb above, as its agent after "by" in a passive, else its oblique (or
// on the noun the preposition was a modifier of, as its phrase); the
// preposition's own phrases (the day after Anna) go with the noun.
func prepositionAsHead(ws []Word) {
	for p := 1; p+1 < len(ws); p++ {
		if ws[p].UPOS != "ADP" || ws[p].Deprel == "case" || ws[p].Deprel == "fixed" {
			continue
		}
		n := p + 1
		if ws[n].Head-1 != p || ws[n].Deprel != "obj" || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" && ws[n].UPOS != "PRON" {
			continue
		}
		v := ws[p].Head - 1
		if strings.HasPrefix(ws[p].Deprel, "nmod") && v >= 0 {
			// "the hallmarks of al Qaeda": the noun's phrase, on the noun
			ws[n].Head, ws[n].Deprel = v+1, "nmod"
			ws[p].Head, ws[p].Deprel = n+1, "case"
			continue
		}
		for v >= 0 && ws[v].UPOS != "VERB" {
			v = ws[v].Head - 1
		}
		if v < 0 {
			continue
		}
		for k := range ws {
			if ws[k].Head-1 == p && k != n {
				ws[k].Head = n + 1
			}
		}
		rel := "obl"
		if strings.EqualFold(ws[p].Form, "by") && hasDependent(ws, v, "aux:pass") {
			rel = "obl:agent"
		}
		ws[n].Head, ws[n].Deprel = v+1, rel
		ws[p].Head, ws[p].Deprel = n+1, "case"
		for k := n + 1; k < len(ws); k++ {
			// "to Anna Berg on Tuesday": the day is when she was handed them
			if ws[k].Head-1 == n && ws[k].Deprel == "nmod" && (dayWord(ws[k].Form) || isTimeNoun(ws[k])) {
				ws[k].Head, ws[k].Deprel = v+1, "obl"
			}
		}
	}
}

// dayOnName mends a day the parse hung on a name as its modifier ("handed
// the keys to Eva Falk on Tuesday", "arrested in Riverton on Sunday"): a
// name is no event that a day dates; the day says when the verb above it
// happened.
func dayOnName(ws []Word) {
	for d := 2; d < len(ws); d++ {
		n := ws[d].Head - 1
		if ws[d].Deprel != "nmod" || n < 0 || n > d || ws[n].UPOS != "PROPN" || !dayWord(ws[d].Form) || !hasDependent(ws, d, "case") {
			continue
		}
		v := ws[n].Head - 1
		for v >= 0 && ws[v].UPOS != "VERB" {
			v = ws[v].Head - 1
		}
		if v >= 0 {
			ws[d].Head, ws[d].Deprel = v+1, "obl"
		}
	}
}
