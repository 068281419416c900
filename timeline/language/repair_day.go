package language

import "strings"

// dayBeforeParticiple mends a day after "on" between a verb's object and
// a participle, which the parse read as the participle's subject with
// "on" its mark: "Prosecutors unsealed an indictment on Tuesday charging
// Carl Dahl with fraud" had Tuesday charging Carl Dahl. A participle
// takes no subject in a clause "on" opens; the day is the time of the
// verb the participle hung on, and the participle describes that verb's
// object right before "on" when that is a text that can say what the
// participle does ("an indictment charging", "an order approving"), else
// is the verb's adverbial clause ("left Ostburg on Sunday taking the
// files").
func dayBeforeParticiple(ws []Word) {
	for d := 1; d+1 < len(ws); d++ {
		p, g := d-1, d+1
		if !isTimeNoun(ws[d]) || !strings.EqualFold(ws[p].Form, "on") || ws[d].Head-1 != g || !strings.HasPrefix(ws[d].Deprel, "nsubj") ||
			ws[g].XPOS != "VBG" && ws[g].XPOS != "VBN" || ws[p].Head-1 != g && ws[p].Head-1 != d {
			continue
		}
		v := ws[g].Head - 1
		if v < 0 || v >= p || ws[v].UPOS != "VERB" {
			continue
		}
		ws[d].Head, ws[d].Deprel = v+1, "obl"
		ws[p].Head, ws[p].Deprel, ws[p].UPOS, ws[p].XPOS = d+1, "case", "ADP", "IN"
		ws[g].Head, ws[g].Deprel = v+1, "advcl"
		if o := p - 1; ws[o].Head-1 == v && ws[o].Deprel == "obj" && ws[o].UPOS == "NOUN" && textNouns[ws[o].Lemma] {
			ws[g].Head, ws[g].Deprel = o+1, "acl"
		}
	}
}

// textNouns are the texts that do what a participle after them says: "an
// indictment charging him", "a report saying", "an order approving".
var textNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`indictment complaint lawsuit suit order decree ruling warrant bill law
		resolution motion statement letter report notice memo petition judgment verdict document`) {
		textNouns[w] = true
	}
}
