package language

import "strings"

// gerundTitleSubject mends a subject whose title a participle of office
// opens ("Presiding judge Petra Olsen said", "Acting Governor Anna Berg
// signed"), which the parse read as a gerund clause with the name its
// object: the clause was the verb's clausal subject, and the judge no one
// who spoke. A participle of office (acting, presiding, outgoing…) that
// is a finite verb's clausal subject, followed by words of office and
// then a name that is the gerund's object and ends right before the verb,
// is the name's modifier, the office words its compounds, and the name
// the verb's subject (as titledName has it).
func gerundTitleSubject(ws []Word) {
	for v := 0; v+3 < len(ws); v++ {
		if ws[v].XPOS != "VBG" || ws[v].Deprel != "csubj" || !lowerIn(officeParticiples, ws[v].Form) || !lowerIn(officeWords, ws[v+1].Form) {
			continue
		}
		f := ws[v].Head - 1
		if f <= v || ws[f].UPOS != "VERB" && ws[f].UPOS != "AUX" || hasSubject(ws, f) {
			continue
		}
		o := v + 2
		for o < f && lowerIn(officeWords, ws[o].Form) {
			o++
		}
		if o >= f || ws[o].UPOS != "PROPN" || ws[o].Head-1 != v || ws[o].Deprel != "obj" || verbStart(ws, f) != phraseEnd(ws, o)+1 {
			continue
		}
		for k := v + 1; k < o; k++ {
			ws[k].Head, ws[k].Deprel = o+1, "compound"
		}
		ws[v].Head, ws[v].Deprel = o+1, "amod"
		hangSubject(ws, o, f)
		return
	}
}

// officeParticiples are the participles that come before a title to say
// how its holder holds it: "acting President", "outgoing chairman".
var officeParticiples = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`acting presiding outgoing incoming reigning sitting serving retiring
		founding managing visiting ruling governing departing defending`) {
		officeParticiples[w] = true
	}
}
