package language

import "strings"

// Names set off by commas: a name after its office ("the agency's
// director, John Smith, said"), and a speaker named after what was said
// ("…, Governor Josh Green said"), which the parse reads as a second
// subject, someone addressed or a conjunct.

// commaNameSubject mends a name set off by commas after its office, which
// the parse made the verb's subject beside the office: "Norvale's chief
// executive, Hana Brodsky, apologised" had both the executive (as a subject
// or a bare oblique) and Hana Brodsky do the apologising. A verb has one
// subject; a name between commas right after a noun that also hangs on the
// verb, with no preposition, is that noun's apposition.
func commaNameSubject(ws []Word) {
	for n := range ws {
		if ws[n].UPOS != "PROPN" || ws[n].Deprel != "nsubj" && ws[n].Deprel != "nsubj:pass" {
			continue
		}
		v := ws[n].Head - 1
		open := openingComma(ws, n)
		closing := closingWord(ws, n)
		if v <= n || open < 1 || ws[open].Form != "," || closing >= v || ws[closing].Form != "," {
			continue
		}
		office := open - 1 // or a word it hangs from, before the comma ("the head of the agency, …")
		for hops := 0; hops < maxPhrase && ws[office].Head-1 != v && ws[office].Head-1 >= 0 && ws[office].Head-1 < open; hops++ {
			office = ws[office].Head - 1
		}
		if ws[office].Head-1 != v || ws[office].UPOS != "NOUN" || ws[office].Deprel != "nsubj" && ws[office].Deprel != "nsubj:pass" && (ws[office].Deprel != "obl" || hasDependent(ws, office, "case")) {
			continue
		}
		ws[office].Deprel = ws[n].Deprel
		near := open - 1 // "the families of the journalists, Karim Hollis and …": the journalists'
		if ws[near].UPOS != "NOUN" {
			near = office
		}
		ws[n].Head, ws[n].Deprel = near+1, "appos"
	}
}

// vocativeName mends the same name read as someone addressed: "The bank's
// chief financial officer, Mary Lou Okafor, resigned" had Okafor a
// vocative of the officer. The treebanks' vocatives on a noun close a
// greeting ("Thanks, Kim."); one set off by commas after a subject whose
// verb follows is its apposition.
func vocativeName(ws []Word) {
	for n := range ws {
		if ws[n].UPOS != "PROPN" || ws[n].Deprel != "vocative" {
			continue
		}
		office := ws[n].Head - 1
		if office < 0 || office >= n || ws[office].UPOS != "NOUN" || ws[office].Deprel != "nsubj" && ws[office].Deprel != "nsubj:pass" {
			continue
		}
		v := ws[office].Head - 1
		open, closing := openingComma(ws, n), closingWord(ws, n)
		if open < 1 || ws[open].Form != "," || v <= closing || ws[closing].Form != "," {
			continue
		}
		ws[n].Deprel = "appos"
	}
}

// closingWord returns the word after the phrase word n heads, or the
// phrase's last word if that is a comma the parse hung on it.
func closingWord(ws []Word, n int) int {
	end := phraseEnd(ws, n)
	if ws[end].Form == "," {
		return end
	}
	return end + 1
}

// openingComma returns the word before the phrase word n heads, or the
// phrase's first word if that is a comma the parse hung on it.
func openingComma(ws []Word, n int) int {
	lo := leftmost(ws, n)
	if ws[lo].Form == "," {
		return lo
	}
	return lo - 1
}

// trailingSpeaker mends a speaker named after what was said, which the
// parse hung on the quoted clause: "The toll rose to 97 on Saturday,
// Governor Josh Green said" had the name a conjunct of Saturday and said
// no subject. The noun phrase between the last comma and a verb of saying
// that has no subject is its subject.
func trailingSpeaker(ws []Word) {
	for v := 2; v < len(ws); v++ {
		if !takesClause(ws[v]) || hasSubject(ws, v) {
			continue
		}
		c := v - 1
		for c > 0 && v-c <= maxPhrase && nominalWord(ws[c].UPOS) {
			c--
		}
		if c == v-1 || ws[c].Form != "," || ws[v-1].UPOS != "NOUN" && ws[v-1].UPOS != "PROPN" {
			continue
		}
		head := -1
		for k := c + 1; k < v; k++ {
			if h := ws[k].Head - 1; h <= c || h >= v {
				if head >= 0 {
					head = -1 // two phrases, not one name
					break
				}
				head = k
			}
		}
		if head < 0 || ws[head].UPOS != "NOUN" && ws[head].UPOS != "PROPN" || descends(ws, v, head) {
			continue
		}
		ws[head].Head, ws[head].Deprel = v+1, "nsubj"
	}
}

// nominalWord reports whether a word of this part of speech may stand in
// a speaker's noun phrase ("the country's two top officials").
func nominalWord(upos string) bool {
	switch upos {
	case "NOUN", "PROPN", "ADJ", "DET", "NUM", "PART":
		return true
	}
	return false
}

// gerundBeforeTitle mends a clause whose subject is a title and name that
// a gerund opens, which the parse read as the gerund's object: "until
// acting President Ranil Wickremesinghe also stepped down" had the
// president acted, and stepped no subject (the treebanks make such a
// gerund before a noun its modifier, amod). A name after a gerund that a
// subordinator marks, right before a finite verb with no subject, is that
// verb's subject, the gerund its modifier, the subordinator the verb's.
func gerundBeforeTitle(ws []Word) {
	for v := 1; v+2 < len(ws); v++ {
		if ws[v].XPOS != "VBG" || ws[v+1].XPOS != "NNP" || !hasDependent(ws, v, "mark") {
			continue
		}
		o := -1
		for k := v + 1; k < len(ws); k++ {
			if ws[k].Head-1 == v && ws[k].Deprel == "obj" && ws[k].UPOS == "PROPN" {
				o = k
				break
			}
		}
		if o < 0 || !allUnder(ws, v+1, o, o) {
			continue
		}
		f := phraseEnd(ws, o) + 1
		if f < len(ws) && ws[f].UPOS == "ADV" {
			f++
		}
		if f >= len(ws) || ws[f].UPOS != "VERB" || !finite(ws[f].XPOS) || hasSubject(ws, f) {
			continue
		}
		h := ws[v].Head - 1
		switch {
		case h >= 0 && ws[h].Deprel == "reparandum" && ws[h].Head-1 == f:
			// "The protests continued until …": the main verb the parse
			// made a false start of the clause's is the sentence's again.
			ws[h].Head, ws[h].Deprel = ws[f].Head, ws[f].Deprel
			ws[f].Head, ws[f].Deprel = h+1, "advcl"
			if last := len(ws) - 1; ws[last].Head-1 == f && ws[last].Deprel == "punct" {
				ws[last].Head = h + 1
			}
		case h >= 0 && !descends(ws, h, f) && h != f:
			ws[f].Head, ws[f].Deprel = h+1, "advcl"
		case h == f:
			// "would continue their campaign until acting President …
			// stepped down": the clause is the verb's before its mark.
			if p := verbBefore(ws, v); p >= 0 && !descends(ws, p, f) {
				ws[f].Head, ws[f].Deprel = p+1, "advcl"
			}
		default:
			continue
		}
		for k := 0; k < v; k++ {
			if ws[k].Head-1 == v && ws[k].Deprel == "mark" {
				ws[k].Head = f + 1
			}
		}
		ws[o].Head, ws[o].Deprel = f+1, "nsubj"
		ws[v].Head, ws[v].Deprel = o+1, "amod"
	}
}

// verbBefore returns the verb that the words before word v's phrase hang
// on: the head of the word before it, or that word's nearest verb above;
// or -1.
func verbBefore(ws []Word, v int) int {
	k := leftmost(ws, v) - 1
	for hops := 0; k >= 0 && hops < len(ws); k, hops = ws[k].Head-1, hops+1 {
		if ws[k].UPOS == "VERB" {
			return k
		}
	}
	return -1
}

// appositionNotConjunct mends a noun phrase set off by commas after a
// name, which the parse read as the name's conjunct with no conjunction:
// "Senator Elizabeth Warren, a Massachusetts Democrat, sent letters" had
// two senders. A conjunct with an indefinite article and no "and" or
// "or" of its own, where no conjunct of the name has one (no list "A, B
// and C"), right after the name's comma and before a closing comma, is
// the name's apposition. So after a subject's common noun (subjectNoun),
// and there a name with "the" too ("The vessel, the Marisol Star, issued
// a mayday call": nameOfNoun).
func appositionNotConjunct(ws []Word) {
	for x := 2; x+1 < len(ws); x++ {
		n := ws[x].Head - 1
		if ws[x].Deprel != "conj" || n < 0 || n >= x || ws[x].UPOS != "NOUN" && ws[x].UPOS != "PROPN" ||
			ws[n].UPOS != "PROPN" && !subjectNoun(ws, n) {
			continue
		}
		lo, hi := leftmost(ws, x), phraseEnd(ws, x)
		if lo < 1 || ws[lo-1].Form != "," && ws[lo].Form != "," || hi+1 >= len(ws) || ws[hi+1].Form != "," || !indefinite(ws, x) && !nameOfNoun(ws, n, x) || hasDependent(ws, x, "case") || !rightAfterName(ws, n, x, lo) {
			continue
		}
		listed := false
		for k := range ws {
			if ws[k].Head-1 == n && ws[k].Deprel == "conj" && hasDependent(ws, k, "cc") {
				listed = true
			}
		}
		if listed || hasDependent(ws, x, "cc") {
			continue
		}
		ws[x].Deprel = "appos"
	}
}

// subjectNoun reports whether word n is a common noun with a determiner
// that is its verb's subject: "A third suspect, a woman, was arrested"
// names one suspect, since a list of subjects has its "and".
func subjectNoun(ws []Word, n int) bool {
	return ws[n].UPOS == "NOUN" && strings.HasPrefix(ws[n].Deprel, "nsubj") && hasDependent(ws, n, "det")
}

// indefinite reports whether noun x has "a" or "an" for determiner.
func indefinite(ws []Word, x int) bool {
	for k := max(0, x-maxPhrase); k < x; k++ {
		if ws[k].Head-1 == x && ws[k].Deprel == "det" && (strings.EqualFold(ws[k].Form, "a") || strings.EqualFold(ws[k].Form, "an")) {
			return true
		}
	}
	return false
}

// rightAfterName reports whether conjunct x, whose phrase opens at lo,
// follows name n's own words and a comma directly.
func rightAfterName(ws []Word, n, x, lo int) bool {
	c := lo
	if ws[c].Form != "," {
		c = lo - 1
	}
	return c > 0 && ws[c].Form == "," && (c-1 == n || descends(ws, c-1, n) && !descends(ws, c-1, x))
}

// appositionNotComplement mends a noun phrase set off by a comma after a
// name that is a verb's object, which the parse read as the object's
// complement ("he called Graham Brady, the chair of the committee, to
// say" made Brady the chair he was called, as in "called him a liar"): a
// complement follows its object with no comma, and a phrase right after
// the name's comma is the name's apposition. So is one the parse made a
// bare oblique ("called Anna Berg, his lawyer, on Monday"), unless it
// names a time ("met Anna Berg, last week").
func appositionNotComplement(ws []Word) {
	for x := 2; x+1 < len(ws); x++ {
		v := ws[x].Head - 1
		if ws[x].Deprel != "xcomp" && (ws[x].Deprel != "obl:unmarked" || isTimeNoun(ws[x])) || ws[x].UPOS != "NOUN" || v < 0 || v >= x {
			continue
		}
		n := -1
		for k := v + 1; k < x; k++ {
			if ws[k].Head-1 == v && ws[k].Deprel == "obj" && ws[k].UPOS == "PROPN" {
				n = k
			}
		}
		if n < 0 || !rightAfterName(ws, n, x, leftmost(ws, x)) {
			continue
		}
		ws[x].Head, ws[x].Deprel = n+1, "appos"
	}
}

// objectAfterComma mends a noun phrase set off by a comma after a verb's
// other dependents that the parse made the verb's object ("Lionsgate
// bought Summit Entertainment, the distributor of the films"; "Benedict,
// who resigned last month, the first pope to do so in six centuries"): an
// object follows its verb with no comma between, and the phrase describes
// the noun before the comma, an apposition, or, after a time, the verb's
// subject (what the relative pronoun that is its subject stands for).
func objectAfterComma(ws []Word) {
	for o := 3; o < len(ws); o++ {
		v := ws[o].Head - 1
		if ws[o].Deprel != "obj" || ws[o].UPOS != "NOUN" || v < 0 || v >= o || ws[v].UPOS != "VERB" || strings.HasSuffix(ws[o].Form, "ing") {
			continue // "shot while giving a speech in Nara, a killing that stunned the country" tells of the event, not of a noun
		}
		c := leftmost(ws, o)
		if ws[c].Form != "," {
			c--
		}
		if c <= v+1 || ws[c].Form != "," || !descends(ws, c-1, v) {
			continue
		}
		if d := c + 1; ws[d].Head-1 != o || !strings.Contains(ws[d].Feats, "PronType=Art") || hasDependent(ws, o, "conj") || beforeFiniteVerb(ws, o) {
			continue // a list ("the integrity, the ability and the image"), or the next clause's subject
		}
		a := nounBefore(ws, c)
		if a >= 0 && isTimeNoun(ws[a]) {
			if a = subjectOf(ws, v); a >= 0 && strings.Contains(ws[a].Feats, "PronType=Rel") && ws[v].Deprel == "acl:relcl" {
				a = ws[v].Head - 1
			}
		}
		if a < 0 || ws[a].UPOS != "PROPN" && ws[a].UPOS != "NOUN" || isTimeNoun(ws[a]) || setOff(ws, a) {
			continue // a pronoun's aside ("as I understand it, the commitment"), or an aside's ("sparing the network, ABC, a similar fate")
		}
		ws[o].Head, ws[o].Deprel = a+1, "appos"
		ws[c].Head = o + 1
	}
}

// beforeFiniteVerb reports whether a finite verb follows noun o's phrase (past
// a comma, adverbs and particles): o is its subject ("Striking another
// blow against the pirates, an Indian warship repulsed an attack").
func beforeFiniteVerb(ws []Word, o int) bool {
	f := phraseEnd(ws, o) + 1
	if f < len(ws) && ws[f].Form == "," {
		f++
	}
	for f < len(ws) && (ws[f].UPOS == "ADV" || ws[f].UPOS == "PART") {
		f++
	}
	return f < len(ws) && (ws[f].UPOS == "VERB" || ws[f].UPOS == "AUX") && finite(ws[f].XPOS)
}

// nounBefore returns the head of the noun phrase that ends right before
// word c, a name's first word, or -1.
func nounBefore(ws []Word, c int) int {
	a := c - 1
	for hops := 0; hops < maxPhrase && a >= 0 && ws[a].Head-1 > a && ws[a].Head-1 < c; hops++ {
		a = ws[a].Head - 1
	}
	for hops := 0; hops < maxPhrase && a >= 0 && ws[a].Deprel == "flat" && ws[a].Head-1 < a; hops++ {
		a = ws[a].Head - 1
	}
	if a < 0 || ws[a].UPOS != "NOUN" && ws[a].UPOS != "PROPN" {
		return -1
	}
	return a
}
