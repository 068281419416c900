package language

import "strings"

// measureOfAdverb mends a bare span of time that the parse made its
// verb's object or oblique when an adverb counting from it follows: "the
// bridge, which collapsed hours earlier" had hours the object of
// collapsed (and the summary "collapsed hours"). A plural measure of time
// right before "earlier", "later" or "ago" is that adverb's unmarked
// oblique, as the treebanks have "32 years later", which the parse reads
// right when a number opens the span. "Later" or "earlier" that a
// preposition or "this"/"that" follows is a time of its own ("hours
// later in the day"): the measure there may be the verb's.
func measureOfAdverb(ws []Word) {
	for t := 0; t+1 < len(ws); t++ {
		a := t + 1
		if ws[t].UPOS != "NOUN" || ws[t].XPOS != "NNS" || !lowerIn(timeMeasures, ws[t].Form) || ws[a].UPOS != "ADV" ||
			ws[t].Head-1 == a || ws[t].Head-1 != ws[a].Head-1 {
			continue
		}
		if !strings.EqualFold(ws[a].Form, "earlier") && !strings.EqualFold(ws[a].Form, "later") && !strings.EqualFold(ws[a].Form, "ago") {
			continue
		}
		if a+1 < len(ws) && (ws[a+1].UPOS == "ADP" || ws[a+1].UPOS == "DET") {
			continue
		}
		if hasRightDependent(ws, t) {
			continue
		}
		ws[t].Head, ws[t].Deprel = a+1, "obl:unmarked"
	}
}

// hasRightDependent reports whether a word after n hangs on n.
func hasRightDependent(ws []Word, n int) bool {
	for k := n + 1; k < len(ws); k++ {
		if ws[k].Head-1 == n {
			return true
		}
	}
	return false
}
