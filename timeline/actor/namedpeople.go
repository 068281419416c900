package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
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

// definiteGroup reads "the" and a plural noun for people that the
// document named as a group before ("Boeing machinists voted to strike.
// The machinists rejected the offer"), or in the name of a body before
// ("members of the International Association of Machinists … The
// machinists rejected the contract"): the group again. Without the
// earlier group such a noun stays no one, as many a "the nurses" is no
// party to what happens.
func (s *sentence) definiteGroup(out []Mention, i int) ([]Mention, int, bool) {
	k := i + 1
	if !s.word(k) || s.toks[k].is(tCap) || s.toks[k].end-s.toks[k].start < 5 || s.text[s.toks[k].end-1] != 's' {
		return out, i, false
	}
	w := s.lower(k)
	if notBody[w] || !personPlural(w) {
		return out, i, false
	}
	for j := len(out) - 1; j >= 0; j-- {
		if out[j].Kind == timeline.Group && out[j].Name == w || out[j].Kind == timeline.Organization && nameHasWord(out[j].Name, w) {
			t := s.toks[k]
			out = append(out, Mention{Start: t.start, End: t.end, Text: s.text[t.start:t.end], Name: w,
				Kind: timeline.Group, Modifier: t.is(tPoss)})
			return out, k + 1, true
		}
	}
	return out, i, false
}

// nameHasWord reports whether a name holds lower-case word w written
// with a capital: "International Association of Machinists" holds
// "machinists".
func nameHasWord(name, w string) bool {
	for f := range strings.FieldsSeq(name) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}
