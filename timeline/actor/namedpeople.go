package actor

import (
	"strings"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// A name before a plural noun for people names a group of that body's
// people, not the body: "Boeing machinists voted to strike" is the
// machinists' vote, as "Tesla shareholders approved" is the shareholders'.
// The closed list of collective nouns cannot foresee every trade
// ("machinists", "stevedores", "pharmacists"), so after a name any plural
// whose commonest WordNet sense is a person will do, save the nouns for
// people that gather no acting body.

// notBody are plural nouns for people that name no body acting on its
// own even after a name ("Apple friends", "Gaza children" are people,
// not a party to what happens).
var notBody = map[string]bool{"people": true, "persons": true, "individuals": true, "humans": true,
	"men": true, "women": true, "children": true, "kids": true, "boys": true, "girls": true,
	"babies": true, "adults": true, "others": true, "friends": true, "ones": true, "folks": true,
	"guys": true, "users": true}

// namedPeople reports whether token i is a lower-case plural noun for
// people right after a capitalised word ("Boeing machinists", "Union
// machinists" opening a sentence, "Boeing's machinists").
func (s *sentence) namedPeople(i int) bool {
	t := s.toks[i]
	if t.is(tCap) || t.end-t.start < 5 || s.text[t.end-1] != 's' || !s.word(i-1) || !s.toks[i-1].is(tCap) {
		return false
	}
	if s.has(lStop|lDeterminer|lOfficials|lForces|lLeaders, i-1) || s.has(lOfficials|lForces|lLeaders, i) {
		return false
	}
	w := s.lower(i)
	if notBody[w] {
		return false
	}
	return personPlural(w)
}

// personPlural reports whether w is a plural whose singular's commonest
// sense is a person ("machinists", "deputies", "nurses").
func personPlural(w string) bool {
	for _, cut := range [...]struct{ suffix, with string }{{"ies", "y"}, {"es", ""}, {"s", ""}} {
		if stem, ok := strings.CutSuffix(w, cut.suffix); ok && wn.NounClass(stem+cut.with) == "person" {
			return true
		}
	}
	return false
}
