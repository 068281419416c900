package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// English names a people by "the" and its adjective alone ("the Chinese
// have protested", "For the Lebanese, Ghosn is a hero"): a group of the
// state, as the plural demonym ("Haitians") is. The adjective is bare only
// when no noun follows it: punctuation, the sentence's end, or a verb of
// saying or an auxiliary opening the predicate ("the Japanese say", "the
// French have"); "the Chinese embassy" is no people. Only an adjective
// that has no singular noun of its own is a people: "the Italian said" is
// one man, the Italian tennis player a story named (stop 38: it made him a
// group of Italians), "the Japanese said" a people.

// predicateOpeners are the auxiliaries and modals that may follow a
// subject and never a noun's modifier.
var predicateOpeners = map[string]bool{"have": true, "had": true, "are": true, "were": true, "will": true,
	"would": true, "could": true, "can": true, "may": true, "might": true, "must": true, "should": true,
	"did": true, "do": true}

// bareDemonym reads "the" and a state's adjective at [i, end) standing for
// its people.
func (s *sentence) bareDemonym(i, end int, e *entry) (Mention, bool) {
	if e.kind != timeline.Country || s.toks[end-1].is(tPoss) || !s.word(i-1) || s.lower(i-1) != "the" || s.kind == timeline.Heading {
		return Mention{}, false
	}
	if end < len(s.toks) && s.word(end) && !predicateOpeners[s.lower(end)] && !s.has(lSpeech, end) {
		return Mention{}, false
	}
	if end < len(s.toks) && !s.word(end) && !s.punct(end, ',') && !s.punct(end, '.') && !s.punct(end, ';') {
		return Mention{}, false // "the Chinese-made", "the French (…)": not plainly bare
	}
	adj := s.lower(end - 1)
	if !strings.HasSuffix(adj, "ese") && !strings.HasSuffix(adj, "ish") && !strings.HasSuffix(adj, "ch") && !strings.HasSuffix(adj, "ss") {
		return Mention{}, false
	}
	name := e.people
	if name == "" {
		name = s.joined(i, end)
	}
	start, stop := s.toks[i].start, s.toks[end-1].end
	return Mention{Start: start, End: stop, Text: s.text[start:stop], Name: name, Kind: timeline.Group,
		Country: e.id, Ref: slug(name)}, true
}
