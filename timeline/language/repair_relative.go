package language

import "strings"

// relativeWithSubject returns the verb of the clause that the relative
// pronoun r opens right after a comma, when the parse gave that verb a
// second subject before the comma too ("The minister, who resigned last
// month, said …" had minister and who both resign), and that subject; or
// -1, -1.
func relativeWithSubject(ws []Word, r int) (v, n int) {
	if !strings.Contains(ws[r].Feats, "PronType=Rel") || ws[r-1].Form != "," {
		return -1, -1
	}
	s := subjectOfRelative(ws, r)
	if s < 0 {
		return -1, -1
	}
	v = ws[s].Head - 1
	if v <= r {
		return -1, -1
	}
	for k := r - 2; k >= 0; k-- {
		if ws[k].Head-1 == v && strings.HasPrefix(ws[k].Deprel, "nsubj") {
			return v, k
		}
	}
	// "One engineer, who left the company last year, said …" had the
	// engineer a bare oblique of left.
	if k := r - 2; ws[k].Head-1 == v && ws[k].Deprel == "obl:unmarked" && (ws[k].UPOS == "NOUN" || ws[k].UPOS == "PROPN") && !isTimeNoun(ws[k]) {
		return v, k
	}
	return -1, -1
}

// subjectOfRelative returns the subject of the clause that relative word r
// opens: r itself ("who resigned"), or the noun whose owner r is, through
// the nouns before that noun's head ("whose subsidiary Smit Salvage was
// hired"); or -1.
func subjectOfRelative(ws []Word, r int) int {
	if strings.HasPrefix(ws[r].Deprel, "nsubj") {
		return r
	}
	if ws[r].Deprel != "nmod:poss" {
		return -1
	}
	for k := ws[r].Head - 1; k > r; k = ws[k].Head - 1 {
		switch {
		case strings.HasPrefix(ws[k].Deprel, "nsubj"):
			return k
		case ws[k].Deprel != "compound" || ws[k].Head-1 <= k:
			return -1
		}
	}
	return -1
}

// relativeAsComplement mends "The minister, who resigned last month, said
// the plan had failed", which the parse read as said's clause with two
// subjects, the minister and "who": a relative pronoun right after the
// noun's comma opens a clause on the noun, and the noun is the subject of
// the verb the clause was hung on.
func relativeAsComplement(ws []Word) {
	for r := 2; r < len(ws); r++ {
		v, n := relativeWithSubject(ws, r)
		if v < 0 {
			continue
		}
		s := ws[v].Head - 1
		if s < 0 || ws[s].UPOS != "VERB" {
			continue
		}
		switch {
		case s > v && !hasSubject(ws, s):
			hangSubject(ws, n, s)
		case s < n && obliqueAfter(ws, s, v, n):
			// "replaced him with Jeremy Hunt, who on Monday reversed the
			// tax cuts": the noun is the verb's oblique before the clause.
			ws[n].Head, ws[n].Deprel = s+1, "obl"
		case s < n && leftmost(ws, n) == s+1 && !hasDependent(ws, s, "obj"):
			// "Bergoglio succeeds Benedict, who resigned last month": the
			// noun right after the verb is its object, or its subject
			// when it has none ("…, said the spokesman, who declined").
			if hasSubject(ws, s) {
				ws[n].Head, ws[n].Deprel = s+1, "obj"
			} else {
				hangSubject(ws, n, s)
			}
		default:
			continue
		}
		ws[v].Head, ws[v].Deprel = n+1, "acl:relcl"
	}
}

// obliqueAfter reports whether noun n, which the parse made a subject of
// the clause v, follows verb s or s's object with a preposition of its own
// (hung on n or, as a mark, on v), and gives it that preposition as its
// case.
func obliqueAfter(ws []Word, s, v, n int) bool {
	p := leftmost(ws, n)
	if ws[p].UPOS != "ADP" {
		p--
	}
	if p < 1 || ws[p].UPOS != "ADP" || !(ws[p].Head-1 == n && ws[p].Deprel == "case" || ws[p].Head-1 == v && ws[p].Deprel == "mark") {
		return false
	}
	if b, h := p-1, ws[p-1].Head-1; b != s && h != s && (h < 0 || ws[h].Head-1 != s) {
		return false
	}
	ws[p].Head, ws[p].Deprel = n+1, "case"
	return true
}

// obliqueOfRelative mends a phrase between a subject's relative clause and
// the sentence's verb that the parse gave the verb: "The jet that crashed
// on Sunday carried 157 people" had the carrying on Sunday and the crash
// undated. A phrase there, with no comma around it, is the relative
// clause's (the treebanks' train sets attach it so 9 times in 10); a
// preposition before it that the parse made a particle of the clause's
// verb or a mark of the sentence's is its case, and so is one before a day
// the parse made the verb's subject ("the jet that crashed on Sunday
// arrived in Paris" had Sunday arrive).
func obliqueOfRelative(ws []Word) {
	for t := 2; t < len(ws); t++ {
		v := ws[t].Head - 1
		if v <= t || ws[v].UPOS != "VERB" || !strings.HasPrefix(ws[t].Deprel, "obl") && !markedTimeSubject(ws, t, v) {
			continue
		}
		lo := leftmost(ws, t)
		if c := lo - 1; c >= 1 && (ws[c].UPOS == "ADP" || ws[c].UPOS == "SCONJ") &&
			(ws[c].Deprel == "compound:prt" || ws[c].Deprel == "mark" && ws[c].Head-1 == v) {
			lo = c
		}
		for k := lo; k < v; k++ {
			if k != t && k != lo && !descends(ws, k, t) {
				lo = -1 // the phrase must run right up to the verb
				break
			}
		}
		if lo < 1 {
			continue
		}
		r := clauseEndingAt(ws, lo-1)
		if r < 0 || !onSubjectOf(ws, r, v) || punctBetween(ws, r, v) {
			continue
		}
		if lo < t && ws[lo].Head-1 != t {
			ws[lo].Head, ws[lo].Deprel, ws[lo].UPOS, ws[lo].XPOS = t+1, "case", "ADP", "IN"
			ws[t].Deprel = "obl"
		}
		ws[t].Head = r + 1
	}
}

// clauseEndingAt returns the relative clause whose last word is e (its
// verb, or a word under it), or -1. The clause may be one the parse did
// not hang on its noun, whose subject is a relative pronoun.
func clauseEndingAt(ws []Word, e int) int {
	for k, hops := e, 0; k >= 0 && hops <= maxPhrase; k, hops = ws[k].Head-1, hops+1 {
		if ws[k].Deprel == "acl:relcl" || relativePronounOf(ws, k) > 0 {
			return k
		}
		if ws[k].UPOS == "PUNCT" || ws[k].Head-1 > e {
			return -1
		}
	}
	return -1
}

// onSubjectOf reports whether relative clause r is on verb v's subject or
// on a noun in the subject's phrase; or, where the parse made the clause's
// verb the sentence's with v its conjunct, on a second subject it gave r.
func onSubjectOf(ws []Word, r, v int) bool {
	a := ws[r].Head - 1
	if ws[r].Deprel != "acl:relcl" {
		a = relativePronounOf(ws, r) - 1
	}
	for k, hops := a, 0; k >= 0 && hops <= maxPhrase; k, hops = ws[k].Head-1, hops+1 {
		h := ws[k].Head - 1
		if h == v || h == r && ws[v].Head-1 == r && ws[v].Deprel == "conj" {
			return strings.HasPrefix(ws[k].Deprel, "nsubj")
		}
	}
	return false
}

// relativePronounOf returns verb v's subject when it is a relative pronoun
// right after a noun, or -1.
func relativePronounOf(ws []Word, v int) int {
	for k := 1; k < v; k++ {
		if ws[k].Head-1 == v && strings.HasPrefix(ws[k].Deprel, "nsubj") && strings.Contains(ws[k].Feats, "PronType=Rel") && nominalHead(ws, k-1) {
			return k
		}
	}
	return -1
}

// markedTimeSubject reports whether word t, a subject of verb v, is a time
// right after a preposition the parse made v's mark: "on Sunday arrived".
func markedTimeSubject(ws []Word, t, v int) bool {
	return strings.HasPrefix(ws[t].Deprel, "nsubj") && isTimeNoun(ws[t]) && t > 0 && ws[t-1].Deprel == "mark" && ws[t-1].Head-1 == v &&
		ws[t-1].XPOS == "IN"
}

// punctBetween reports whether a punctuation mark stands between words a
// and b.
func punctBetween(ws []Word, a, b int) bool {
	for k := a + 1; k < b; k++ {
		if ws[k].UPOS == "PUNCT" {
			return true
		}
	}
	return false
}
