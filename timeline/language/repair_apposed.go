package language

// participleInApposition mends a participle that closes an apposition,
// which the parse read as a past tense with the apposition's noun its
// subject: "Anna Berg, the former clerk convicted of fraud, was sentenced
// on Friday" had convicted a finite verb beside the sentence's (its
// subjects Anna Berg and clerk) and was sentenced no subject. A past form
// that is its participle too, right after the noun of a phrase set off by
// commas after another nominal (a common noun with its determiner, "the
// former clerk", not "Norland, she said, had"), both its subjects, with the verb of the
// sentence after the closing comma and no subject of its own, is the
// noun's participle; the noun is the nominal's apposition, and the
// nominal the sentence's subject.
func participleInApposition(ws []Word) {
	r := rootOf(ws)
	if r < 0 || ws[r].UPOS != "VERB" && ws[r].UPOS != "AUX" || hasSubject(ws, r) {
		return
	}
	for v := 3; v < r; v++ {
		if ws[v].Head-1 != r || ws[v].XPOS != "VBD" || !pastParticipleForm(ws[v]) {
			continue
		}
		n, a := v-1, -1 // the apposition's noun, then the nominal it is set beside
		if ws[n].Head-1 != v || ws[n].Deprel != "nsubj" || ws[n].UPOS != "NOUN" || !hasDependent(ws, n, "det", "nmod:poss") {
			continue
		}
		for k := range n {
			if ws[k].Head-1 == v && ws[k].Deprel == "nsubj" {
				a = k
			}
		}
		open := leftmost(ws, n) - 1
		if a < 0 || !nominal(ws[a]) || open <= a || ws[open].Form != "," || phraseEndBefore(ws, a, open) {
			continue
		}
		close := -1 // the comma that ends the participle's phrase, before the verb's words
		for k := v + 1; k < r; k++ {
			if ws[k].Form == "," && !descendsBelow(ws, k+1, v) {
				close = k
				break
			}
		}
		if close < 0 {
			continue
		}
		for k := close + 1; k < r; k++ {
			if ws[k].Head-1 != r {
				close = -1 // a word between the comma and the verb that is not the verb's own
				break
			}
		}
		if close < 0 {
			continue
		}
		ws[v].Head, ws[v].Deprel, ws[v].XPOS, ws[v].Feats = n+1, "acl", "VBN", "Tense=Past|VerbForm=Part"
		ws[n].Head, ws[n].Deprel = a+1, "appos"
		ws[open].Head, ws[close].Head, ws[close].Deprel = n+1, n+1, "punct"
		hangSubject(ws, a, r)
		return
	}
}

// descendsBelow reports whether word k lies under word v or is v: what
// follows a comma still inside v's phrase.
func descendsBelow(ws []Word, k, v int) bool {
	return k < len(ws) && (k == v || descends(ws, k, v))
}
