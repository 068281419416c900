package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// Sports copy puts a player's position, in lower case, where other news
// puts a title: "quarterback Milo Ferrante", "Lakers forward Elton Vell",
// "Bills coach Dan Orr". The position makes the name after it a person
// (even one that ends in a word that heads bodies, "Brand", "Guard"), and
// the capitalised name before it is the team the player plays for, no
// person and no part of the player's name.

// maxTeamWords bounds a team's name before a position: "New York Red Bulls".
const maxTeamWords = 4

// position returns the first token of a sports position that ends at
// token k and stands before a name, or -1. The position is written in
// lower case (or opens the sentence); a word that is also a common noun
// ("guard", "forward", "back") is a position only after a team or a word
// of the position ("point guard", "running back").
func (s *sentence) position(k int) int {
	if s.positionAbbrev(k) {
		return k
	}
	if !s.word(k) || (s.toks[k].is(tCap) && k > 0) || !s.capName(k+1) {
		return -1
	}
	w := s.lower(k)
	a := k
	for a-1 >= 0 && s.word(a-1) && !s.toks[a-1].is(tCap) && s.g.lex["position-mod"][s.lower(a-1)] {
		a--
	}
	switch {
	case s.g.lex["position"][w]:
		return a
	case s.g.lex["position-shared"][w] && (a < k || s.teamBefore(k) >= 0):
		return a
	}
	return -1
}

// positionAbbrev reports whether token k is a position abbreviated in
// capitals before a player's name, as box scores and transaction lists
// write it: "QB Milo Ferrante", "AAA SS Brandon Vell". "SS" is a
// steamship's prefix too ("the SS Arcadia"): a position only after a
// team's or a league level's capitalised name, where no ship's article
// stands.
func (s *sentence) positionAbbrev(k int) bool {
	if !s.word(k) || !s.toks[k].is(tUpper) || !s.g.lex["position-abbrev"][s.lower(k)] ||
		!s.word(k+1) || !s.toks[k+1].is(tCap) || s.toks[k+1].is(tUpper) {
		return false
	}
	return !s.g.lex["vessel-prefix"][s.lower(k)] || s.word(k-1) && s.toks[k-1].is(tCap)
}

// teamBefore returns the first token of the capitalised name that ends
// right before token k, no possessive and at most maxTeamWords long, or
// -1: the team of "Lakers forward", "Boston Red Sox shortstop".
func (s *sentence) teamBefore(k int) int {
	a := k
	for a-1 >= 0 && k-a < maxTeamWords && s.capName(a-1) && !s.toks[a-1].is(tPoss) {
		a--
	}
	for j := a - 1; a < k && j >= max(0, a-3); j-- {
		if end, h := s.match(j); h != nil && end > a && end <= k {
			a = j // a place the gazetteer knows opens it: "New York Red Bulls"
		}
	}
	if a == k {
		return -1
	}
	return a
}

// positionTitle reads a sports position ending at token k as the title of
// the name after it, with the team before it: "Lakers forward" for "Lakers
// forward Elton Vell". from is the position's first token.
func (s *sentence) positionTitle(k int) (role string, from int, ok bool) {
	a := s.position(k)
	if a < 0 || !s.capName(k+2) {
		// A position names a player of two names at least: "Police end
		// Tarvik bank siege" is no end's.
		return "", 0, false
	}
	role = s.joined(a, k+1)
	if t := s.teamBefore(a); t >= 0 {
		role = s.joined(t, a) + " " + role
	}
	return role, a, true
}

// team makes the capitalised run at token i an organisation, the team,
// when a sports position and a player's name follow it ("Lakers forward
// Elton Vell"). It only qualifies the player, so it is a Modifier.
func (s *sentence) team(i int) (Mention, int, bool) { return s.teamFrom(i, i) }

// teamFrom is team for a run whose tokens [i, e) are known to be a name
// already, as a place of the gazetteer's is ("New York", whose "New" is
// no name of its own).
func (s *sentence) teamFrom(i, e int) (Mention, int, bool) {
	for e < len(s.toks) && e-i < maxTeamWords && s.capName(e) && !s.toks[e].is(tPoss) {
		e++
	}
	if e == i || s.word(i-1) && s.str(i-1) == "of" && s.capName(i-2) || s.g.lex["position-mod"][s.lower(e-1)] ||
		e == i+1 && grade(s.str(i)) {
		// "Hall of Fame coach" ends a longer name ("status of San Diego
		// Chargers receiver" does not); "Wide receiver Jackson" opens
		// with the position's own word; "AAA SS Brandon Vell" names the
		// league's level, no team.
		return Mention{}, 0, false
	}
	// The position's last word: the first word after the run that is no
	// word of the position.
	p := e
	for p < len(s.toks) && s.word(p) && !s.toks[p].is(tCap) && s.g.lex["position-mod"][s.lower(p)] {
		p++
	}
	if s.position(p) != e {
		return Mention{}, 0, false
	}
	start, stop := s.toks[i].start, s.toks[e-1].end
	return Mention{Start: start, End: stop, Text: s.text[start:stop], Name: s.joined(i, e),
		Kind: timeline.Organization, Modifier: true}, e, true
}

// teamNicknames gives a team's mentions by its nickname alone ("Lakers
// forward Elton Vell", "the Chargers") the full name the document writes
// for it ("Los Angeles Lakers", "San Diego Chargers"): its last one or
// two words, a plural that is no word of organisation names ("Holdings",
// "Partners"). The nickname is the team's, as the first word of a
// company is the company's.
func (f *Finder) teamNicknames(ms []Mention) {
	for i := range ms {
		full := ms[i]
		if full.Kind != timeline.Organization {
			continue
		}
		words := strings.Fields(full.Name)
		for n := 1; n <= 2 && n < len(words); n++ {
			nick := strings.Join(words[len(words)-n:], " ")
			if !teamPlural(words[len(words)-1]) || f.g.lexOf(words[len(words)-1])&lOrgHead != 0 {
				continue
			}
			for j := range ms {
				if m := &ms[j]; m.Kind == timeline.Organization && m.Ref == "" && m.Name == nick {
					m.Name, m.Ref = full.Name, full.Ref
				}
			}
		}
	}
}

// teamPlural reports whether w, capitalised, is a plural as teams'
// nicknames are ("Lakers", "Bills"): not "Congress" or "Texas".
func teamPlural(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// grade reports whether w is a grade written as a repeated capital: the
// level of a minor league ("AAA", "AA"), as of a credit rating.
func grade(w string) bool {
	return len(w) >= 2 && len(w) <= 3 && w[0] >= 'A' && w[0] <= 'Z' && strings.Count(w, w[:1]) == len(w)
}
