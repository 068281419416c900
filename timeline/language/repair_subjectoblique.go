package language

// subjectOfOblique mends a subject the parse hung on a phrase of its own
// that it made the verb's oblique: "The death toll from Tuesday's
// earthquake rose to 137" had toll the subject of earthquake and
// earthquake an oblique of rose, which then had no subject, and the
// toll's rise was lost. A noun takes a subject only with a copula, and a
// phrase that "of" or "from" opens right after a subject is the
// subject's ("the toll from the quake", "the number of dead"), so the
// subject is the verb's and the phrase its noun's.
func subjectOfOblique(ws []Word) {
	for n := 2; n < len(ws); n++ {
		v := ws[n].Head - 1
		if ws[n].Deprel != "obl" || v <= n || ws[v].UPOS != "VERB" || hasSubject(ws, v) ||
			ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" || !hasPreposition(ws, n) || hasCopula(ws, n) {
			continue
		}
		for s := n - 1; s >= 0; s-- {
			if ws[s].Head-1 == n && ws[s].Deprel == "nsubj" && (ws[s].UPOS == "NOUN" || ws[s].UPOS == "PROPN") {
				ws[s].Head, ws[s].Deprel = v+1, "nsubj"
				ws[n].Head, ws[n].Deprel = s+1, "nmod"
				break
			}
		}
	}
}

// hasCopula reports whether word n has a copula among its dependents.
func hasCopula(ws []Word, n int) bool {
	for k := range ws {
		if ws[k].Head-1 == n && ws[k].Deprel == "cop" {
			return true
		}
	}
	return false
}
