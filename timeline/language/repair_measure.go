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

// clauseAfterComplement mends a clause that "after", "before", "since",
// "until" or "as" opens after a predicate noun or an object, which the
// parse read as a phrase on the noun, the noun perhaps the clause verb's
// subject: "Keir Starmer will become prime minister after his party won
// the election" had won the complement of become, with minister its
// subject and the party a phrase on minister. A finite verb is never an
// open complement (xcomp): when one's subject, or the complement or
// object before it, has the preposition's phrase and the verb follows
// that phrase directly, the noun is the complement, the verb a clause of
// time on the main verb, the phrase's noun its subject and the
// preposition its mark.
func clauseAfterComplement(ws []Word) {
	for v := range ws {
		if ws[v].Deprel != "xcomp" || ws[v].UPOS != "VERB" || !finite(ws[v].XPOS) || ws[v].Head == 0 {
			continue
		}
		// The noun is the verb's subject, or a complement of the main
		// verb beside it ("become the next mayor after her party won").
		x := subjectOf(ws, v)
		if x < 0 || x > v {
			x = -1
			for k := v - 1; k >= 0; k-- {
				if ws[k].Head == ws[v].Head && (ws[k].Deprel == "xcomp" || ws[k].Deprel == "obj") {
					x = k
					break
				}
			}
		}
		if x < 0 {
			continue
		}
		for n := x + 1; n < v; n++ {
			p := n - 1
			for p > x && ws[p].Head-1 == n && ws[p].Deprel != "case" {
				p--
			}
			if ws[n].Head-1 != x || ws[n].Deprel != "nmod" || ws[p].Head-1 != n || ws[p].Deprel != "case" || !lowerIn(clauseOpeners, ws[p].Form) || phraseEnd(ws, n) != v-1 {
				continue
			}
			h := ws[v].Head
			if ws[x].Head != h {
				ws[x].Head, ws[x].Deprel = h, "xcomp"
			}
			ws[v].Head, ws[v].Deprel = h, "advcl"
			ws[n].Head, ws[n].Deprel = v+1, "nsubj"
			ws[p].Head, ws[p].Deprel, ws[p].UPOS, ws[p].XPOS = v+1, "mark", "SCONJ", "IN"
			break
		}
	}
}
