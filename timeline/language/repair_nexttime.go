package language

import "strings"

// timeAfterNoun mends a time that "next", "last" or "this" opens right
// after a noun, which the parse made the head of that noun's phrase:
// "Test trains will run through the tunnel next spring" had tunnel a
// compound of spring, so the run took the tunnel's preposition and no
// time. A noun followed by "next spring" or "last year" is no modifier of
// that time (nor, as the parse may read it, its subject): it heads its own
// phrase, in the relation the time had, and
// the time says when the verb happens.
func timeAfterNoun(ws []Word) {
	for t := 2; t < len(ws); t++ {
		d, n, v := t-1, t-2, ws[t].Head-1
		if !isTimeNoun(ws[t]) && !seasonWord(ws[t].Form) || ws[d].Head-1 != t || !relativeTimeWord(ws[d].Form) ||
			ws[n].Head-1 != t || ws[n].Deprel != "compound" && ws[n].Deprel != "nsubj" || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" ||
			v < 0 || ws[v].UPOS != "VERB" {
			continue
		}
		rel := ws[t].Deprel
		switch rel {
		case "obj", "obl":
		case "obl:unmarked", "obl:tmod":
			rel = "obj"
		default:
			continue
		}
		for k := range ws {
			if k < n && ws[k].Head-1 == t {
				ws[k].Head = n + 1 // "the", "through": the noun's
			}
		}
		ws[n].Head, ws[n].Deprel = v+1, rel
		ws[t].Deprel = "obl:unmarked"
		ws[d].Deprel = "amod"
	}
}

// relativeTimeWord reports whether form places a time relative to now.
func relativeTimeWord(form string) bool {
	return strings.EqualFold(form, "next") || strings.EqualFold(form, "last") || strings.EqualFold(form, "this")
}
