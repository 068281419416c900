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
			if ws[k].Deprel == "case" && lowerIn(subordinators, ws[k].Form) {
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
		hangSubject(ws, n, v)
		ws[c].Head, ws[c].Deprel, ws[c].UPOS = v+1, "mark", "SCONJ"
	}
}

var subordinators = map[string]bool{"as": true, "before": true, "after": true, "since": true, "until": true, "while": true, "once": true}

// objectOfRelative mends "The death toll from the fire that destroyed
// Lahaina climbed to 93", which read Lahaina as a second subject of
// climbed: a noun right after the verb of a relative clause or
// participle inside the subject's phrase, when that verb has no object,
// is its object.
func objectOfRelative(ws []Word) {
	for b := 2; b < len(ws); b++ {
		if !strings.HasPrefix(ws[b].Deprel, "nsubj") || ws[b].UPOS != "NOUN" && ws[b].UPOS != "PROPN" {
			continue
		}
		v, r := ws[b].Head-1, leftmost(ws, b)-1
		if v <= b || r < 1 || ws[r].UPOS != "VERB" || ws[r].Deprel != "acl:relcl" && ws[r].Deprel != "acl" ||
			!descendsAny(ws, r, v) || !hasOtherSubject(ws, v, b) || hasDependent(ws, r, "obj", "ccomp", "xcomp") ||
			takesClause(ws[r]) { // "Some 64 percent considered police were unprepared": the subject of a clause
			continue
		}
		p := r
		for ws[p].Head-1 != v {
			p = ws[p].Head - 1
		}
		if strings.HasPrefix(ws[p].Deprel, "nsubj") {
			ws[b].Head, ws[b].Deprel = r+1, "obj"
		}
	}
}

// rootBeforeRelative mends the same sentence when the parse made the
// subject's noun the root: "The death toll from the storm that flooded
// Kestrel Bay rose to 40" had toll the root, rose a conjunct of flooded
// and Kestrel Bay its subject. A root noun with no subject and no copula,
// then a finite verb under it whose subject follows a relative clause's
// verb with no object of its own, is that verb's subject; the noun after
// the relative clause's verb is its object.
func rootBeforeRelative(ws []Word) {
	n := rootOf(ws)
	if n < 0 || ws[n].UPOS != "NOUN" || hasDependent(ws, n, "cop", "nsubj", "nsubj:pass") {
		return
	}
	for b := n + 2; b < len(ws); b++ {
		if !strings.HasPrefix(ws[b].Deprel, "nsubj") || ws[b].UPOS != "NOUN" && ws[b].UPOS != "PROPN" {
			continue
		}
		v, r := ws[b].Head-1, leftmost(ws, b)-1
		if v <= b || ws[v].UPOS != "VERB" || !finite(ws[v].XPOS) && !hasDependent(ws, v, "aux", "aux:pass") ||
			ws[v].Deprel != "conj" && ws[v].Deprel != "advcl" && ws[v].Deprel != "parataxis" || hasDependent(ws, v, "cc", "mark") ||
			r <= n || ws[r].UPOS != "VERB" || ws[r].Deprel != "acl:relcl" && ws[r].Deprel != "acl" || !descends(ws, r, n) ||
			hasDependent(ws, r, "obj", "ccomp", "xcomp") || takesClause(ws[r]) || verbBetween(ws, b, v) {
			return
		}
		ws[v].Head, ws[v].Deprel = 0, "root"
		hangSubject(ws, n, v)
		ws[b].Head, ws[b].Deprel = r+1, "obj"
		for k := v + 1; k < len(ws); k++ {
			if ws[k].Head-1 == n && clauseDependents[ws[k].Deprel] {
				ws[k].Head = v + 1 // the full stop
			}
		}
		return
	}
}

// verbBetween reports whether a verb stands between words a and b.
func verbBetween(ws []Word, a, b int) bool {
	for k := a + 1; k < b; k++ {
		if ws[k].UPOS == "VERB" {
			return true
		}
	}
	return false
}
