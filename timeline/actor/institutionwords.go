package actor

import (
	"strings"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// membersAt reports whether token k is a plural word for the officials
// a body is made of: "the cabinet of ministers", "the board of
// directors" are the cabinet and the board, whose "of" names no field
// ("ministers cabinet" is no one's name), so that "the cabinet" said
// before is the same body.
func (s *sentence) membersAt(k int) bool {
	w := s.lower(k)
	sing, plural := strings.CutSuffix(w, "s")
	return plural && (s.has(lOfficials, k) || s.g.lexOf(sing)&lTitleHead != 0)
}

// adjectiveLike reports whether w may be an adjective before a body's
// noun: one of the adjectives WordNet also lists as nouns, or a word with
// an adjective's ending and no noun sense ("parliamentary",
// "independent").
func adjectiveLike(w string) bool {
	if notModifiers[w] {
		return true
	}
	for _, suf := range []string{"ary", "al", "ent", "ant", "ic", "ive", "ous", "ian", "ed"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return wn.NounClass(w) == ""
		}
	}
	return false
}

// modifierNoun reports whether token k is a lower-case noun that can name
// a body's field ("construction", "appeals", "inquiry").
func (s *sentence) modifierNoun(k int) bool {
	if !s.word(k) || s.toks[k].is(tCap) || s.toks[k].is(tDigit) || s.toks[k].is(tPoss) || s.has(lStop|lDeterminer, k) {
		return false
	}
	w := s.lower(k)
	if notModifiers[w] {
		return false
	}
	if wn.NounClass(w) != "" || fieldAdjectives[w] {
		return true
	}
	sing, ok := strings.CutSuffix(w, "s")
	return ok && wn.NounClass(sing) != ""
}

// peopleAfter reports whether token k is a plural word for people that a
// body's noun before it qualifies: "opposition deputies".
func (s *sentence) peopleAfter(k int) bool {
	return !s.toks[k].is(tCap) && s.text[s.toks[k].end-1] == 's' && s.has(lPeopleNoun|lOfficials|lForces|lCollective, k)
}

// qualifiesNoun reports whether the word at k is a noun the body's name
// before it qualifies ("the government spokesman", "a cabinet session"),
// so that the body takes no part itself. A verb ("the court ruled") is
// no noun, nor is an inflected form WordNet does not list.
func (s *sentence) qualifiesNoun(k int) bool {
	if !s.word(k) || s.toks[k].is(tCap) {
		return false
	}
	if s.has(lTitleHead|lPeopleNoun|lOfficials|lOrgHead, k) {
		return true
	}
	if s.has(lStop, k) {
		return false
	}
	w := s.lower(k)
	return wn.NounClass(w) != "" && wn.VerbClass(w) == ""
}
