package language

import "strings"

// ofNameVerb mends "of" read as the mark of a finite verb whose subject is
// the name after it: "Gary Gomes, 35, of New Bedford pleaded not guilty"
// had New Bedford plead (or "of" its case, the name still the verb's
// subject); "Another league source with knowledge of the
// team's thinking said Saturday" had the thinking say; "The death toll
// from the collapse of Champlain Towers South rose to 18, a week after
// the building came down" had the towers rise. The treebanks mark with
// "of" only a gerund ("accused of shooting"), never a finite verb. The
// name is the noun's before "of", and the verb's subject is the noun
// phrase that noun ends: the sentence's root, whose verb the verb then
// is, or the subject the parse gave a later verb of saying, whose clause
// the verb then is ("A mother of two died when …, police said"), or one
// it gave a later verb that has a subject of its own, which a clause
// opener marks ("… rose to 18, a week after the building came down").
func ofNameVerb(ws []Word) {
	for o := 1; o < len(ws); o++ {
		if !strings.EqualFold(ws[o].Form, "of") {
			continue
		}
		v, s := ws[o].Head-1, -1
		switch ws[o].Deprel {
		case "mark":
			s = subjectBetween(ws, v, o)
		case "case": // "of North Haven pleaded", the name read as the verb's subject
			if n := v; n > o && strings.HasPrefix(ws[n].Deprel, "nsubj") {
				s, v = n, ws[n].Head-1
			}
		}
		if v <= o || ws[v].UPOS != "VERB" || !finite(ws[v].XPOS) {
			continue
		}
		x := nounBeforeOf(ws, o)
		if s < 0 || x < 0 || openerBetween(ws, o, s) {
			continue
		}
		y := phraseTop(ws, x)
		h := ws[y].Head - 1
		switch {
		case h < 0:
			ws[v].Head, ws[v].Deprel = 0, "root"
			for k := v + 1; k < len(ws); k++ {
				if ws[k].Head-1 == y && ws[k].Deprel == "punct" {
					ws[k].Head = v + 1 // the full stop
				}
			}
		case h > v && strings.HasPrefix(ws[y].Deprel, "nsubj") && laterSubject(ws, h, v) >= 0:
			if speakingVerbs[ws[h].Lemma] {
				ws[v].Head, ws[v].Deprel = h+1, "ccomp"
				break
			}
			s2 := laterSubject(ws, h, v)
			c := caseOf(ws, s2)
			if c < 0 || !lowerIn(clauseOpeners, ws[c].Form) {
				continue
			}
			ws[v].Head, ws[v].Deprel = ws[h].Head, ws[h].Deprel
			ws[h].Head, ws[h].Deprel = v+1, "advcl"
			ws[c].Head, ws[c].Deprel, ws[c].UPOS, ws[c].XPOS = h+1, "mark", "SCONJ", "IN"
			for k := v + 1; k < len(ws); k++ {
				if ws[k].Head-1 == h && (ws[k].Deprel == "punct" && k == len(ws)-1 || k < h && ws[k].Deprel != "mark") {
					ws[k].Head = v + 1
				}
			}
		default:
			continue
		}
		ws[o].Head, ws[o].Deprel, ws[o].UPOS, ws[o].XPOS = s+1, "case", "ADP", "IN"
		ws[s].Head, ws[s].Deprel = x+1, "nmod"
		hangSubject(ws, y, v)
	}
}

// nounBeforeOf returns the noun right before "of" at o, past a comma and
// an age ("Gomes, 35, of New Bedford"), or -1.
func nounBeforeOf(ws []Word, o int) int {
	for k := o - 1; k >= 0 && o-k <= 4; k-- {
		switch {
		case ws[k].UPOS == "NOUN" || ws[k].UPOS == "PROPN":
			return k
		case ws[k].UPOS != "PUNCT" && ws[k].UPOS != "NUM":
			return -1
		}
	}
	return -1
}

// phraseTop climbs from noun x through the nouns its phrase hangs it on
// to the phrase's head.
func phraseTop(ws []Word, x int) int {
	for hops := 0; hops < maxPhrase; hops++ {
		h := ws[x].Head - 1
		if h < 0 || ws[h].UPOS != "NOUN" && ws[h].UPOS != "PROPN" {
			return x
		}
		x = h
	}
	return x
}

// openerBetween reports whether a question word or a quotation mark
// stands between "of" at o and word s: "of how far the sector had to
// fall", "of who fired it".
func openerBetween(ws []Word, o, s int) bool {
	for k := o + 1; k <= s; k++ {
		if strings.Contains(ws[k].Feats, "PronType=Int") || ws[k].XPOS == "WRB" || ws[k].XPOS == "WP" || ws[k].XPOS == "``" || ws[k].UPOS == "PUNCT" && ws[k].Form != "," {
			return true
		}
	}
	return false
}

// laterSubject returns a subject of verb h after word v, or -1.
func laterSubject(ws []Word, h, v int) int {
	for k := v + 1; k < h; k++ {
		if ws[k].Head-1 == h && strings.HasPrefix(ws[k].Deprel, "nsubj") {
			return k
		}
	}
	return -1
}

// caseOf returns noun n's preposition, or -1.
func caseOf(ws []Word, n int) int {
	for k := n - 1; k >= 0 && n-k <= maxPhrase; k-- {
		if ws[k].Head-1 == n && ws[k].Deprel == "case" {
			return k
		}
	}
	return -1
}
