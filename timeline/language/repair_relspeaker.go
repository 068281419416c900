package language

// relativeBeforeSpeaker mends what was said whose verb the parse hung
// inside its subject's relative clause, leaving the subject a second
// subject of the closing verb of saying: "The boy who stole the car ran
// away, police said" had ran a complement of stole, and the boy and the
// police both saying. When a verb of saying has two subjects, the second
// right before it after a comma, and a finite verb with no subject, mark
// or conjunction of its own hangs on a relative clause of the first after
// that clause's words, the verb is what was said, and the first subject
// its subject (as mainAfterRelative has it when the noun is the root).
// So is a participle of a verb that takes no object in the first
// subject's phrase: "A passenger ferry carrying 312 people capsized off
// the coast, the coast guard said" had the people capsized.
func relativeBeforeSpeaker(ws []Word) {
	v := rootOf(ws)
	if v < 3 || ws[v].UPOS != "VERB" || !speakingVerbs[ws[v].Lemma] {
		return
	}
	n, s := -1, -1 // the first subject, the speaker
	for k := 0; k < v; k++ {
		if ws[k].Head-1 == v && ws[k].Deprel == "nsubj" {
			if n < 0 {
				n = k
			} else {
				s = k
			}
		}
	}
	if n < 0 || s < 0 || phraseEnd(ws, s) != v-1 || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" {
		return
	}
	if b := leftmostWord(ws, s) - 1; ws[b].Form != "," && (b < 1 || !closesQuote(ws[b].Form) || ws[b-1].Form != ",") {
		return // no comma before the speaker, nor a comma and a closing quotation mark
	}
	if m := participleInPhrase(ws, n, s); m >= 0 {
		makePast(ws, m, n)
		for k := m + 1; k < leftmost(ws, s); k++ {
			if ws[k].Head-1 == m && ws[k].Deprel == "conj" && ws[k].XPOS == "VBN" && !hasDependent(ws, k, "aux", "aux:pass") {
				makePast(ws, k, n) // "capsized and sank"
			}
			if ws[k].Head-1 == n {
				// "…capsized in rough seas late on Saturday, the coast
				// guard said" had Saturday on the ferry.
				if ws[k].Deprel == "nmod" {
					ws[k].Deprel = "obl"
				}
				ws[k].Head = m + 1
			}
		}
		ws[m].Head, ws[m].Deprel = v+1, "ccomp"
		ws[n].Head, ws[n].Deprel = m+1, "nsubj"
		return
	}
	for r := n + 1; r < s; r++ {
		if ws[r].Deprel != "acl:relcl" || ws[r].Head-1 != n || !relativeSubject(ws, r) {
			continue
		}
		for m := r + 1; m < s; m++ {
			if ws[m].Head-1 != r || ws[m].UPOS != "VERB" || !finite(ws[m].XPOS) || hasSubject(ws, m) || hasDependent(ws, m, "cc", "mark") {
				continue
			}
			switch ws[m].Deprel {
			case "ccomp", "xcomp", "parataxis", "conj", "advcl":
			default:
				continue
			}
			ws[m].Head, ws[m].Deprel = v+1, "ccomp"
			ws[n].Head, ws[n].Deprel = m+1, "nsubj"
			for k := m + 1; k < s; k++ {
				if ws[k].Head-1 == n && ws[k].Form == "," {
					ws[k].Head = m + 1 // the comma that ends what was said
				}
			}
			return
		}
	}
}

// leftmostWord returns the first word of word n's phrase that is no
// punctuation.
func leftmostWord(ws []Word, n int) int {
	lo := leftmost(ws, n)
	for lo < n && ws[lo].UPOS == "PUNCT" {
		lo++
	}
	return lo
}

// participleInPhrase returns the first past form in noun n's phrase,
// before word s, that the parse hung on a noun as its participle, bare of
// what a participle or a clause of its own would hold (an auxiliary, an
// agent, a mark, a subject), or -1: with the phrase a second subject of
// a saying, it is the said clause's verb ("A ferry capsized off the coast
// on Saturday, the coast guard said").
func participleInPhrase(ws []Word, n, s int) int {
	for m := n + 1; m < s; m++ {
		if ws[m].Deprel != "acl" || !descends(ws, m, n) || ws[m].XPOS != "VBN" && ws[m].XPOS != "VBD" {
			continue // "A ferry carrying 300 people capsized"
		}
		if !pastParticipleForm(ws[m]) || hasDependent(ws, m, "aux", "aux:pass", "obl:agent", "mark", "nsubj", "nsubj:pass") {
			return -1
		}
		return m
	}
	return -1
}

// apposedSpeaker mends a closing speaker named by a description and a
// name set off by commas, which the parse made a conjunct of what was
// said, leaving the verb of saying no subject: "The plant will close in
// May, the company's chief executive, Anna Berg, said" had the executive
// a second thing that will close. A noun conjunct with no conjunction of
// its own, opened by a comma, whose phrase runs up to the comma before a
// verb of saying with no subject, under which it hangs, is that verb's
// subject.
func apposedSpeaker(ws []Word) {
	v := len(ws) - 1
	for v > 0 && ws[v].UPOS == "PUNCT" {
		v--
	}
	if v < 4 || ws[v].UPOS != "VERB" || !speakingVerbs[ws[v].Lemma] || ws[v-1].Form != "," || hasSubject(ws, v) {
		return
	}
	for d := 2; d < v-1; d++ {
		if ws[d].Deprel != "conj" || ws[d].UPOS != "NOUN" && ws[d].UPOS != "PROPN" || hasDependent(ws, d, "cc") ||
			!descends(ws, d, v) || !hasDependent(ws, d, "appos") {
			continue
		}
		lo, end := leftmostWord(ws, d), phraseEnd(ws, d)
		for end+1 < v-1 && ws[end+1].UPOS == "PUNCT" {
			end++
		}
		if lo < 2 || ws[lo-1].Form != "," || end != v-2 && end != v-1 {
			continue
		}
		ws[d].Head, ws[d].Deprel = v+1, "nsubj"
		return
	}
}
