package extract

import (
	"slices"
	"strings"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// The lexicon knows a noun by its most frequent sense, and many nouns that
// news uses for happenings are first something else: a party is first a
// political body, a rally a crowd, a fall the autumn, a row a line. The
// words around the noun often settle which sense the text means: a
// happening is what "after", "during" or "amid" take, and a gathering
// what one is "at". eventInContext reads those cues for nouns that are
// also verbs of the same form (one parties, rallies, falls, rows), so
// that a noun with no happening among its senses is never taken.

// eventInContext reports whether noun i, lemma l, is told in the sense of
// a happening: taken by a temporal preposition ("after a fall from the
// ridge", "amid a row over pay", "during the rally"), or the gathering one
// is at ("at an office Christmas party"). Names are left to the actors.
func (p parsed) eventInContext(i int, l string) bool {
	w := p.word(i)
	if w.Form == "" || w.Form[0] < 'a' || w.Form[0] > 'z' || !sameFormVerb(l) {
		return false
	}
	if p.rel(i) == "nsubj" {
		return false // a clause's subject: "after witnesses claimed"
	}
	if next := i + 1; next < len(p.s.Words) {
		switch p.word(next).UPOS {
		case "VERB", "AUX", "PRON":
			return false // the same, misparsed: "after the team continued", "the church she attends"
		}
	}
	if occasionNoun(l) || p.x != nil && p.inTimex(i) {
		return false // "during the time of the broadcast", "during the third quarter"
	}
	switch wn.NounClass(l) {
	case "person", "artifact", "location", "body", "animal", "plant", "substance", "object", "quantity":
		return false // "after his mother", "after a bomb", "at the house", "during the quarter"
	}
	prep, det := p.phrasePreposition(i)
	switch prep {
	case "after", "during", "amid", "amidst", "following":
		// A bare noun is a measure or a mood ("after tax", "amid
		// pressure"); a time of year is the season ("after the fall"),
		// though "after a fall" is one.
		if wn.NounClass(l) == "time" {
			return det == "a" || det == "an"
		}
		return det != ""
	case "at":
		// One is at a place as often as at an event: only a noun
		// whose verb is to gather ("at a party") is taken, and only
		// as the phrase's last word ("at the party's office" is a place).
		if next := i + 1; next < len(p.s.Words) {
			switch p.word(next).UPOS {
			case "NOUN", "PROPN", "PART":
				return false
			}
		}
		return wn.Kind(l, false) == KindMeeting
	}
	return false
}

// sameFormVerb reports whether WordNet derives a verb of the same form from
// noun l (to party, to rally, to fall).
func sameFormVerb(l string) bool {
	for _, v := range wn.Verbs(l) {
		if v == l {
			return true
		}
	}
	return false
}

// phrasePreposition returns the preposition that opens the noun phrase
// ending in word i, lower-cased, and the phrase's first determiner or
// possessive, read leftwards over the phrase's words rather than up the
// tree: a phrase of several nouns ("an office Christmas party") is often
// parsed as a chain of modifiers that hangs the preposition on its first
// noun.
func (p parsed) phrasePreposition(i int) (prep, det string) {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		w := p.word(k)
		switch w.UPOS {
		case "DET":
			det = strings.ToLower(w.Form)
		case "PRON":
			if w.XPOS != "PRP$" {
				return "", det
			}
			det = strings.ToLower(w.Form) // "his", "their"
		case "ADJ", "NOUN", "PROPN", "NUM", "PART":
		case "ADP":
			return strings.ToLower(w.Form), det
		default:
			return "", det
		}
	}
	return "", det
}

// eventNoun reports whether a noun names an event: one the lexicon lists,
// or an act, event or mental or verbal act named after a verb
// ("investigation", "occupation", "suspicion"), not a group, a person or
// a possession ("government", "host", "profit").
func eventNoun(lemma string) bool {
	if occasionNoun(lemma) {
		return false
	}
	if wn.IsEventNoun(lemma) {
		return true
	}
	switch wn.NounClass(lemma) {
	case "act", "event", "cognition", "communication", "process", "phenomenon":
		// A meeting is an event even when no verb is made from it
		// ("the cabinet held an emergency session").
		return len(wn.Verbs(lemma)) > 0 || slices.Contains(wn.Kinds(lemma, true), KindMeeting)
	}
	return false
}

// thingFirst reports whether noun i, whose first sense is a thing, is
// told as that thing: "a passenger ferry carrying 214 people" is a boat,
// though "ferry" also names the act of ferrying. Told as an act, such a
// noun has what the act is of or whose it is ("the release of the
// hostages", "the coach's sacking"), or is a gerund.
func (p parsed) thingFirst(i int, lemma string) bool {
	if wn.NounClass(lemma) != "artifact" || strings.HasSuffix(strings.ToLower(p.word(i).Form), "ing") {
		return false
	}
	for k := range p.s.Words {
		if p.head(k) == i && (p.word(k).Deprel == "nmod:poss" || p.rel(k) == "nmod" && p.caseOf(k) == "of") {
			return false
		}
	}
	return true
}

// occasionNoun reports whether a noun names the occasion of another event
// ("for the first time", "at that moment"), never an event itself.
func occasionNoun(lemma string) bool {
	switch lemma {
	case "time", "moment", "occasion":
		return true
	}
	return false
}
