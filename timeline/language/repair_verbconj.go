package language

// verbConjunctOfNoun mends a finite verb after "and" or "but" that the
// parse made the conjunct of a noun, which a verb cannot be: "gave the
// junta a week to reinstate the ousted president, Joseph Adéwalé, and
// said they would not rule out force" had the president do the saying.
// The verb, with no subject of its own, shares that of the first finite
// verb above the noun, which has one, and is that verb's conjunct; an
// infinitive in between ("to reinstate") takes no finite conjunct. A
// bare present after a past is a plural noun the tagger misread. A
// noun with a copula is a clause's predicate, which a verb may follow ("it
// was in contact with them and had set up a crisis team").
func verbConjunctOfNoun(ws []Word) {
	for k := 2; k < len(ws); k++ {
		h := ws[k].Head - 1
		if ws[k].Deprel != "conj" || ws[k].UPOS != "VERB" || h < 0 || h >= k ||
			ws[h].UPOS != "NOUN" && ws[h].UPOS != "PROPN" || hasDependent(ws, h, "cop") ||
			!finiteClause(ws, k) || !conjoined(ws, k) || hasSubject(ws, k) {
			continue
		}
		for t, hops := ws[h].Head-1, 0; t >= 0 && hops < len(ws); t, hops = ws[t].Head-1, hops+1 {
			if ws[t].UPOS != "VERB" || !finiteClause(ws, t) || !hasSubject(ws, t) {
				continue
			}
			if ws[k].XPOS == "VBZ" && ws[t].XPOS != "VBZ" && ws[t].XPOS != "VBP" && !hasDependent(ws, k, "aux", "aux:pass") {
				break // a plural noun the tagger took for a verb: "notified the school of failures by the school and coaches to …"
			}
			ws[k].Head = t + 1
			break
		}
	}
}

// conjoined reports whether word k has a conjunction ("and", "but") of
// its own, not a quotation mark the parse took for one.
func conjoined(ws []Word, k int) bool {
	for j := range k {
		if ws[j].Head-1 == k && ws[j].Deprel == "cc" && ws[j].UPOS == "CCONJ" {
			return true
		}
	}
	return false
}

// appositionOnComma mends an apposition the parse hung on the comma that
// opens it ("release the detained prime minister, Anna Koné, and said"
// had Anna Koné an apposition of the comma): a comma heads nothing, so the
// apposition is the noun's right before the comma, and the comma its.
func appositionOnComma(ws []Word) {
	for k := 2; k < len(ws); k++ {
		c := ws[k].Head - 1
		if ws[k].Deprel != "appos" || c != k-1 || ws[c].Form != "," || ws[c-1].UPOS != "NOUN" && ws[c-1].UPOS != "PROPN" {
			continue
		}
		ws[k].Head = c
		ws[c].Head, ws[c].Deprel = k+1, "punct"
	}
}
