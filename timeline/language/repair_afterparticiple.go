package language

// verbAfterParticiple mends "The union representing the plant's workers
// called a one-day strike for Monday", which the parse read as a sentence
// about the union, with called a clause of representing and Monday a
// modifier of the union: a root noun with a participle's phrase on it
// and, right after that phrase, a finite verb with no subject, mark or
// relative word of its own hung on the participle, is that verb's
// subject, and the verb the sentence's. What the noun held after the verb
// is the verb's: the full stop, an oblique ("for Monday", which the noun
// had as its modifier).
func verbAfterParticiple(ws []Word) {
	n := rootOf(ws)
	if n < 0 || !nominalHead(ws, n) {
		return
	}
	for v := n + 2; v < len(ws); v++ {
		p := ws[v].Head - 1
		if p <= n || p >= v || ws[v].UPOS != "VERB" || !finite(ws[v].XPOS) || opensClause(ws, v) ||
			ws[p].Head-1 != n || ws[p].Deprel != "acl" || ws[p].XPOS != "VBG" && ws[p].XPOS != "VBN" {
			continue
		}
		if !phraseUpTo(ws, p, v) {
			continue
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

// phraseUpTo reports whether every word after p and before v lies in p's
// phrase and outside v's.
func phraseUpTo(ws []Word, p, v int) bool {
	for k := p + 1; k < v; k++ {
		if !descends(ws, k, p) || descends(ws, k, v) {
			return false
		}
	}
	return v-p <= maxPhrase
}
