package actor

import (
	"github.com/storyline/storyline/timeline"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// chiefField returns how many capitalised words ending at token k name
// the field of a title that "Chief" opens before them ("Chief Technology
// Officer", "Chief Data Scientist", "Chief Information Security
// Officer"), at most three, else 0: the office is the whole title, not
// its last word.
func (s *sentence) chiefField(k int) int {
	for n := 1; n <= 3 && k-n+1 >= 0; n++ {
		j := k - n + 1
		if !s.word(j) || !s.toks[j].is(tCap) || s.has(lTitleHead, j) || s.g.isGiven(s.str(j)) {
			return 0
		}
		if s.word(j-1) && s.str(j-1) == "Chief" {
			return n
		}
	}
	return 0
}

// titledName reports whether tokens [j, b) are a title and the name of
// its holder, a given name opening the name: "former Secretary of the
// Treasury Lars Sommer", not "the envoy of President Lars Sommer", whose
// title is the name's and not the phrase's.
func (s *sentence) titledName(j, b int) bool {
	for k := j + 1; k < b; k++ {
		if !s.g.isGiven(s.str(k)) {
			continue
		}
		for n := k + 1; n < b; n++ {
			if !s.toks[n].is(tCap) {
				return false
			}
		}
		head := false
		for n := j; n < k; n++ {
			switch w := s.str(n); {
			case s.has(lTitleHead, n) && s.toks[n].is(tCap):
				head = true // "Secretary": a title written before a name, not "the envoy of"
			case w == "former" || w == "of" || w == "the" || s.toks[n].is(tCap):
			default:
				return false
			}
		}
		return head && k+1 < b
	}
	return false
}

// listedAfterPerson reports whether the name at [i, end) is the next of a
// list of people: a comma after a person found just before it, and a
// comma, "and" or "or" after it ("Hal Brody, Tasha Vell, and Ivo Dane").
// An apposition names no one ("Hal Brody, Vell Capital's founder").
func (s *sentence) listedAfterPerson(out []Mention, i, end int) bool {
	if len(out) == 0 || i < 2 || !s.punct(i-1, ',') {
		return false
	}
	last := out[len(out)-1]
	if last.Kind != timeline.Person || last.Modifier || last.End != s.toks[i-2].end {
		return false
	}
	return s.punct(end, ',') && !s.toks[end-1].is(tPoss) || s.word(end) && (s.str(end) == "and" || s.str(end) == "or")
}

// titleField reports whether token k is the field of a title written with
// "of" ("Chief of Police", "Chief of Staff", "Head of Security"): a
// capitalised common noun after "of" and a title's head, or after "and"
// and such a field ("Secretary of Communications and Transportation").
func (s *sentence) titleField(k int) bool {
	if k < 2 || !s.word(k) || !s.toks[k].is(tCap) || s.toks[k].is(tUpper) || !s.word(k-1) || wn.NounClass(s.lower(k)) == "" || s.g.isGiven(s.str(k)) {
		return false
	}
	switch s.str(k - 1) {
	case "of":
		return s.has(lTitleHead, k-2) && !placeOffices[s.lower(k-2)] // "mayor of Harlow Springs": a place
	case "and":
		return s.titleField(k - 2)
	}
	return false
}

func (s *sentence) hasOf(a, k int) bool {
	for j := a; j <= k; j++ {
		if s.str(j) == "of" {
			return true
		}
	}
	return false
}

// ofBefore reports whether "of" stands among tokens [a, p): a possessive
// after it is inside the role's complement ("chairman of parliament's
// finance committee"), not the owner of the whole role.
func (s *sentence) ofBefore(a, p int) bool {
	for k := a; k < p; k++ {
		if s.word(k) && s.str(k) == "of" {
			return true
		}
	}
	return false
}
