package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// placeTeam returns the club or team a place's name opens: the place at
// [i, end) and one or two capitalised words after it that end on a plural
// ("the New York Yankees", "Manchester Rovers"), with no name going on
// after them. Teams are named so the world over, and read as the place
// alone they made the place sign a pitcher. A plural for people ("New
// York Democrats", "London residents") is no team.
func (s *sentence) placeTeam(i, end int) (Mention, int, bool) {
	k := end
	for k < len(s.toks) && k-end < 2 && s.capName(k) && !s.toks[k].is(tUpper) && !s.toks[k-1].is(tPoss) {
		k++
	}
	if k == end || s.capName(k) || s.has(lPeopleNoun|lCollective, k-1) {
		return Mention{}, 0, false
	}
	last := strings.ToLower(s.str(k - 1))
	if !strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ss") || strings.HasSuffix(last, "us") || strings.HasSuffix(last, "is") ||
		s.g.patronymic(s.str(k-1)) {
		return Mention{}, 0, false
	}
	start, stop := s.toks[i].start, s.toks[k-1].end
	w := s.text[start:stop]
	return Mention{Start: start, End: stop, Text: w, Name: w, Kind: timeline.Organization, Ref: slug(w)}, k, true
}

// insideRun reports whether token i goes on a run of capitalised words
// that starts before it: "Diego" of "San Diego Chargers" opens no person's
// name, as a given name opening a run does ("Diego Costa said"). A
// possessive ends the run before it ("Brazil's Diego Costa"), as does a
// past verb ("Hired Tom Fenn as coach").
func (s *sentence) insideRun(i int) bool {
	return s.capName(i-1) && !s.toks[i-1].is(tPoss) && !s.verbBeforeGiven(i-1) && s.toks[i-1].end < s.toks[i].start &&
		strings.TrimSpace(s.text[s.toks[i-1].end:s.toks[i].start]) == ""
}

// patronymic reports whether the capitalised w is a surname made of a
// given name and -s or -es ("Williams", "Roberts", "Jones"): a person's
// name ends in it ("Indiana Jones have won"), as no team's nickname does.
// A given name that is a common noun as well makes a plural a team may
// take ("Bills", "Robins"), so only one WordNet knows as nothing but a
// person, or not at all, counts.
func (g *gazetteer) patronymic(w string) bool {
	for _, suf := range []string{"s", "es"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || !g.isGiven(stem) {
			continue
		}
		if c := wn.NounClass(strings.ToLower(stem)); c == "" || c == "person" {
			return true
		}
	}
	return false
}
