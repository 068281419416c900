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

// infinitiveOfObject mends the infinitive of a verb of asking or letting
// that the parse hung on the verb's object ("urged residents to boil
// drinking water" had residents an indirect object and boil a clause on
// them): the person is the verb's object and the infinitive its xcomp,
// which the object controls; a verb joined to the infinitive by "and"
// after it stays the infinitive's conjunct ("and wash their hands").
func infinitiveOfObject(ws []Word) {
	for o := 1; o+2 < len(ws); o++ {
		v, x := ws[o].Head-1, -1
		if v < 0 || v > o || ws[o].Deprel != "iobj" && ws[o].Deprel != "obj" || !objectControl[ws[v].Lemma] {
			continue
		}
		for k := o + 1; k < len(ws); k++ {
			if ws[k].Head-1 == o && ws[k].Deprel == "acl" && ws[k].XPOS == "VB" && hasMark(ws, k, "to") {
				x = k
				break
			}
		}
		if x < 0 {
			continue
		}
		ws[o].Deprel = "obj"
		ws[x].Head, ws[x].Deprel = v+1, "xcomp"
		for c := x + 1; c < len(ws); c++ {
			if ws[c].Head-1 == v && ws[c].Deprel == "conj" && ws[c].UPOS == "VERB" && !hasSubject(ws, c) && (ws[c].XPOS == "VB" || ws[c].XPOS == "VBP") {
				ws[c].Head = x + 1
			}
		}
	}
}

// objectControl are verbs whose object does what the infinitive after it
// says.
var objectControl = map[string]bool{"urge": true, "ask": true, "order": true, "tell": true, "force": true, "allow": true,
	"encourage": true, "advise": true, "warn": true, "instruct": true, "persuade": true, "invite": true, "require": true}
