package language

import "strings"

// Two more subjects news puts where web text seldom does: a phrase set off
// by dashes after the subject, and a sentence whose subject carries a
// prepositional phrase with a relative clause, which the parser may make
// the root.

// dashedSubject mends a phrase set off by dashes after a verb's subject,
// which the parse made the verb's second subject: "Law enforcement and aid
// workers — Moroccan and international — continued arriving" had
// "Moroccan" do the continuing. A verb has one subject; the one between
// dashes is an apposition of the noun before them.
func dashedSubject(ws []Word) {
	for v := range ws {
		first, second := -1, -1
		for k := range ws {
			if ws[k].Head-1 != v || ws[k].Deprel != "nsubj" && ws[k].Deprel != "nsubj:pass" {
				continue
			}
			if first < 0 {
				first = k
			} else {
				second = k
				break
			}
		}
		if second < 0 {
			continue
		}
		dash := leftmost(ws, second) // the dash may hang on the phrase
		if !isDash(ws[dash].Form) && dash > 0 {
			dash--
		}
		if !isDash(ws[dash].Form) || dash <= first {
			continue
		}
		to := dash - 1
		if ws[to].UPOS != "NOUN" && ws[to].UPOS != "PROPN" || to != first && !descends(ws, to, first) {
			to = first
		}
		ws[second].Head, ws[second].Deprel = to+1, "appos"
	}
}

// leftmost returns the first word of word n's subtree, looking no further
// back than maxPhrase words.
func leftmost(ws []Word, n int) int {
	lo := n
	for k := n - 1; k >= 0 && n-k <= maxPhrase; k-- {
		if descends(ws, k, n) {
			lo = k
		}
	}
	return lo
}

// rootInPhrase mends a sentence whose root the parse made the noun of a
// phrase on its subject, with the sentence's verb a clause of that noun's
// relative clause: "The death toll in the earthquake that struck Morocco on
// Friday rose to 2,122" had "earthquake" the root, "toll" its subject and
// "rose" a clause of "struck". A noun with a preposition and a subject but
// no copula is no predicate; the first finite verb after it with no
// subject, no mark and no relative pronoun is the sentence's, whose
// subject is the noun's subject.
func rootInPhrase(ws []Word) {
	n := rootOf(ws)
	if n < 0 || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" || !hasDependent(ws, n, "case") || hasDependent(ws, n, "cop") {
		return
	}
	s := subjectOf(ws, n)
	if s < 0 || s > n {
		return
	}
	for v := n + 1; v < len(ws); v++ {
		if ws[v].UPOS != "VERB" || !finite(ws[v].XPOS) || !descends(ws, v, n) {
			continue
		}
		timeToClause(ws, v)
		if opensClause(ws, v) {
			continue
		}
		if ws[v].Deprel != "advcl" && ws[v].Deprel != "conj" && ws[v].Deprel != "parataxis" {
			return
		}
		ws[v].Head, ws[v].Deprel = 0, "root"
		ws[s].Head = v + 1
		if hasDependent(ws, v, "aux:pass") {
			ws[s].Deprel = "nsubj:pass"
		}
		ws[n].Head, ws[n].Deprel = s+1, "nmod"
		for k := v + 1; k < len(ws); k++ {
			if ws[k].Head-1 == n && clauseDependents[ws[k].Deprel] {
				ws[k].Head = v + 1 // the full stop
			}
		}
		return
	}
}

// timeToClause gives back to the clause before verb v the time the parse
// made v's subject, with its preposition v's mark: in "the earthquake that
// struck Morocco on Sunday rose to 2,122", Sunday is when it struck.
func timeToClause(ws []Word, v int) {
	t := subjectOf(ws, v)
	h := ws[v].Head - 1
	if t < 0 || t > v || h < 0 || h > t || !isTimeNoun(ws[t]) {
		return
	}
	ws[t].Head, ws[t].Deprel = h+1, "obl"
	for k := h + 1; k < t; k++ {
		if ws[k].Head-1 == v && ws[k].Deprel == "mark" && ws[k].UPOS == "ADP" {
			ws[k].Head, ws[k].Deprel = t+1, "case" // "on"
		}
	}
}

// pastAsParticiple reports whether verb v, read as a participle of a noun
// (acl), is a past tense: it has an object, which a passive participle
// does not ("The rebels — young men from the valley — seized the town"),
// is written as a regular past, and no finite verb follows it.
func pastAsParticiple(ws []Word, v int) bool {
	w := ws[v]
	if w.XPOS != "VBN" || w.Deprel != "acl" || len(w.Form) < 3 || w.Form[len(w.Form)-2:] != "ed" ||
		!hasDependent(ws, v, "obj") || hasDependent(ws, v, "aux", "aux:pass", "obl:agent") {
		return false
	}
	for k := v + 1; k < len(ws); k++ {
		if finite(ws[k].XPOS) {
			return false
		}
	}
	return true
}

// number returns the grammatical number of noun w: "Plur" or "Sing".
func number(w Word) string {
	if strings.Contains(w.Feats, "Number=Plur") {
		return "Plur"
	}
	return "Sing"
}

// participleAsVerb mends a sentence the tagger left without a finite verb
// by reading its past tense as a participle before a noun: in "The
// workers' last strike in 2008 shuttered plants for 52 days and hit
// revenue", "shuttered plants" was a noun phrase hung on the strike
// without a preposition or a conjunction, and the strike the sentence's
// root. A regular
// past form right after the root's phrase, before a bare noun it was made
// to modify, in a sentence with no finite verb, is the sentence's verb:
// the root its subject, the noun its object, and a verb coordinated with
// it in the past too.
func participleAsVerb(ws []Word) {
	n := rootOf(ws)
	if n < 0 || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" || hasDependent(ws, n, "cop") {
		return
	}
	if hasFiniteVerb(ws) {
		return
	}
	for v := n + 1; v+1 < len(ws); v++ {
		w := ws[v]
		if w.XPOS != "VBN" || w.Deprel != "amod" || len(w.Form) < 4 || w.Form[len(w.Form)-2:] != "ed" {
			continue
		}
		o := w.Head - 1
		switch ws[o].Deprel {
		case "nmod", "conj", "appos", "dep": // with no preposition, "and" or comma
		default:
			return
		}
		if o != v+1 || ws[o].UPOS != "NOUN" || hasDependent(ws, o, "case", "det", "cc") || ws[v-1].Form == "," || !descends(ws, o, n) {
			return
		}
		if !allUnder(ws, n+1, v, n) {
			return
		}
		makePast(ws, v, n)
		ws[v].Head, ws[v].Deprel = 0, "root"
		ws[n].Head, ws[n].Deprel = v+1, "nsubj"
		ws[o].Head, ws[o].Deprel = v+1, "obj"
		for k := v + 1; k < len(ws); k++ {
			if ws[k].Head-1 != n {
				continue
			}
			ws[k].Head = v + 1 // the full stop, a second verb
			if ws[k].Deprel == "conj" && ws[k].XPOS == "VB" && !hasDependent(ws, k, "aux", "mark") {
				ws[k].XPOS, ws[k].Feats = "VBD", ws[v].Feats // "and hit revenue"
			}
		}
		return
	}
}

// intransitivePast mends "The last strike by the machinists in 2008
// dragged on for eight weeks.", which the tagger read as a participle of
// the machinists, leaving a sentence of one noun phrase: in a sentence
// that ends like one, with no finite verb, a regular past form after the
// root's phrase that closes the sentence, with no object, agent or comma
// before it, is the sentence's verb and the root its subject. ("Three men
// arrested on Monday", a headline, ends with no full stop.)
func intransitivePast(ws []Word) {
	n, last := rootOf(ws), len(ws)-1
	if n < 0 || last < 3 || ws[last].Form != "." || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" ||
		hasDependent(ws, n, "cop") || !hasDependent(ws, n, "det", "nmod:poss") {
		return
	}
	if hasFiniteVerb(ws) {
		return
	}
	for v := n + 1; v < last; v++ {
		w := ws[v]
		if w.XPOS != "VBN" || w.Deprel != "acl" || len(w.Form) < 4 || w.Form[len(w.Form)-2:] != "ed" {
			continue
		}
		if ws[v-1].Form == "," || hasDependent(ws, v, "obj", "obl:agent", "nsubj", "nsubj:pass") || !descends(ws, v, n) {
			return
		}
		if !allUnder(ws, n+1, v, n) {
			return
		}
		for k := v + 1; k < last; k++ {
			if !descends(ws, k, v) || strings.EqualFold(ws[k].Form, "by") {
				return
			}
		}
		makePast(ws, v, n)
		ws[v].Head, ws[v].Deprel = 0, "root"
		ws[n].Head, ws[n].Deprel = v+1, "nsubj"
		ws[last].Head = v + 1
		return
	}
}

// hasFiniteVerb reports whether a sentence has a finite verb or an
// auxiliary.
func hasFiniteVerb(ws []Word) bool {
	for k := range ws {
		if ws[k].UPOS == "VERB" && finite(ws[k].XPOS) || ws[k].UPOS == "AUX" {
			return true
		}
	}
	return false
}

// allUnder reports whether every word of [lo, hi) lies under word n.
func allUnder(ws []Word, lo, hi, n int) bool {
	for k := lo; k < hi; k++ {
		if !descends(ws, k, n) {
			return false
		}
	}
	return true
}

// relativeBeforeMain mends a subject's relative clause that the parse made
// the sentence's main clause: "Page, who became religious in later life,
// inspired a film" had became the root with two subjects, Page and "who",
// and inspired a clause of it. A relative pronoun after the noun's comma
// opens a clause on the noun; the verb after that clause's closing comma,
// with no subject or conjunction of its own, is the noun's verb.
func relativeBeforeMain(ws []Word) {
	for r := 2; r < len(ws); r++ {
		v, n := relativeWithSubject(ws, r)
		if v < 0 {
			continue
		}
		m, comma := -1, -1
		for k := v + 1; k < len(ws); k++ {
			if ws[k].Head-1 != v || ws[k].UPOS != "VERB" {
				continue
			}
			switch ws[k].Deprel {
			case "conj", "parataxis", "ccomp", "advcl":
			default:
				continue
			}
			c := openingComma(ws, k)
			if c <= v || ws[c].Form != "," {
				continue // a clause inside the relative one ("since he left Rostov")
			}
			if (finite(ws[k].XPOS) || hasDependent(ws, k, "aux", "aux:pass")) && !hasSubject(ws, k) && !hasDependent(ws, k, "cc", "mark") {
				m, comma = k, c
			}
			break
		}
		if m < 0 {
			continue
		}
		for k := comma + 1; k < len(ws); k++ {
			if ws[k].Head-1 == v && k != m {
				ws[k].Head = m + 1 // what follows the clause is the main verb's ("also", the full stop)
			}
		}
		ws[m].Head, ws[m].Deprel = ws[v].Head, ws[v].Deprel
		hangSubject(ws, n, m)
		ws[v].Head, ws[v].Deprel = n+1, "acl:relcl"
	}
}

// frontedPhrase mends a phrase of time, place or concession that opens a
// sentence, which the parse made a second subject: "By the mid-1980s, the
// dairy was faltering" had the 1980s falter beside the dairy. A noun its
// preposition opens, set off by a comma before the verb's other subject,
// is an oblique.
func frontedPhrase(ws []Word) {
	for a := range ws {
		if !strings.HasPrefix(ws[a].Deprel, "nsubj") {
			continue
		}
		v := ws[a].Head - 1
		lo, comma := leftmost(ws, a), closingWord(ws, a)
		if v <= comma || ws[lo].Deprel != "case" || ws[comma].Form != "," {
			continue
		}
		other := false
		for k := comma + 1; k < v; k++ {
			if ws[k].Head-1 == v && strings.HasPrefix(ws[k].Deprel, "nsubj") {
				other = true
			}
		}
		if other {
			ws[a].Deprel = "obl"
		}
	}
}
