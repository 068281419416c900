package language

import "strings"

// forSubject mends an infinitive whose subject "for" introduces, which
// the parse read as the "for" phrase of the verb or noun before and an
// infinitive of purpose: "called for the talks to resume" had Lena Park
// resume, "waited for the water to recede" the residents recede, "cleared
// the way for the reform to become law" the way become law. The noun
// right before "to" is the infinitive's subject and "for" its mark when
// the infinitive is passive or "be"/"become" ("called for sanctions to be
// imposed"), or the word the phrase is on asks for a deed of another
// (forOthers: "call", "wait", "press", "way"). A purpose of the subject's
// own stays ("paid for the ticket to see the final", "asked for time to
// prepare").
func forSubject(ws []Word) {
	for v := 2; v < len(ws); v++ {
		if ws[v].UPOS != "VERB" || ws[v].XPOS != "VB" && ws[v].XPOS != "VBN" || hasSubject(ws, v) {
			continue
		}
		t := v - 1
		if t > 0 && ws[t].Deprel == "aux:pass" && ws[t].Head-1 == v {
			t--
		}
		if t < 1 || !strings.EqualFold(ws[t].Form, "to") || ws[t].Head-1 != v || ws[t].Deprel != "mark" {
			continue
		}
		n := nounBefore(ws, t)
		if n < 0 || isTimeNoun(ws[n]) {
			continue
		}
		f := forCase(ws, n)
		g := ws[n].Head - 1
		if f < 0 || g < 0 || g >= n || ws[n].Deprel != "obl" && ws[n].Deprel != "nmod" {
			continue
		}
		if h := ws[v].Head - 1; h != g && h != n {
			continue
		}
		passive := hasDependent(ws, v, "aux:pass")
		if !passive && !strings.EqualFold(ws[v].Lemma, "become") && !strings.EqualFold(ws[v].Lemma, "be") && !lowerIn(forOthers, ws[g].Lemma) {
			continue
		}
		rel := "advcl"
		if ws[g].UPOS == "NOUN" || ws[g].UPOS == "PROPN" {
			rel = "acl"
		}
		for k := n + 1; k < len(ws); k++ {
			if ws[k].Head-1 == n && k > v {
				ws[k].Head = v + 1 // what the noun held after the infinitive is the infinitive's
			}
		}
		subj := "nsubj"
		if passive {
			subj = "nsubj:pass"
		}
		ws[v].Head, ws[v].Deprel = g+1, rel
		ws[n].Head, ws[n].Deprel = v+1, subj
		ws[f].Head, ws[f].Deprel, ws[f].UPOS, ws[f].XPOS = v+1, "mark", "SCONJ", "IN"
	}
}

// forCase returns the "for" that is noun n's preposition, or -1.
func forCase(ws []Word, n int) int {
	for k := range n {
		if ws[k].Head-1 == n && ws[k].Deprel == "case" && strings.EqualFold(ws[k].Form, "for") {
			return k
		}
	}
	return -1
}

// forOthers are the verbs and nouns whose "for" phrase and infinitive
// name what another is to do: "called for the talks to resume", "waited
// for the water to recede", "cleared the way for the bill to pass".
var forOthers = map[string]bool{
	"call": true, "wait": true, "press": true, "push": true, "appeal": true, "arrange": true, "campaign": true,
	"lobby": true, "plead": true, "pray": true, "way": true, "plan": true, "pressure": true, "demand": true,
	"need": true, "signal": true, "vote": true, "argue": true, "clamour": true, "clamor": true,
}
