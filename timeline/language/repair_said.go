package language

import "strings"

// objectAsSubject mends "Dressler said negotiations were the safest
// option", which the parse read as said's object "negotiations" and
// "option" a clause of said with no subject: a verb that reports what was
// said takes a clause or an object, and a finite clause right after the
// object's phrase, with no subject, mark or relative word of its own,
// makes the object its subject. reportedClause mends the same reading
// when the parse hung the clause on the noun instead.
func objectAsSubject(ws []Word) {
	for c := range ws {
		if ws[c].Deprel != "ccomp" || opensClause(ws, c) || !finiteClause(ws, c) {
			continue
		}
		s := ws[c].Head - 1
		if s < 0 || s >= c || !takesClause(ws[s]) {
			continue
		}
		n := -1
		for k := s + 1; k < c; k++ {
			if ws[k].Head-1 == s && ws[k].Deprel == "obj" {
				n = k
			}
		}
		if n < 0 || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" || phraseEnd(ws, n)+1 != leftmost(ws, c) {
			continue
		}
		hangSubject(ws, n, c)
	}
}

// finiteClause reports whether clause c is finite: its head, or one of
// its auxiliaries or copulas, is a finite verb.
func finiteClause(ws []Word, c int) bool {
	if finite(ws[c].XPOS) {
		return true
	}
	for k := range ws {
		if ws[k].Head-1 == c && (ws[k].Deprel == "cop" || ws[k].Deprel == "aux" || ws[k].Deprel == "aux:pass") && finite(ws[k].XPOS) {
			return true
		}
	}
	return false
}

// pastAsPredicate reports whether verb k, tagged a participle that the
// parse made a predicate of the object before it (xcomp, as in "found the
// car abandoned"), is the past tense of the clause that comma c closes:
// "Attempts to raise cash or find a buyer failed overnight, two people
// familiar with the talks said" had the buyer failed. An -ed form with no
// auxiliary whose phrase runs up to the comma is.
func pastAsPredicate(ws []Word, k, c int) bool {
	return ws[k].XPOS == "VBN" && ws[k].Deprel == "xcomp" && strings.HasSuffix(ws[k].Form, "ed") &&
		!hasDependent(ws, k, "aux", "aux:pass", "mark", "obj") && phraseEnd(ws, k) == c-1
}
