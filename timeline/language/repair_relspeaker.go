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
	if n < 0 || s < 0 || phraseEnd(ws, s) != v-1 || ws[leftmostWord(ws, s)-1].Form != "," || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" {
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
