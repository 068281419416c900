package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// legislators are the plural nouns for the members of a legislature that
// a party's name qualifies: "Conservative MPs", "Tory lawmakers",
// "Republican senators".
var legislators = map[string]bool{"mps": true, "lawmakers": true, "legislators": true, "senators": true,
	"deputies": true, "councillors": true, "councilors": true, "backbenchers": true, "peers": true,
	"congressmen": true, "assemblymen": true}

// partyMembers reads a party's legislators: up to three capitalised words
// that are no state the gazetteer knows, no title and no body's word,
// before a noun of legislators ("Conservative MPs", "Liberal Democrat
// MPs", "Labour lawmakers"), as one group named so. A word that opens
// titles too ("Labour" of "Labour Minister") counts only inside a
// sentence, where only a name is capitalised ("Senior MPs" opening one is
// no party's). "MPs" alone is the group of them.
func (s *sentence) partyMembers(i int) (Mention, int, bool) {
	if s.lower(i) == "mps" {
		// "MPs" alone, capitalised as the abbreviation is: the group,
		// no surname.
		t := s.toks[i]
		return Mention{Start: t.start, End: t.end, Text: s.str(i), Name: "MPs", Kind: timeline.Group, Modifier: t.is(tPoss)}, i + 1, true
	}
	if _, h := s.match(i); h != nil || !s.partyWord(i) || s.toks[i].is(tPoss) {
		return Mention{}, 0, false
	}
	j := i + 1
	for j < i+3 && s.partyWord(j) && !legislators[s.lower(j)] && !s.toks[j-1].is(tPoss) {
		j++
	}
	if !s.word(j) || s.toks[j-1].is(tPoss) || !legislators[s.lower(j)] {
		return Mention{}, 0, false
	}
	start, stop := s.toks[i].start, s.toks[j].end
	name := s.joined(i, j) + " " + s.str(j)
	if !s.toks[j].is(tCap) || s.lower(j) != "mps" {
		name = s.joined(i, j) + " " + strings.ToLower(s.str(j))
	}
	return Mention{Start: start, End: stop, Text: s.text[start:stop], Name: name, Kind: timeline.Group,
		Modifier: s.toks[j].is(tPoss)}, j + 1, true
}

// partyWord reports whether token k may be a word of a party's name.
func (s *sentence) partyWord(k int) bool { return s.partyWordOf(k, false) }

// partyWordOf is partyWord, taking a given name too when given is set:
// before "Democrats" no given name opens a person's name ("Christian
// Democrats").
func (s *sentence) partyWordOf(k int, given bool) bool {
	if !s.word(k) || !s.toks[k].is(tCap) || s.has(lStop|lTitleHead|lOrgHead|lDeterminer|lPeopleNoun, k) || !given && s.g.isGiven(s.str(k)) {
		return false
	}
	// "Labour MPs" opening a sentence: a word filed as a group's noun (a
	// party, a movement) names one, as "Senior MPs" do not.
	return !s.has(lTitleMod, k) || k > 0 && s.word(k-1) || k == 0 && wn.NounClass(s.lower(k)) == "group"
}

// pluralParty reads a party named in the plural, a capitalised word that
// is no place or body's word before "Democrats" ("the Liberal
// Democrats", "Social Democrats", "Christian Democrats", though
// "Christian" is a given name too): one organisation, where "House
// Democrats" or "Texas Democrats" are members. Opening a sentence the
// word must be a noun for people or a group ("Liberal"), not "Many".
func (s *sentence) pluralParty(i int) (Mention, int, bool) {
	if s.str(i) == "Greens" && s.word(i-1) && s.lower(i-1) == "the" && !(s.word(i+1) && s.toks[i+1].is(tCap)) {
		// "the Free Democrats and the Greens said": the party of the
		// greens, as a colour's plural is nothing else capitalised
		// after "the" with no name after it.
		t := s.toks[i]
		return Mention{Start: t.start, End: t.end, Text: s.str(i), Name: "Greens", Kind: timeline.Organization}, i + 1, true
	}
	j := i + 1
	if !s.word(j) || !strings.HasPrefix(s.str(j), "Democrats") || !s.partyWordOf(i, true) || s.toks[i].is(tPoss) ||
		s.has(lInstitution|lTitleMod, i) {
		return Mention{}, 0, false
	}
	if _, h := s.match(i); h != nil {
		return Mention{}, 0, false
	}
	if c := wn.NounClass(s.lower(i)); i == 0 && c != "person" && c != "group" {
		return Mention{}, 0, false
	}
	start, stop := s.toks[i].start, s.toks[j].end
	return Mention{Start: start, End: stop, Text: s.text[start:stop], Name: s.str(i) + " Democrats", Kind: timeline.Organization,
		Modifier: s.toks[j].is(tPoss)}, j + 1, true
}
