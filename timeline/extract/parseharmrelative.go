package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline/language"
)

// harmRelative mends the antecedent of a ", which killed …" clause after
// a phrase that names an event and where it happened: in "the explosion
// at a plant in Riverton, which killed 12 people" or "an inquiry into the
// leak at the plant in Ostburg, which injured 38 people" the parse hangs
// the relative on the place or on the first noun of the phrase, so that
// Riverton killed the people, or the inquiry injured them. A town, a
// plant or an inquiry harms no one; the event nearest the comma does. A
// relative of a verb of harm whose antecedent lies in the run of nouns
// and prepositions before its comma goes to the event noun of that run
// nearest the comma.
func harmRelative(ws []language.Word, v int) {
	h := ws[v].Head - 1
	if ws[v].Deprel != "acl:relcl" || h < 0 || h > v || !harmVerb(ws[v].Lemma) || !relativeSubject(ws, v) {
		return
	}
	e, seen := -1, false
run:
	for k := v - 1; k >= 0; k-- {
		w := ws[k]
		if w.Form == "," && k == v-2 || ws[k].Head == v+1 {
			continue // the comma and "which"
		}
		switch w.UPOS {
		case "NOUN":
			if e < 0 && (eventNoun(strings.ToLower(w.Lemma)) || harmNoun(w.Lemma)) {
				e = k
			}
		case "PROPN", "ADJ", "DET", "ADP", "NUM":
		default:
			break run // the run of nouns ends: a verb, a comma, a clause's word
		}
		seen = seen || k == h
	}
	if !seen || e < 0 || e == h {
		return
	}
	ws[v].Head = e + 1
}

// relativeSubject reports whether relative verb v has "which" or "that"
// as its subject.
func relativeSubject(ws []language.Word, v int) bool {
	for k := range v {
		if ws[k].Head == v+1 && ws[k].Deprel == "nsubj" && strings.Contains(ws[k].Feats, "PronType=Rel") {
			return true
		}
	}
	return false
}

// harmVerb reports whether lemma tells of harm an event did to people or
// things.
func harmVerb(lemma string) bool {
	switch strings.ToLower(lemma) {
	case "kill", "injure", "wound", "hurt", "destroy", "damage", "displace", "flatten", "sicken", "poison", "strand", "claim":
		return true
	}
	return false
}

// harmNoun reports whether lemma names a mishap that the lexicon files
// as a thing: a gas leak, a crowd crush.
func harmNoun(lemma string) bool {
	switch strings.ToLower(lemma) {
	case "leak", "crush":
		return true
	}
	return false
}
