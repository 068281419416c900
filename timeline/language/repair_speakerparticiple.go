package language

// participleAfterSpeaker mends a participle set off by a comma after a
// verb of saying, which the parse read as what was said: "'The town is
// safe,' the mayor said, flanked by police officers" had the mayor say
// "flanked". A participle or gerund right after the comma that follows
// the verb, with no subject, auxiliary or mark of its own, describes the
// speaker as he spoke (advcl), when what was said stands elsewhere: before
// the verb, a clause the verb took or one it was set into ("Prices will
// rise, Ivo Renner said, speaking at a news conference"), or after a
// passive participle, a clause "that" opens, which the parse hung on it
// and which is the verb's (a gerund may take one: "joking that …"). A
// participle of a verb that takes a clause ("he said, adding that …") is
// left as what was said, which it adds to.
func participleAfterSpeaker(ws []Word) {
	for v := 2; v+2 < len(ws); v++ {
		p := v + 2
		if ws[v].UPOS != "VERB" || !speakingVerbs[ws[v].Lemma] || ws[v+1].Form != "," || ws[p].Head-1 != v || ws[p].Deprel != "ccomp" ||
			ws[p].XPOS != "VBN" && ws[p].XPOS != "VBG" || takesClause(ws[p]) || hasDependent(ws, p, "nsubj", "nsubj:pass", "aux", "aux:pass", "mark") {
			continue
		}
		said := -1 // what was said, if the parse has it elsewhere
		for k := range ws {
			switch {
			case k < v && ws[k].Head-1 == v && (ws[k].Deprel == "ccomp" || ws[k].Deprel == "parataxis"):
				said = k
			case k > p && ws[k].Head-1 == p && ws[p].XPOS == "VBN" && markedThat(ws, k):
				ws[k].Head, ws[k].Deprel = v+1, "ccomp"
				said = k
			}
		}
		if h := ws[v].Head - 1; said < 0 && (h < 0 || h > v || ws[v].Deprel != "parataxis" && ws[v].Deprel != "conj") {
			continue
		}
		ws[p].Deprel = "advcl"
		if h := ws[v].Head - 1; h >= 0 && h < v && ws[h].Head == 0 && ws[v].Deprel == "conj" && hasSubject(ws, v) && !hasDependent(ws, v, "cc") {
			// "'We will not give up,' Anna Berg said, surrounded by
			// supporters" had said a second verb of give: the
			// speaker's verb is the root, and what was said its clause.
			ws[v].Head, ws[v].Deprel = 0, "root"
			ws[h].Head, ws[h].Deprel = v+1, "ccomp"
			for k := v + 1; k < len(ws); k++ {
				if ws[k].Head-1 == h {
					ws[k].Head = v + 1
				}
			}
		}
	}
}

// markedThat reports whether clause k has "that" for its mark.
func markedThat(ws []Word, k int) bool {
	for j := range ws {
		if ws[j].Head-1 == k && ws[j].Deprel == "mark" && lowerIn(thatWord, ws[j].Form) {
			return true
		}
	}
	return false
}

var thatWord = map[string]bool{"that": true}
