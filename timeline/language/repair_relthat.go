package language

import "strings"

// relativeThatOnVerb mends a relative clause that "that" or "which" opens
// right after its noun, which the parse hung on the main verb instead:
// "recovered the flight recorders of a plane that crashed on Friday" had
// crashed a clause of recovered (parataxis, advcl:relcl), so that the
// investigators' recovering crashed. A relative pronoun that is a verb's
// subject right after a noun makes that verb the noun's relative clause
// when the verb hangs on another verb beside it rather than under it
// (what was said, a ccomp, is left: "told them that …" may be a mark the
// tagger misread). A time is no such noun: "a crush at a concert last
// Friday that killed 15 people" tells of the crush.
func relativeThatOnVerb(ws []Word) {
	for r := 1; r+1 < len(ws); r++ {
		if ws[r].XPOS != "WDT" || !lowerIn(thatWhich, ws[r].Form) || !strings.HasPrefix(ws[r].Deprel, "nsubj") {
			continue
		}
		v, n := ws[r].Head-1, r-1
		if v <= r || ws[v].UPOS != "VERB" || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" || isTimeNoun(ws[n]) {
			continue
		}
		h := ws[v].Head - 1
		if h < 0 || h >= n || ws[h].UPOS != "VERB" || descends(ws, n, v) {
			continue
		}
		switch ws[v].Deprel {
		case "parataxis", "advcl:relcl":
		case "conj":
			if hasDependent(ws, v, "cc") {
				continue
			}
		default:
			continue
		}
		if ws[n].Deprel == "flat" && ws[n].Head-1 < n && ws[n].Head > 0 {
			n = ws[n].Head - 1
		}
		ws[v].Head, ws[v].Deprel = n+1, "acl:relcl"
	}
}

var thatWhich = map[string]bool{"that": true, "which": true}
