package language

// invertedSpeaker mends a speaker named after the verb of saying that
// follows what was said ("The army had withdrawn, said the spokesman, who
// declined to be named"), which the parse read as the verb's object: a
// verb of saying right after a comma, with no subject, what was said
// wholly before it and a noun right after it takes that noun as its
// subject, as the treebanks annotate it, and what was said as its
// complement. A verb that has a subject ("…, she said the plan failed")
// or a clause after it is left alone.
func invertedSpeaker(ws []Word) {
	for v := 2; v+1 < len(ws); v++ {
		if ws[v].UPOS != "VERB" || !speakingVerbs[ws[v].Lemma] || ws[v-1].Form != "," || hasSubject(ws, v) {
			continue
		}
		o, said := -1, -1
		for k := range ws {
			if ws[k].Head-1 != v {
				continue
			}
			switch rel := ws[k].Deprel; {
			case k > v && rel == "obj" && leftmost(ws, k) == v+1:
				o = k
			case k < v && (rel == "advcl" || rel == "ccomp" || rel == "parataxis") && phraseEnd(ws, k) < v:
				said = k
			case k > v && (rel == "ccomp" || rel == "xcomp" || rel == "obj"):
				said = -2 // something said after the verb
			}
		}
		if o < 0 || said < 0 {
			continue
		}
		ws[o].Deprel = "nsubj"
		ws[said].Deprel = "ccomp"
	}
}
