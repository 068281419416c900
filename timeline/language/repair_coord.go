package language

import "strings"

// coordinatedSubject mends "The two women and a man were killed", which
// the parse read as a sentence of one noun with a clause joined to it
// ("women" the root, "and a man were killed" its conjunct): a noun that
// heads a sentence with no verb of its own, and whose conjunct is a verb
// with its subject right after "and", shares that subject with the
// second noun. The verb is the root, the first noun its subject and the
// second noun the first's conjunct. Clauses are joined after a comma or
// by "but" ("The car burst into flames, and Kenseth walked away"), so
// only "and" or "or" right after the noun's phrase count.
func coordinatedSubject(ws []Word) {
	for n := range ws {
		if ws[n].Head != 0 || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" || hasDependent(ws, n, "cop", "nsubj", "nsubj:pass") {
			continue
		}
		v, s := conjunctClause(ws, n)
		if v < 0 {
			continue
		}
		cc := leftmost(ws, s) - 1
		if cc <= n || ws[cc].Head-1 != v || ws[cc].Deprel != "cc" || ws[cc].Lemma != "and" && ws[cc].Lemma != "or" ||
			ws[cc-1].UPOS == "PUNCT" || phraseEndBefore(ws, n, cc) {
			continue
		}
		rel := ws[s].Deprel
		ws[v].Head, ws[v].Deprel = 0, "root"
		ws[n].Head, ws[n].Deprel = v+1, rel
		ws[s].Head, ws[s].Deprel = n+1, "conj"
		if m := cc - 1; m != n && descends(ws, m, n) && hasCase(ws, m, "between") {
			ws[s].Head = m + 1 // "Talks between the union and the industry resumed"
		}
		ws[cc].Head = s + 1
		for k := range ws {
			if k != v && ws[k].Head-1 == n && (ws[k].Deprel == "punct" && k > s || ws[k].Deprel == "parataxis" || ws[k].Deprel == "conj" && k > v) {
				ws[k].Head = v + 1
			}
		}
	}
}

// conjunctClause returns the first verb joined to noun n as its conjunct
// that has a subject of its own after n, and that subject; or -1, -1.
func conjunctClause(ws []Word, n int) (v, s int) {
	for c := n + 1; c < len(ws); c++ {
		if ws[c].Head-1 != n || ws[c].Deprel != "conj" {
			continue
		}
		if ws[c].UPOS != "VERB" && ws[c].UPOS != "AUX" {
			return -1, -1
		}
		for k := n + 1; k < c; k++ {
			if ws[k].Head-1 == c && strings.HasPrefix(ws[k].Deprel, "nsubj") {
				return c, k
			}
		}
		return -1, -1
	}
	return -1, -1
}

// phraseEndBefore reports whether the phrase of word n ends before word
// k-1: something not under n stands between them.
func phraseEndBefore(ws []Word, n, k int) bool { return phraseEnd(ws, n) < k-1 }

// pairedSubject mends "The mayor and the council agreed", read as two
// subjects of one verb: a subject after "and" or "or" right after another
// subject's phrase is that subject's conjunct.
func pairedSubject(ws []Word) {
	for b := 2; b < len(ws); b++ {
		if !strings.HasPrefix(ws[b].Deprel, "nsubj") {
			continue
		}
		v, cc := ws[b].Head-1, leftmost(ws, b)
		if ws[cc].Form == "," && cc+1 < b {
			cc++
		}
		if ws[cc].Deprel != "cc" || ws[cc].Head-1 != b {
			cc-- // "and" before the phrase, hung on the verb
		}
		if cc < 1 || ws[cc].Deprel != "cc" || ws[cc].Head-1 != b && ws[cc].Head-1 != v || ws[cc].Lemma != "and" && ws[cc].Lemma != "or" {
			continue
		}
		a := cc - 1
		if ws[a].Form == "," && a > 0 {
			a--
		}
		for a >= 0 && ws[a].Head-1 != v && descendsAny(ws, a, v) {
			a--
		}
		if a < 0 || ws[a].Head-1 != v || !strings.HasPrefix(ws[a].Deprel, "nsubj") || !nominal(ws[a]) || !nominal(ws[b]) || hasDependent(ws, a, "case") ||
			phraseEnd(ws, a) < cc-1 && !(ws[cc-1].Form == "," && phraseEnd(ws, a) == cc-2) || holdsVerb(ws, a, cc) {
			continue
		}
		ws[b].Head, ws[b].Deprel = a+1, "conj"
		ws[cc].Head = b + 1
		if hasDependent(ws, v, "aux:pass") {
			ws[a].Deprel = "nsubj:pass" // "The boys and their coach were found"
		} else {
			ws[a].Deprel = "nsubj"
		}
	}
}

// nominal reports whether w can head a subject's noun phrase: a noun, a
// name or a personal pronoun, not a relative one.
func nominal(w Word) bool {
	switch w.UPOS {
	case "NOUN", "PROPN", "NUM":
		return true
	case "PRON":
		return !strings.Contains(w.Feats, "PronType=Rel")
	}
	return false
}

// holdsVerb reports whether a verb or an auxiliary stands between words a
// and k: a clause, not a noun phrase, comes before k.
func holdsVerb(ws []Word, a, k int) bool {
	for j := a; j < k; j++ {
		if ws[j].UPOS == "VERB" || ws[j].UPOS == "AUX" {
			return true
		}
	}
	return false
}

// hasCase reports whether the preposition of noun n is form.
func hasCase(ws []Word, n int, form string) bool { return hasChildForm(ws, n, "case", form) }
