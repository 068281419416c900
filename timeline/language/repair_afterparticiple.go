package language

// verbAfterParticiple mends "The union representing the port's workers
// called a strike for Monday", which the parse read as a sentence about
// the union, with called a clause of representing and Monday a modifier of
// the union; so "Lawmakers from the opposition party called for his
// resignation", with called a clause of the party. A root noun whose
// phrase runs up to a finite verb with no subject, mark or relative word
// of its own, hung as a clause (acl), which such a verb cannot be, on the
// noun or on a noun or participle the noun holds, is that verb's subject, and the verb
// the sentence's. What the noun held after the verb is the verb's: the
// full stop, an oblique ("for Monday", which the noun had as its
// modifier).
func verbAfterParticiple(ws []Word) {
	n := rootOf(ws)
	if n < 0 || !nominalHead(ws, n) || hasSubject(ws, n) {
		return // a noun with a subject is a predicate ("I just finish reading a book …")
	}
	for v := n + 1; v < len(ws); v++ {
		if ws[v].Deprel != "acl" || ws[v].UPOS != "VERB" || !finite(ws[v].XPOS) || opensClause(ws, v) {
			continue
		}
		if p := ws[v].Head - 1; p != n && (p < 0 || ws[p].Head-1 != n) {
			continue // deeper in the phrase, a participle as often ("atoms of elements combined in a ratio")
		}
		if !phraseUpTo(ws, n, v) {
			return
		}
		ws[v].Head, ws[v].Deprel = 0, "root"
		ws[n].Head, ws[n].Deprel = v+1, "nsubj"
		for k := v + 1; k < len(ws); k++ {
			switch {
			case ws[k].Head-1 != n:
			case ws[k].Deprel == "nmod":
				ws[k].Head, ws[k].Deprel = v+1, "obl"
			case clauseDependents[ws[k].Deprel]:
				ws[k].Head = v + 1
			}
		}
		return
	}
}

// phraseUpTo reports whether every word after n and before v lies in n's
// phrase and outside v's.
func phraseUpTo(ws []Word, n, v int) bool {
	for k := n + 1; k < v; k++ {
		if !descends(ws, k, n) || descends(ws, k, v) {
			return false
		}
	}
	return v-n <= maxPhrase
}
