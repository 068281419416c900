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
