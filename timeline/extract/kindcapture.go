package extract

import "strings"

// "Police captured two of the three inmates", "officers caught the
// suspect": capturing is an attack in war ("rebels captured the town"),
// but the police capture people to arrest them.

// policeCapture reports whether f is a capture or catch done by the
// police of someone, not of a place or a thing.
func (p parsed) policeCapture(f frame, lemma string) bool {
	if lemma != "capture" && lemma != "catch" && lemma != "recapture" {
		return false
	}
	if !p.anyIs(f.agents, p.isPolice) || len(f.patients) == 0 {
		return false
	}
	return !p.anyIs(f.patients, p.isThing)
}

// isPolice reports whether word j names the police or its officers.
func (p parsed) isPolice(j int) bool {
	switch strings.ToLower(p.word(j).Lemma) {
	case "police", "officer", "policeman", "policewoman", "detective", "trooper", "marshal", "deputy", "gendarme":
		return true
	}
	return false
}
