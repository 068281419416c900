package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// comparativeMeasure mends a measure before a comparative that the parse
// took for a thing done or a doer: in "bringing the miners a step closer
// to freedom" the step is the verb's second object, in "brings the
// company one step closer" the subject of "closer". It says only how
// much closer, as "two points higher" says how much higher, and is no
// event or argument of its own.
func comparativeMeasure(ws []language.Word, n int) {
	c := n + 1
	if ws[n].UPOS != "NOUN" || c >= len(ws) || ws[c].XPOS != "JJR" && ws[c].XPOS != "RBR" {
		return
	}
	switch strings.ToLower(ws[c].Form) {
	case "more", "less":
		return // "started landing the jab more": how often he landed it
	}
	counted := false
	for k := range n {
		if ws[k].Head == n+1 {
			switch ws[k].Deprel {
			case "nummod":
				counted = true
			case "det":
				// A measure is counted: "a step", "two points"; "the
				// spelling later in life" is a thing and a time.
				switch strings.ToLower(ws[k].Form) {
				case "a", "an", "one", "another":
					counted = true
				}
			case "amod":
			default:
				return
			}
		}
	}
	if !counted || c+1 < len(ws) && strings.EqualFold(ws[c+1].Form, "than") {
		return // "offered a contract longer than eight years": the contract is longer
	}
	for k := c + 1; k < len(ws); k++ {
		if ws[k].Head == n+1 {
			return // "a step closer" ends at the comparative
		}
	}
	switch h := ws[n].Head - 1; {
	case h == c:
		if o := ws[c].Head - 1; ws[c].Deprel == "amod" && o >= 0 && o < n && ws[o].Deprel == "obj" && ws[o].Head > 0 && ws[ws[o].Head-1].UPOS == "VERB" {
			// A comparative after the object, read as its modifier:
			// "brings Carl Dahl one step closer" says where he is
			// brought, the verb's small clause.
			ws[c].Head, ws[c].Deprel = ws[o].Head, "xcomp"
		}
	case ws[c].Head-1 == n && h >= 0:
		if ws[h].UPOS != "VERB" && ws[h].Deprel == "obj" && ws[h].Head > 0 {
			h = ws[h].Head - 1 // "brings Carl Dahl one step closer", the step read as Dahl's apposition
		}
		ws[c].Head = h + 1
		ws[c].Deprel = "amod"
		if ws[h].UPOS == "VERB" {
			ws[c].Deprel = "xcomp" // "bringing the miners a step closer"
		}
	default:
		return
	}
	ws[n].Head, ws[n].Deprel = c+1, "obl:npmod"
}

// measureWord reports whether word i is a measure by the parse's own
// mark: "a step closer", "hours after the ruling".
func measureWord(w *language.Word) bool {
	return strings.HasSuffix(w.Deprel, ":npmod")
}
