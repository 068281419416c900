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

// relativeByAnimacy mends "the owners of the mine, which collapsed in
// August", which the parse hung on the owners (the head of the phrase, as
// the treebanks do about half the time): "which" does not stand for
// people and "who" does, so a clause after a comma that the wrong one
// opens is on the noun right before the comma, when that noun, in the
// same phrase, is of the other kind ("the home of the senator, who said"):
// after "which", a thing named in the singular (a firm named as its trade,
// "a wholesaler of health products, which closed", is a person to
// WordNet).
func relativeByAnimacy(ws []Word) {
	for v := 3; v < len(ws); v++ {
		if ws[v].Deprel != "acl:relcl" {
			continue
		}
		c := leftmost(ws, v)
		if ws[c].Form != "," {
			c--
		}
		if c < 1 || ws[c].Form != "," {
			continue
		}
		r, h, a := c+1, ws[v].Head-1, nounBefore(ws, c)
		if a < 0 || a == h || h < 0 || !descends(ws, a, h) || ws[h].UPOS != "NOUN" {
			continue
		}
		switch who, person := strings.ToLower(ws[r].Form), wn.NounClass(ws[h].Lemma) == "person"; {
		case who == "which" && person && ws[a].UPOS == "NOUN" && wn.NounClass(ws[a].Lemma) != "person" && ws[a].XPOS == "NN",
			who == "who" && !person && (ws[a].UPOS == "PROPN" || wn.NounClass(ws[a].Lemma) == "person"):
			ws[v].Head = a + 1
		}
	}
}
