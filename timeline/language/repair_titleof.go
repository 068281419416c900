package language

import "strings"

// titleOfName mends a name that an office "of" its field comes before,
// read as the office with the name a phrase on it: "Secretary of State
// Lena Park postponed her trip" had the secretary postpone it and Lena a
// noun of State. An office word in capitals, "of", then a run of names
// right before the verb the phrase is the subject of, is a title and a
// name: the run's last two words are the person's name, its head the
// verb's subject, the words before them the office's field ("of State",
// "of Homeland Security"), and the office the name's compound (as
// titledName has it).
func titleOfName(ws []Word) {
	for a := 0; a+4 < len(ws); a++ {
		if !upperInitial(ws[a].Form) || !lowerIn(officeWords, ws[a].Form) || !strings.EqualFold(ws[a+1].Form, "of") {
			continue
		}
		b := a + 2
		for b < len(ws) && ws[b].UPOS == "PROPN" && upperInitial(ws[b].Form) && !lowerIn(officeWords, ws[b].Form) {
			b++
		}
		v := b // the verb after the run
		b--
		if b-(a+2) < 2 || v >= len(ws) || ws[v].UPOS != "VERB" && ws[v].UPOS != "AUX" {
			continue
		}
		rel := ""
		for k := a; k <= b; k++ {
			h := ws[k].Head - 1
			if h >= a && h <= b {
				continue
			}
			if h != v || !strings.HasPrefix(ws[k].Deprel, "nsubj") || rel != "" {
				rel = "" // the run hangs on another word, or is two subjects
				break
			}
			rel = ws[k].Deprel
		}
		if rel == "" {
			continue
		}
		n, f := b-1, b-2 // the name's head, the field's last word
		ws[n].Head, ws[n].Deprel = v+1, rel
		ws[b].Head, ws[b].Deprel = n+1, "flat"
		ws[a].Head, ws[a].Deprel = n+1, "compound"
		ws[a+1].Head, ws[a+1].Deprel = f+1, "case"
		ws[f].Head, ws[f].Deprel = a+1, "nmod"
		for k := a + 2; k < f; k++ {
			ws[k].Head, ws[k].Deprel = f+1, "compound"
		}
	}
}
