package language

// mainAfterRelative mends a sentence whose main verb the parse hung inside
// the relative clause of its subject, leaving the subject the root: "The
// death toll from the storm that flooded Kestrel Bay rose to 40" had rose
// a complement of flooded with Bay its subject; "The storm that flooded
// the valley killed three people" had killed an xcomp of flooded. When
// the root is a noun and a finite verb with no mark or conjunction of its
// own hangs on a relative clause in the noun's phrase, after it, that verb
// is the sentence's and the noun its subject; a subject the parse gave it
// inside the relative clause is the clause verb's object when it has none.
func mainAfterRelative(ws []Word) {
	n := rootOf(ws)
	if n < 0 || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" {
		return
	}
	for r := n + 1; r < len(ws); r++ {
		if ws[r].Deprel != "acl:relcl" || ws[r].Head-1 != n && !descends(ws, ws[r].Head-1, n) || !relativeSubject(ws, r) {
			continue
		}
		for m := r + 1; m < len(ws); m++ {
			if ws[m].Head-1 != r || !finite(ws[m].XPOS) || ws[m].UPOS != "VERB" || hasDependent(ws, m, "cc") {
				continue
			}
			s := subjectBetween(ws, m, r)
			if t := timeMarked(ws, m, s); t >= 0 {
				// "that struck Morocco on Sunday rose" had "on" the mark
				// of rose and Sunday its subject: the day is the
				// clause's.
				ws[t].Head, ws[t].Deprel, ws[t].UPOS, ws[t].XPOS = s+1, "case", "ADP", "IN"
				ws[s].Head, ws[s].Deprel = r+1, "obl"
				s = -1
			}
			if hasDependent(ws, m, "mark") {
				continue
			}
			switch ws[m].Deprel {
			case "ccomp", "xcomp", "parataxis", "conj", "advcl":
			default:
				continue
			}
			if s >= 0 {
				if hasDependent(ws, r, "obj") {
					return
				}
				ws[s].Head, ws[s].Deprel = r+1, "obj"
			}
			ws[m].Head, ws[m].Deprel = 0, "root"
			ws[n].Head, ws[n].Deprel = m+1, "nsubj"
			if hasDependent(ws, m, "aux:pass") {
				ws[n].Deprel = "nsubj:pass"
			}
			for k := m + 1; k < len(ws); k++ {
				if ws[k].Head-1 == n && ws[k].Deprel == "punct" {
					ws[k].Head = m + 1
				}
			}
			return
		}
	}
}

// timeMarked returns the mark of verb m right before its subject s when s
// names a time ("on Sunday"), or -1.
func timeMarked(ws []Word, m, s int) int {
	if s < 1 || ws[s-1].Head-1 != m || ws[s-1].Deprel != "mark" || ws[s-1].UPOS != "ADP" || !dayWord(ws[s].Form) && !isTimeNoun(ws[s]) {
		return -1
	}
	return s - 1
}
