package language

// saidClauseParticiple mends "A ferry capsized off the coast on Saturday,
// the coast guard said", which the parse read as a ferry that had been
// capsized and, with the coast guard, a second subject of said: the
// clause that was said lost its verb and the saying its content. A verb
// of saying after its own subject, with another subject before a comma
// that opens its phrase, has that phrase as its complement when a past
// form in it, with no auxiliary, agent, mark or subject of its own, was
// read as a participle of a noun: that form is the complement's verb, in
// the past, and the first subject its subject.
func saidClauseParticiple(ws []Word) {
	for v := range ws {
		if ws[v].UPOS != "VERB" || !speakingVerbs[ws[v].Lemma] {
			continue
		}
		s1, s2 := -1, -1
		for k := 0; k < v; k++ {
			if ws[k].Head-1 == v && ws[k].Deprel == "nsubj" {
				if s1 < 0 {
					s1 = k
				} else {
					s2 = k
				}
			}
		}
		if s1 < 0 || s2 < 0 || !commaBetween(ws, s1, s2) {
			continue
		}
		p := saidParticiple(ws, s1, s2)
		if p < 0 {
			continue
		}
		makePast(ws, p, s1)
		ws[p].Head, ws[p].Deprel = v+1, "ccomp"
		ws[s1].Head, ws[s1].Deprel = p+1, "nsubj"
		for k := s1 + 1; k < s2; k++ {
			if ws[k].Head-1 == s1 && ws[k].Deprel == "punct" {
				ws[k].Head = p + 1 // the comma closes the clause, as in "A fire destroyed a shop, police said"
			}
		}
	}
}

// saidParticiple returns the first past form in the phrase of word s,
// before word e, read as a participle of a noun in it and bare of what a
// participle or a clause of its own would hold, or -1.
func saidParticiple(ws []Word, s, e int) int {
	for p := s + 1; p < e; p++ {
		if !descends(ws, p, s) {
			return -1 // past the subject's phrase
		}
		h := ws[p].Head - 1
		if ws[p].Deprel != "acl" || ws[h].UPOS != "NOUN" && ws[h].UPOS != "PROPN" {
			continue
		}
		if ws[p].XPOS != "VBN" && ws[p].XPOS != "VBD" {
			continue // "A ferry carrying 300 people capsized"
		}
		if !pastParticipleForm(ws[p]) ||
			hasDependent(ws, p, "aux", "aux:pass", "obl:agent", "mark", "nsubj", "nsubj:pass") {
			return -1
		}
		return p
	}
	return -1
}
