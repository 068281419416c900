package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// A state's body named by its common noun takes the state written before
// it: "the French foreign ministry", "Norway's justice department", "the
// Colombian defence ministry". The adjective or possessive is no
// determiner, so without this the noun named no body at all; with it the
// body is the state's, one actor with the same body written in capitals
// ("French Foreign Ministry") and none with another state's ministry of
// the same field. Only the ministries and departments of a state are so
// named: "the Chinese company" is a description of a company the text
// names, no body of China's.

// stateBodyHeads are the nouns of the bodies a state keeps one of for a
// field. A regulator, watchdog, agency or authority so written is as
// often a description of the body the text names beside it ("Germany's
// financial regulator BaFin", "Britain's data protection watchdog"), which
// as a body of its own took mentions from the named one (stop 38).
var stateBodyHeads = map[string]bool{"ministry": true, "department": true}

// fieldAdjectives are the adjectives that name a body's field as a noun
// would: "the foreign ministry" is the ministry of foreign affairs.
var fieldAdjectives = map[string]bool{"foreign": true}

// stateOwner returns the state written at token d, right before the
// words of a state body's name that start at lo and end at its noun at i
// ("French" of "the French foreign ministry", "Norway's" of "Norway's
// foreign ministry", "Haitian" of "the Haitian senate", a state's sole
// body whose possessive the caller reads), or "".
func (s *sentence) stateOwner(d, lo, i int) string {
	head := s.lower(i)
	if !(stateBodyHeads[head] || soleBodies[head] && !s.has(lForces, i)) || !s.word(d) || !s.toks[d].is(tCap) || s.toks[d].is(tPoss) && soleBodies[head] {
		return ""
	}
	return s.stateBefore(lo)
}

// stateWord is the state's word as the body's name opens with it: the
// adjective as written ("French", "US"), or for a possessive the state's
// adjective ("Norwegian" of "Norway's").
func (s *sentence) stateWord(d int, state string) string {
	if !s.toks[d].is(tPoss) {
		return s.str(d)
	}
	if e := s.g.byID[state]; e != nil && len(e.adj) > 0 {
		return e.adj[0]
	}
	return s.str(d)
}

// fieldBodyHeads are the nouns of the bodies a state keeps one of for a
// field it names in capitals: "Canada's Olympic committee", "the
// Italian Football federation".
var fieldBodyHeads = map[string]bool{"committee": true, "federation": true, "association": true}

// stateFieldBody reads a state's body of a field named in capitals before
// its common noun, the state's possessive or adjective before them:
// "Canada's Olympic committee" is the Canadian Olympic Committee, one
// actor with the body written so in capitals.
func (s *sentence) stateFieldBody(i int) (Mention, int, bool) {
	k := i
	for k < len(s.toks) && k-i < 2 && s.word(k) && s.toks[k].is(tCap) {
		k++
	}
	if k == i || !s.word(k) || s.toks[k].is(tCap) || !fieldBodyHeads[s.str(k)] {
		return Mention{}, 0, false
	}
	state := s.stateBefore(i)
	e := s.g.byID[state]
	if state == "" || e == nil || len(e.adj) == 0 || !s.word(i-1) {
		return Mention{}, 0, false
	}
	head := s.str(k)
	start, end := s.toks[i].start, s.toks[k].end
	return Mention{Start: start, End: end, Text: s.text[start:end], Name: e.adj[0] + " " + s.joined(i, k) + " " + strings.ToUpper(head[:1]) + head[1:],
		Kind: timeline.Organization, Country: state, Modifier: s.toks[k].is(tPoss)}, k + 1, true
}

// statePossessive reports whether token k is a state's possessive
// ("Chile's"), which opens no name with the capitalised noun after it:
// "Chile's Congress" is Chile's congress, no body named "Congress".
func (s *sentence) statePossessive(k int) bool {
	return s.word(k) && s.toks[k].is(tPoss) && s.stateBefore(k+1) != ""
}
