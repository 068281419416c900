package actor

import (
	"strings"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// fieldsJoined reports whether "and" at token k, after a body's word
// ("Securities"), joins a second field of the same body's name rather
// than a second body: the words after it open with a body's word or a
// plural common noun, no name, and run on, capitalised, to a body's word
// ("U.S. Securities and Exchange Commission", "European Securities and
// Markets Authority"). A body named by a name of its own ("Orvia
// Airlines and Kelby Airlines") or by one word ("Army and Navy") is
// another body.
func (s *sentence) fieldsJoined(k int) bool {
	if !s.word(k) || s.str(k) != "and" || !s.word(k+1) || !s.toks[k+1].is(tCap) || s.toks[k+1].is(tUpper) || s.toks[k+1].is(tPoss) {
		return false
	}
	if !(s.has(lOrgHead, k+1) && wn.NounClass(s.lower(k+1)) != "") && !s.pluralNoun(k+1) {
		return false // "United" opens a club's or an airline's own name
	}
	j := k + 2
	for s.word(j) && s.toks[j].is(tCap) && !s.toks[j].is(tUpper) {
		if s.has(lOrgHead, j) {
			return s.lower(j) != s.lower(k-1) // "Alaska Airlines and United Airlines": two of a kind
		}
		if s.toks[j].is(tPoss) {
			return false
		}
		j++
	}
	return false
}

// pluralNoun reports whether token k is the plural of a common noun
// WordNet knows and no given name: "Markets", "Ports".
func (s *sentence) pluralNoun(k int) bool {
	low := s.lower(k)
	stem, ok := strings.CutSuffix(low, "s")
	return ok && len(stem) > 2 && !s.g.isGiven(s.str(k)) && wn.NounClass(stem) != ""
}
