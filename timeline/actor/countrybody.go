package actor

import (
	"github.com/storyline/storyline/timeline"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// A common noun capitalised right before a state's name makes the name of
// a body: a party ("Reform UK"), a sports body ("Sport England", "Team
// GB"), a campaign ("Fair Flight Europe": before a region of states, two
// nouns, as one is most often the region's own epithet, "Mainland
// Europe"). The state alone is no actor there, and "Reform" no loose word. A
// name the noun opens for a person ("Eddie Jordan") or a place, an
// adjective of a state ("Soviet Russia") or a compass word ("Eastern
// Ukraine") is left to the other rules.

// countryBodyNouns are the WordNet classes of the nouns that open such a
// body's name: not a person's or a place's, which make a person's or a
// region's name.
var countryBodyNouns = map[string]bool{"act": true, "group": true, "communication": true, "cognition": true, "artifact": true}

// countryBody reads the body named by the capitalised common noun at i,
// or two ("Fair Flight Europe"), and the state or the region of states
// after it, or reports false.
func (s *sentence) countryBody(i int) (Mention, int, bool) {
	if !s.countryBodyWord(i) || s.word(i-1) && s.toks[i-1].is(tCap) && !s.has(lStop|lDeterminer, i-1) {
		return Mention{}, 0, false
	}
	n := i + 1
	if s.countryBodyWord(n) && !s.toks[n].is(tPoss) {
		n++
	}
	end, h := s.match(n)
	if h == nil || h.form != formName || !(h.e.kind == timeline.Country || h.e.kind == timeline.Place && countryOf(h.e) == "" && n == i+2) ||
		s.word(end) && s.toks[end].is(tCap) && !s.toks[end-1].is(tPoss) {
		return Mention{}, 0, false
	}
	start, stop := s.toks[i].start, s.toks[end-1].end
	name := s.joined(i, end)
	return Mention{Start: start, End: stop, Text: s.text[start:stop], Name: name, Kind: timeline.Organization,
		Modifier: s.toks[end-1].is(tPoss)}, end, true
}

// countryBodyWord reports whether token i is a capitalised common noun
// that may open such a body's name: no given name, gazetteer name,
// word the text writes in lower case, clause opener or compass word.
func (s *sentence) countryBodyWord(i int) bool {
	return s.capName(i) && !s.toks[i].is(tPoss) && !s.toks[i].is(tUpper) && !s.g.isGiven(s.str(i)) && s.gazStart(i) == nil &&
		!s.lowerInText(i) && !s.clauseOpener(i) && !compass[s.lower(i)] && countryBodyNouns[wn.NounClass(s.lower(i))]
}
