package language

// reportUnderItsClause mends a verb that reports a clause, which the parse
// hung as an adverbial under the very clause it reports: "She sent a memo
// after tests showed infants could roll over" had roll what she sent,
// showed its adverbial and the infants what the tests showed. A verb that
// takes a clause, with an object, hung (advcl) on a finite verb with no
// subject whose clause opens right after the object's phrase (save its
// auxiliaries and adverbs), takes that verb's place, the verb is its
// clause and the object that clause's subject (as objectAsSubject mends
// it when the clause hangs on the verb already). With a mark of its own
// ("after") or a "when" it stays an adverbial. So is such a clause the parse hung
// beside the verb, on the verb's own head.
func reportUnderItsClause(ws []Word) {
	for s := 1; s < len(ws); s++ {
		if !takesClause(ws[s]) {
			continue
		}
		c := ws[s].Head - 1
		under := ws[s].Deprel == "advcl" && c > s
		if !under {
			c = siblingClause(ws, s)
		}
		if c <= s || ws[c].UPOS != "VERB" || !finiteClause(ws, c) || opensClause(ws, c) {
			continue
		}
		n := -1
		for k := s + 1; k < c; k++ {
			if ws[k].Head-1 == s && ws[k].Deprel == "obj" {
				n = k
			}
		}
		if n < 0 || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" || !auxiliariesOnly(ws, phraseEnd(ws, n)+1, c) {
			continue
		}
		if under {
			ws[s].Head = ws[c].Head
			if !hasDependent(ws, s, "mark") && !whenAdverb(ws, s) {
				ws[s].Deprel = ws[c].Deprel
			}
		}
		ws[c].Head, ws[c].Deprel = s+1, "ccomp"
		hangSubject(ws, n, c)
	}
}

// siblingClause returns the clause (ccomp) after verb s that the parse hung
// on s's own head, beside it ("Engineers said tests showed the valve
// could fail" had fail a second thing said), or -1.
func siblingClause(ws []Word, s int) int {
	h := ws[s].Head - 1
	if h < 0 {
		return -1
	}
	for c := s + 1; c < len(ws); c++ {
		if ws[c].Head-1 == h && ws[c].Deprel == "ccomp" {
			return c
		}
	}
	return -1
}

// auxiliariesOnly reports whether every word from lo up to verb c is one
// of c's auxiliaries or adverbs.
func auxiliariesOnly(ws []Word, lo, c int) bool {
	for k := lo; k < c; k++ {
		if ws[k].Head-1 != c || ws[k].Deprel != "aux" && ws[k].Deprel != "aux:pass" && ws[k].Deprel != "advmod" {
			return false
		}
	}
	return true
}

// whenAdverb reports whether verb s has a wh-adverb that opens its clause
// ("when someone heard shots"), which makes it an adverbial as a mark
// does.
func whenAdverb(ws []Word, s int) bool {
	for k := range s {
		if ws[k].Head-1 == s && ws[k].Deprel == "advmod" && ws[k].XPOS == "WRB" {
			return true
		}
	}
	return false
}
