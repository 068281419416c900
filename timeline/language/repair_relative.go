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
		default:
			continue
		}
		ws[v].Head, ws[v].Deprel = n+1, "acl:relcl"
	}
}

// verbAfterRelative mends "Five people who were on the boat died on
// Thursday", which the parse read as a sentence about people with the
// dying a clause on the boat: the relative clause ends at its predicate,
// and a finite verb the parse hung there, with no subject, mark or
// relative pronoun of its own, is the sentence's verb, its subject the
// noun the relative clause is on.
func verbAfterRelative(ws []Word) {
	n := rootOf(ws)
	if n < 0 || !nominalHead(ws, n) {
		return
	}
	for v := n + 2; v < len(ws); v++ {
		r := ws[v].Head - 1
		if r <= n || r >= v || ws[v].Deprel != "acl" || ws[v].UPOS != "VERB" || !finite(ws[v].XPOS) || opensClause(ws, v) {
			continue
		}
		if ws[r].Head-1 != n || ws[r].Deprel != "acl:relcl" || !opensClause(ws, r) {
			continue
		}
		ws[v].Head, ws[v].Deprel = 0, "root"
		ws[n].Head, ws[n].Deprel = v+1, "nsubj"
		for k := v + 1; k < len(ws); k++ {
			if ws[k].Head-1 == n && clauseDependents[ws[k].Deprel] {
				ws[k].Head = v + 1 // the full stop, and what else follows the verb
			}
		}
		return
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

// relativeThenVerb mends "The boxes from the plane that crashed last week
// arrived in Paris", which the parse read with crashed the sentence's verb
// and two subjects, the boxes and "that", and arrived a second verb of the
// plane's: a relative pronoun right after a noun opens a clause on that
// noun, and a finite verb that follows the clause with no subject,
// conjunction or comma of its own is the verb of the subject before it.
func relativeThenVerb(ws []Word) {
	for p := 1; p < len(ws); p++ {
		r := ws[p].Head - 1
		if r <= p || !strings.HasPrefix(ws[p].Deprel, "nsubj") || !strings.Contains(ws[p].Feats, "PronType=Rel") || !nominalHead(ws, p-1) {
			continue
		}
		n := -1
		for k := p - 2; k >= 0; k-- {
			if ws[k].Head-1 == r && strings.HasPrefix(ws[k].Deprel, "nsubj") {
				n = k
				break
			}
		}
		if n < 0 {
			continue
		}
		v := -1
		for k := r + 1; k < len(ws); k++ {
			if ws[k].UPOS == "PUNCT" {
				break
			}
			if ws[k].Head-1 == r && (ws[k].Deprel == "conj" || ws[k].Deprel == "parataxis") {
				v = k
				break
			}
		}
		if v < 0 || ws[v].UPOS != "VERB" || !finite(ws[v].XPOS) || hasSubject(ws, v) || hasDependent(ws, v, "cc", "mark") {
			continue
		}
		for k := v + 1; k < len(ws); k++ {
			if ws[k].Head-1 == r {
				ws[k].Head = v + 1 // the full stop
			}
		}
		ws[v].Head, ws[v].Deprel = ws[r].Head, ws[r].Deprel
		hangSubject(ws, n, v)
		ws[r].Head, ws[r].Deprel = p, "acl:relcl"
	}
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

// subjectAroundRelative mends "Mr. Hayward, who was widely criticized,
// will step down in October", which the parse read with the name a
// vocative or the root and the stepping down a clause of the relative
// one, with no subject: a noun set off by a comma and a relative clause
// whose subject is "who" or "which", then a comma and a verb with no
// subject, mark or relative pronoun of its own, is that verb's subject,
// and the relative clause is on the noun. The subject is the head of the
// noun's phrase ("Sales in the computing group, which makes chips, rose
// 9%"), unless that is another verb's object ("according to court
// records, which indicate …, threw her down"). The verb keeps its place
// in the sentence, or takes that of the highest of the three when it lay
// under the others, unless that place is a noun's (on one ECB+ sentence,
// a speaker the parse made an oblique).
func subjectAroundRelative(ws []Word) {
	for r := 2; r+2 < len(ws); r++ {
		if ws[r].Lemma != "who" && ws[r].Lemma != "which" || ws[r-1].Form != "," || !strings.HasPrefix(ws[r].Deprel, "nsubj") {
			continue
		}
		c, n := ws[r].Head-1, r-2
		if c <= r || ws[n].UPOS != "PROPN" && ws[n].UPOS != "NOUN" {
			continue
		}
		v, k := clauseAfterRelative(ws, r, c)
		if v < 0 {
			continue
		}
		if ws[n].Deprel == "flat" && ws[n].Head-1 < n {
			n = ws[n].Head - 1 // a name's first word heads it
		}
		s := n
		for (ws[s].Deprel == "flat" || ws[s].Deprel == "compound" || ws[s].Deprel == "nmod") && ws[s].Head-1 >= 0 && ws[s].Head-1 < s {
			s = ws[s].Head - 1
		}
		if ws[s].Deprel == "obj" || ws[s].Deprel == "iobj" {
			continue // "chose the path of betrayal, who …": another's object
		}
		top := v
		for _, x := range []int{s, c} {
			if descends(ws, v, x) && (top == v || descends(ws, top, x)) {
				top = x
			}
		}
		if top != v && nominalRelation[ws[top].Deprel] {
			continue // no place a verb takes
		}
		if top != v {
			ws[v].Head, ws[v].Deprel = ws[top].Head, ws[top].Deprel
		}
		ws[s].Head, ws[s].Deprel = v+1, "nsubj"
		if hasDependent(ws, v, "aux:pass") {
			ws[s].Deprel = "nsubj:pass"
		}
		if c != ws[n].Head-1 || ws[c].Deprel != "acl:relcl" {
			ws[c].Head, ws[c].Deprel = n+1, "acl:relcl"
		}
		for j := k; j < len(ws); j++ {
			if h := ws[j].Head - 1; (h == s || h == c) && j != v {
				ws[j].Head = v + 1 // the full stop, and what else the verb's clause holds
			}
		}
		return
	}
}

// clauseAfterRelative returns the verb of the clause after the relative
// clause c whose subject r is, and the word after the comma that ends c,
// or -1: a verb with no subject, mark or relative pronoun of its own
// after the first comma past r, where c's words stop.
func clauseAfterRelative(ws []Word, r, c int) (int, int) {
	for k := r + 1; k+1 < len(ws); k++ {
		if ws[k].Form != "," {
			if k != c && !descends(ws, k, c) {
				return -1, -1 // the clause ended with no comma
			}
			continue
		}
		v := clauseVerbAt(ws, k+1)
		switch {
		case v < 0:
			return -1, -1
		case opensClause(ws, v):
			return -1, -1 // a verb of a clause of its own
		default:
			return v, k + 1
		}
	}
	return -1, -1
}

// clauseVerbAt returns the verb whose clause opens at word k: a verb at
// k, or the one the auxiliaries and adverbs from k hang on, or -1.
func clauseVerbAt(ws []Word, k int) int {
	for j := k; j < len(ws) && j < k+4; j++ {
		switch {
		case ws[j].UPOS == "VERB" && (finite(ws[j].XPOS) || hasDependent(ws, j, "aux", "aux:pass")):
			return j
		case ws[j].UPOS == "AUX" || ws[j].UPOS == "ADV":
		default:
			return -1
		}
	}
	return -1
}

// nominalRelation are the relations of a noun to its head, which a verb
// does not take.
var nominalRelation = map[string]bool{"obl": true, "obj": true, "iobj": true, "nmod": true, "appos": true,
	"vocative": true, "nsubj": true, "nsubj:pass": true, "compound": true, "flat": true}
