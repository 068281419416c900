package language

import (
	"strings"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// relativeOfEvent mends "Friday's shooting at a Wisconsin mall that sent
// eight people to the hospital", which the parse, as the treebanks mostly
// do, hung on the nearest noun, the mall: a relative clause that tells a
// toll (killing, wounding, sending people to hospital) after an event
// noun's place or thing ("at a mall", "in a factory") is the event's,
// since a place harms no one by itself.
func relativeOfEvent(ws []Word) {
	for v := 3; v < len(ws); v++ {
		if ws[v].Deprel != "acl:relcl" || !relativeSubject(ws, v) || !tollVerb(ws[v].Lemma) {
			continue
		}
		n := ws[v].Head - 1
		if n < 1 || n > v || ws[n].Deprel != "nmod" || ws[n].UPOS != "NOUN" && ws[n].UPOS != "PROPN" ||
			!hasDependent(ws, n, "case") || wn.IsEventNoun(ws[n].Lemma) {
			continue
		}
		m := ws[n].Head - 1
		if m < 0 || m > n || ws[m].UPOS != "NOUN" || !wn.IsEventNoun(ws[m].Lemma) {
			continue
		}
		switch wn.NounClass(ws[n].Lemma) {
		case "location", "artifact", "object", "":
		default:
			continue // "an attack on soldiers who …": people can be the ones
		}
		ws[v].Head = m + 1
	}
}

// tollVerb reports whether a verb tells harm done to people or things.
func tollVerb(lemma string) bool {
	switch strings.ToLower(lemma) {
	case "send", "leave", "injure", "wound", "hurt", "kill", "claim", "damage", "destroy", "displace", "force", "cause", "spark", "trigger", "prompt":
		return true
	}
	return wn.Kind(lemma, false) == "death"
}
