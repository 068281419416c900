package actor

import "github.com/storyline/storyline/timeline"

// A club or firm is often named by a word before its city: "Real Madrid",
// "Atlético Madrid", "Inter Milan". The city alone would be the place, or
// a capital's government ("Madrid and Barcelona have not withdrawn"), and
// the word before it a loose word. A word that qualifies the place
// ("Greater London", "Old Delhi", "East Berlin"), a given name ("Jack
// London") or a word the gazetteer knows ("Hong Kong") is left to the
// other rules.

// placeQualifiers are the capitalised words that make part of a place
// with the city after them.
var placeQualifiers = map[string]bool{"greater": true, "inner": true, "outer": true, "upper": true, "lower": true,
	"metro": true, "metropolitan": true, "downtown": true, "midtown": true, "uptown": true, "historic": true,
	"occupied": true, "suburban": true, "rural": true, "urban": true, "little": true, "old": true, "new": true}

// cityClub reads the body named by the capitalised word at i and the
// city of the gazetteer after it, or reports false.
func (s *sentence) cityClub(i int) (Mention, int, bool) {
	if !s.capName(i) || s.toks[i].is(tPoss) || s.toks[i].is(tUpper) ||
		s.word(i-1) && s.toks[i-1].is(tCap) && !s.has(lStop|lDeterminer, i-1) || s.g.isGiven(s.str(i)) || s.gazStart(i) != nil ||
		compass[s.lower(i)] || placeQualifiers[s.lower(i)] || s.has(lOrgHead|lPeopleNoun|lLocPrep, i) ||
		i == 0 && (s.lowerInText(i) || s.clauseOpener(i)) {
		return Mention{}, 0, false
	}
	end, h := s.match(i + 1)
	if h == nil || h.form != formName || h.e.kind != timeline.Place || h.e.region || s.capName(end) && !s.toks[end-1].is(tPoss) {
		return Mention{}, 0, false
	}
	start, stop := s.toks[i].start, s.toks[end-1].end
	return Mention{Start: start, End: stop, Text: s.text[start:stop], Name: s.joined(i, end), Kind: timeline.Organization,
		Modifier: s.toks[end-1].is(tPoss)}, end, true
}
