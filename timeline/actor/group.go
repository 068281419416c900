package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// qualifiesTitle reports whether tokens from k are a title followed by a
// name, so that the word before k only qualifies it ("US Defense
// Secretary Lorna Bask", "Kremlin spokesman Vasko", "US Secretary of
// State Ira Dane").
func (s *sentence) qualifiesTitle(k int) bool {
	j := k
	for j < len(s.toks) && (s.has(lTitleMod, j) || s.has(lTitleHead, j) ||
		j > k && s.word(j) && s.str(j) == "of" && s.has(lTitleHead, j-1) && s.has(lTitleMod|lTitleHead, j+1)) { // "Secretary of State"
		j++
	}
	return j > k && (s.has(lTitleHead, j-1) || j-2 > k && s.str(j-2) == "of") && s.word(j) && s.toks[j].is(tCap)
}

// groupAfter makes "<demonym or state or body> officials/forces/leaders" a
// group of that state.
func (s *sentence) groupAfter(i, end int, e *entry) (Mention, int, bool) {
	if s.toks[end-1].is(tPoss) || !s.word(end) {
		return Mention{}, 0, false
	}
	class, n := s.groupNoun(end)
	if class < 0 {
		return Mention{}, 0, false
	}
	country := countryOf(e)
	if country == "" || e.region {
		country = e.id // "Alabama officials" are the state's, not the US's
	}
	gr := s.g.byID[country].groups[class]
	start, stop := s.toks[i].start, s.toks[end+n-1].end
	return Mention{Start: start, End: stop, Text: s.text[start:stop], Name: gr.name, Kind: timeline.Group,
		Country: country, Ref: gr.id}, end + n, true
}

// coordinatedGroup reads the first demonym of "American and Russian
// negotiators" as a group of its own country.
func (s *sentence) coordinatedGroup(i, end int, e *entry) (Mention, bool) {
	if !s.word(end) || (s.str(end) != "and" && s.str(end) != "or") || !s.word(end+1) {
		return Mention{}, false
	}
	j, h := s.match(end + 1)
	if h == nil || h.form != formAdj {
		return Mention{}, false
	}
	g, _, ok := s.groupAfter(end+1, j, h.e)
	if !ok {
		return Mention{}, false
	}
	country := countryOf(e)
	gr := s.g.byID[country].groups[s.groupClassOf(g.Ref)]
	start, stop := s.toks[i].start, s.toks[end-1].end
	return Mention{Start: start, End: stop, Text: s.text[start:stop], Name: gr.name, Kind: timeline.Group,
		Country: country, Ref: gr.id}, true
}

// groupClassOf returns the class index of a group id.
func (s *sentence) groupClassOf(id string) int {
	for i, c := range groupClasses {
		if strings.HasSuffix(id, c) {
			return i
		}
	}
	return 0
}

// groupNoun returns the class index of a group noun at k ("forces", or
// "armed forces" over two tokens), or -1, and how many tokens it spans.
func (s *sentence) groupNoun(k int) (int, int) {
	if s.word(k+1) && s.str(k) == "armed" && s.str(k+1) == "forces" {
		return 1, 2
	}
	switch {
	case s.has(lOfficials, k):
		return 0, 1
	case s.has(lForces, k):
		return 1, 1
	case s.has(lLeaders, k):
		return 2, 1
	}
	return -1, 0
}

// collective reports whether token i is a plural noun for a body of
// people acting on its own ("rescuers", "Police" opening a sentence). Only
// words ending in "s" or "police" are looked up, so that most words cost
// no lookup.
func (s *sentence) collective(i int) bool {
	t := s.toks[i]
	if t.end-t.start < 5 {
		return false
	}
	if c := s.text[t.end-1]; c != 's' && !(c == 'e' && strings.EqualFold(s.str(i), "police")) {
		return false
	}
	return s.has(lCollective, i)
}

// markInRole flags new mentions that lie inside a role phrase.
func (s *sentence) markInRole(ms []Mention) {
	for k := range ms {
		if ms[k].Start >= s.roleFrom && ms[k].Start < s.roleUntil {
			ms[k].Modifier = true
		}
	}
}

// forceKinds are the words that make "forces" a body of armed people
// ("special forces stormed the building", "security forces"), where
// "forces" alone is as often a power ("market forces").
var forceKinds = map[string]bool{"special": true, "security": true, "government": true, "rebel": true, "coalition": true,
	"allied": true, "elite": true, "federal": true, "opposition": true, "pro-government": true,
	"tactical": true, "paramilitary": true}

// groupRun returns the end of a plural noun for a body of people acting
// on its own that starts at token i ("rescuers", "special forces",
// "police officers" as one group), or i.
func (s *sentence) groupRun(i int) int {
	if forceKinds[s.lower(i)] && s.word(i+1) && s.str(i+1) == "forces" && !s.toks[i].is(tPoss) {
		return i + 2
	}
	if !s.collective(i) && !s.namedPeople(i) {
		return i
	}
	if !s.toks[i].is(tPoss) && s.word(i+1) && !s.toks[i+1].is(tCap) && s.collective(i+1) {
		return i + 2 // "police officers", "police negotiators": the police
	}
	return i + 1
}

// groupName names the group at tokens [i, end): the body a compound's
// first word names ("police" of "police officers"), else its words.
func (s *sentence) groupName(i, end int) string {
	if end-i == 2 && s.str(end-1) != "forces" {
		return s.lower(i)
	}
	return strings.ToLower(s.joined(i, end))
}
