package language

import "strings"

// hyphenatedModifier mends "the best-selling 737 Max" and "a
// record-breaking third term", which the parse read as a verb ("selling")
// with the noun after it for object: a participle joined by a hyphen to
// the word before it is a compound adjective of the noun that follows,
// as the treebanks annotate it, and takes the place the parse gave it.
func hyphenatedModifier(ws []Word) {
	for v := 2; v+1 < len(ws); v++ {
		w := ws[v]
		if w.XPOS != "VBG" && w.XPOS != "VBN" || ws[v-1].XPOS != "HYPH" || ws[v-2].Head-1 != v ||
			ws[v-2].End != ws[v-1].Start || ws[v-1].End != w.Start {
			continue
		}
		o := -1
		for k := v + 1; k < len(ws); k++ {
			if ws[k].Head-1 == v && ws[k].Deprel == "obj" {
				o = k
				break
			}
		}
		if o < 0 || ws[o].UPOS != "NOUN" && ws[o].UPOS != "PROPN" {
			continue
		}
		for k := v + 1; k < o; k++ {
			if !descends(ws, k, o) {
				o = -1 // words between that are not the noun's: no compound
				break
			}
		}
		if o < 0 {
			continue
		}
		ws[o].Head, ws[o].Deprel = w.Head, w.Deprel
		for k := range ws {
			if ws[k].Head-1 == v && k != v-2 && k < v && ws[k].Deprel != "punct" {
				ws[k].Head = o + 1 // "the" of "the best-selling jet"
			}
			if ws[k].Head-1 == v && k > o {
				ws[k].Head = o + 1
			}
		}
		ws[v].Head, ws[v].Deprel = o+1, "amod"
		switch ws[v-2].UPOS {
		case "ADJ", "ADV":
			ws[v-2].Deprel = "advmod" // "best-selling"
		case "NOUN":
			ws[v-2].Deprel = "compound" // "record-breaking"
		}
	}
}

// clauseInSubject mends "Resolving the strikes has been a focus for the
// company as it reported $6 billion in losses" and "shares closed up 0.9
// per cent before the results were announced", which the parse read as a
// clause whose subject is the phrase before it ("a focus … reported"): a
// noun that "as", "before", "after", "since", "until", "while" or "once"
// opens, whose phrase ends where the verb begins, inside the verb's
// subject, is the subject of a clause that word opens. The clause then
// hangs on the predicate noun the parse made its subject, or on the verb
// it hung it beside.
func clauseInSubject(ws []Word) {
	for v := 3; v < len(ws); v++ {
		if ws[v].UPOS != "VERB" || !finite(ws[v].XPOS) && !hasDependent(ws, v, "aux", "aux:pass") {
			continue
		}
		s := -1
		for k := 0; k < v; k++ {
			if ws[k].Head-1 == v && (ws[k].Deprel == "nsubj" || ws[k].Deprel == "nsubj:pass") {
				s = k
			}
		}
		e := v - 1
		for e > s && ws[e].Head-1 == v && (ws[e].Deprel == "aux" || ws[e].Deprel == "aux:pass") {
			e--
		}
		if s < 0 || e <= s || isTimeNoun(ws[s]) || isTimeNoun(Word{UPOS: ws[s].UPOS, Form: ws[s].Lemma}) {
			continue // "two weeks after a jury found him guilty": the clause's measure
		}
		n, c := -1, -1
		for k := s + 1; k <= e; k++ {
			if ws[k].Deprel == "case" && subordinators[strings.ToLower(ws[k].Form)] {
				if h := ws[k].Head - 1; h > k && h <= e && descends(ws, h, s) && leftmost(ws, h) == k && phraseEnd(ws, h) == e {
					n, c = h, k
				}
			}
		}
		if n < 0 || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" && ws[n].UPOS != "PRON" {
			continue
		}
		m := ws[v].Head - 1
		switch {
		case m < 0 && hasDependent(ws, s, "cop"):
			ws[s].Head, ws[s].Deprel = 0, "root"
			for k := v + 1; k < len(ws); k++ {
				if ws[k].Head-1 == v && ws[k].Deprel == "punct" && k == len(ws)-1 {
					ws[k].Head = s + 1
				}
			}
			m = s
		case m >= 0 && m < s && ws[m].UPOS == "VERB" && (ws[v].Deprel == "parataxis" || ws[v].Deprel == "conj"):
			ws[s].Head, ws[s].Deprel = m+1, "obl" // "closed up 0.9 per cent"
		default:
			continue
		}
		ws[v].Head, ws[v].Deprel = m+1, "advcl"
		ws[n].Head, ws[n].Deprel = v+1, "nsubj"
		if hasDependent(ws, v, "aux:pass") {
			ws[n].Deprel = "nsubj:pass"
		}
		ws[c].Head, ws[c].Deprel, ws[c].UPOS = v+1, "mark", "SCONJ"
	}
}

var subordinators = map[string]bool{"as": true, "before": true, "after": true, "since": true, "until": true, "while": true, "once": true}
