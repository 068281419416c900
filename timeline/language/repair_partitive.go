package language

import "strings"

// partitiveOblique mends the part's whole after a subject, which the
// parse hung on the verb as an oblique: "Twelve of the train's 40 cars
// left the tracks" had the cars the place the twelve left from. A phrase
// "of" opens right after the verb's subject that ends where the verb's
// words begin is the subject's: "of" opens no oblique of a verb before
// it (the treebanks' "of" phrases before their verb are nouns' all but
// never).
func partitiveOblique(ws []Word) {
	for n := 0; n+3 < len(ws); n++ {
		if !strings.HasPrefix(ws[n].Deprel, "nsubj") || !strings.EqualFold(ws[n+1].Form, "of") || ws[n+1].Deprel != "case" {
			continue
		}
		v, o := ws[n].Head-1, ws[n+1].Head-1
		if v <= n || o <= n+1 || o >= v || ws[o].Head-1 != v || !strings.HasPrefix(ws[o].Deprel, "obl") || phraseEnd(ws, o)+1 != verbStart(ws, v) {
			continue
		}
		ws[o].Head, ws[o].Deprel = n+1, "nmod"
	}
}

// adjacentSubjects mends a name of two words that the parse read as two
// subjects of one verb: "Harbor Mutual said it welcomed the arrest" had
// Harbor and Mutual each say it. Two subjects of a verb that stand side
// by side, the second with no words of its own and right before the
// verb's, are one noun phrase: the first is the second's compound.
func adjacentSubjects(ws []Word) {
	for a := 0; a+2 < len(ws); a++ {
		b := a + 1
		v := ws[a].Head - 1
		if ws[b].Head-1 != v || v <= b || !strings.HasPrefix(ws[a].Deprel, "nsubj") || ws[a].Deprel != ws[b].Deprel ||
			!nominalWord(ws[a].UPOS) || !nominalWord(ws[b].UPOS) || ws[a].UPOS == "DET" || ws[b].UPOS == "DET" ||
			ws[a].UPOS == "PART" || ws[b].UPOS == "PART" || phraseEnd(ws, b) != b || verbStart(ws, v) != b+1 || leftmost(ws, b) != b ||
			!upperInitial(ws[a].Form) || !upperInitial(ws[b].Form) || isTimeNoun(ws[a]) || isTimeNoun(ws[b]) {
			continue
		}
		ws[a].Head, ws[a].Deprel = b+1, "compound"
		for k := 0; k < a; k++ {
			if ws[k].Head-1 == a && nounModifiers[ws[k].Deprel] {
				ws[k].Head = b + 1 // "The Harbor Mutual": the article is the phrase's
			}
		}
	}
}
