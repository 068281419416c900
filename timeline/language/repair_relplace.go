package language

import (
	"strings"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// relativeOnStructure mends a clause of a structure's failure that the
// parse hung on the place named after the structure: "near the bridge in
// Baltimore, which collapsed on Tuesday" had Baltimore collapse. A clause
// "which" opens after a comma, whose verb tells of a thing that gives way
// (collapsed, sank, capsized, derailed…), on a name or a noun of place
// right after a preposition of place on a made thing ("the bridge in",
// "a ferry off"),
// is the thing's: places do not collapse or sink.
func relativeOnStructure(ws []Word) {
	for v := 5; v < len(ws); v++ {
		if ws[v].Deprel != "acl:relcl" || !structureFailures[ws[v].Lemma] {
			continue
		}
		a := ws[v].Head - 1
		if a < 2 || a >= v || ws[a+1].Form != "," || !strings.EqualFold(ws[a+2].Form, "which") || !place(ws[a]) {
			continue
		}
		p := leftmost(ws, a) // the preposition that opens the place's phrase
		if p < 1 || !lowerIn(placePrepositions, ws[p].Form) || ws[p].Head-1 != a || ws[p].Deprel != "case" {
			continue
		}
		h := p - 1
		if ws[h].UPOS != "NOUN" || wn.NounClass(ws[h].Lemma) != "artifact" {
			continue
		}
		ws[v].Head = h + 1
	}
}

// place reports whether w may name a place after a preposition of place:
// a name ("in Baltimore"), or a noun of place ("in the city").
func place(w Word) bool {
	return w.UPOS == "PROPN" || w.UPOS == "NOUN" && wn.NounClass(w.Lemma) == "location"
}

// placePrepositions open a phrase of where a thing stands.
var placePrepositions = map[string]bool{"in": true, "at": true, "near": true, "off": true, "outside": true}

// structureFailures are the verbs of a made thing giving way, which tell
// of no place.
var structureFailures = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`collapse sink capsize derail topple overturn crumble explode crash cave`) {
		structureFailures[w] = true
	}
}
