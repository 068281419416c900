package actor

import wn "github.com/storyline/storyline/timeline/lexicon"

// ownerPronouns open a noun phrase naming a thing someone has: "his
// Relief Army Bell" is a bell.
var ownerPronouns = map[string]bool{"his": true, "her": true, "their": true, "my": true, "our": true, "your": true}

// weekdays are the days news dates an event by, written right after the
// body it happened at ("Bedford District Court Wednesday").
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true}

// orgTail reports whether the one capitalised word at j, right after an
// organisation word that completes the name opened at i, is a common noun
// heading a noun phrase of its own, so not the name's. It is before a
// lower-case noun ("the Brenlow Ltd Christmas party"); as a noun for a
// person, a role in the body ("Quellby Foundation Trustee, Dana
// Morrow"); or where a possessive pronoun owns the phrase, which is then
// a thing ("his Relief Army Bell and ran"). A name may end in a common
// noun ("Nielsen Media Research.", "the Health Insurance Program,"), and
// a capitalised word or a verb after it keeps it the name's ("Energy
// Transfer Partners", "Oil Search plans to").
func (s *sentence) orgTail(i, j int) bool {
	if !s.word(j) || !s.toks[j].is(tCap) || s.toks[j].is(tUpper) || s.toks[j].is(tPoss) || s.g.isGiven(s.str(j)) {
		return false
	}
	class := wn.NounClass(s.lower(j))
	if class == "" {
		return false
	}
	k := j + 1
	if !s.word(k) || s.str(k) == "and" || s.str(k) == "or" {
		// A role in the body goes before the name it is ("Trustee,
		// Dana Morrow"); at a clause's end the noun ends the body's
		// own name ("the Milwaukee Journal Sentinel.").
		role := class == "person" && (s.word(k) || s.punct(k, ',') && s.word(k+1) && s.toks[k+1].is(tCap))
		return role || s.word(i-1) && ownerPronouns[s.lower(i-1)]
	}
	if s.toks[k].is(tCap) || s.has(lStop, k) || wn.NounClass(s.lower(k)) == "" {
		return false
	}
	// A word that is a verb too is one before an object or "to": "Oil
	// Search plans to", "Energy Transfer owns the line".
	return wn.VerbClass(s.lower(k)) == "" || !(s.has(lDeterminer, k+1) || s.word(k+1) && s.str(k+1) == "to")
}
