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
