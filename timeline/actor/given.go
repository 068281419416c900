package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"

	wn "github.com/storyline/storyline/timeline/lexicon"

	"github.com/storyline/storyline/timeline"
)

// Two people of one surname ("Lena Ashford" and her brother "Odo Ashford")
// are two people: a surname written with a given name of its own is never
// taken for another person's, in the document or across the corpus.

// givenBefore reports whether the loose word k directly follows a loose
// capitalised word of the same sentence that may be a given name ("Odo"
// before "Ashford") and that the document links to no one (ms are the
// mentions so far), and returns the start of that word.
func (f *Finder) givenBefore(text string, ms []Mention, loose []looseToken, k int) (int, bool) {
	if k == 0 {
		return 0, false
	}
	prev, lt := loose[k-1], loose[k]
	if n := len(ms); n > 0 && ms[n-1].End == prev.end && !ms[n-1].Tentative {
		return 0, false // the word before names someone already: "Halvard" of "Halvard Construction"
	}
	if prev.end+1 != lt.start || text[prev.end] != ' ' || prev.kind != lt.kind ||
		lt.lex&(lPeopleNoun|lOrgHead|lNamedOrg|lSpeech) != 0 {
		return 0, false
	}
	// A word that opens a sentence is a given name only if the list knows
	// it, or the document never writes it in lower case and it has no
	// ending of a participle or an adverb ("Odo Ashford spoke", not
	// "Yesterday Ashford", "Having Ashford", "Clearly Ashford").
	w := text[prev.start:prev.end]
	if f.g.isGiven(w) {
		return prev.start, true
	}
	if modelBefore(text, prev.start, w) {
		return 0, false // "the silver Ford Fusion Voss was driving": a model's name, not a given name
	}
	if !prev.first {
		return prev.start, true
	}
	return prev.start, !lowerIn(text, w) && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ly")
}

// ownGiven returns the mention of a surname the document links to a full
// name ("Lena Ashford") when a different given name stands right before
// it ("Odo Ashford"): the given name's own person. ok is false when the
// given names agree or there is none.
func (f *Finder) ownGiven(text string, ms []Mention, loose []looseToken, k int, full string) (Mention, bool) {
	start, ok := f.givenBefore(text, ms, loose, k)
	if !ok || !strings.Contains(full, " ") {
		return Mention{}, false
	}
	name := text[start:loose[k].end]
	if !otherGiven(full, name) {
		return Mention{}, false
	}
	return Mention{Start: start, End: loose[k].end, Text: name, Name: name, Kind: timeline.Person}, true
}

// dropLoose removes the tentative mention of the loose word at [start,
// end) if it is the last one appended: its span joins the next word's.
func dropLoose(ms []Mention, start, end int) []Mention {
	if n := len(ms); n > 0 && ms[n-1].Tentative && ms[n-1].Start == start && ms[n-1].End == end {
		return ms[:n-1]
	}
	return ms
}

// confirmedName is the name a tentative mention takes from what the
// corpus names by its surname (c): the corpus's fuller name, unless the
// mention writes a given name of its own ("Odo Ashford" where the corpus
// knows "Lena Ashford"), which is then its own person. ok is false when a
// written given name meets no person of that surname.
func confirmedName(text string, c confirmed) (name string, ok bool) {
	if !strings.Contains(text, " ") {
		return c.name, true
	}
	if c.kind != timeline.Person {
		return "", false
	}
	if !otherGiven(c.name, text) {
		return c.name, true
	}
	return text, true
}

// otherGiven reports whether two names of one surname give two full given
// names that cannot be one ("Lena Ashford", "Odo Ashford"). A short given
// name of the same initial may be a familiar form ("Mo" of "Maurice", "Sam"
// of "Samuel"), so it does not tell two people apart.
func otherGiven(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	if len(fa) < 2 || len(fb) < 2 {
		return false
	}
	x, y := strings.ToLower(fa[0]), strings.ToLower(fb[0])
	if sameGiven(x, y) || strings.HasPrefix(x, y) || strings.HasPrefix(y, x) {
		return false
	}
	short := min(len(strings.TrimSuffix(x, ".")), len(strings.TrimSuffix(y, "."))) < 4
	return !(short && x[0] == y[0])
}

// GivenGender returns the gender a person's given name usually has, 'f'
// or 'm', from the first word of name ("Clara Weiss"), or 0 when the name
// is not listed or is given to either.
func GivenGender(name string) byte {
	first, _, _ := strings.Cut(name, " ")
	return loadDefault().gender[foldName(first)]
}

// modelBefore reports whether the word w at start, which no list knows as
// a given name, is a common noun right after another capitalised word: a
// make and its model ("Ford Fusion", "Apple Watch") before a surname, no
// person's given name.
func modelBefore(text string, start int, w string) bool {
	if wn.NounClass(strings.ToLower(w)) == "" || start < 2 || text[start-1] != ' ' {
		return false
	}
	j := strings.LastIndexAny(text[:start-1], " \t\n") + 1
	r, _ := utf8.DecodeRuneInString(text[j : start-1])
	return j < start-1 && unicode.IsUpper(r)
}

// givenTitle reports whether token k, a title that is also a common given
// name ("Dean"), opens a person's name: "former striker Dean Casey", with
// a name after it that is no title and no "of" ("Dean of Admissions").
func (s *sentence) givenTitle(k int) bool {
	return s.g.isGiven(s.str(k)) && s.word(k+1) && s.toks[k+1].is(tCap) && !s.toks[k].is(tPoss) &&
		!s.has(lTitleHead|lTitleMod|lStop, k+1) && !s.g.honorific[s.str(k+1)]
}

// givenMonths are the names of months that are also given names.
var givenMonths = map[string]bool{"jan": true, "april": true, "may": true, "june": true, "august": true}

// monthSurname reports whether token k, a month's name that is also a
// surname, ends a person's name: "Theresa May", a given name before it and
// no day's number after it ("Theresa May 12" is no name).
func (s *sentence) monthSurname(k int) bool {
	if !givenMonths[s.lower(k)] || k == 0 || !s.word(k-1) || !s.toks[k-1].is(tCap) || !s.g.isGiven(s.str(k-1)) {
		return false
	}
	return k+1 >= len(s.toks) || !s.word(k+1) || s.str(k+1) == "" || s.str(k + 1)[0] < '0' || s.str(k + 1)[0] > '9'
}

// stopSurname reports whether token k, a common word the stop list holds
// ("Deal", "Peace", "Little"), is the surname that ends a person's name:
// capitalised inside a sentence after a title or honorific and a listed
// given name, with no capitalised word after it ("Gov. Nathan Deal said";
// "Senator Mark Peace"). A day, a month or a season there is a time.
func (s *sentence) stopSurname(k int) bool {
	if k < 2 || !s.word(k-1) || !s.toks[k].is(tCap) || s.toks[k].is(tUpper) || !s.g.isGiven(s.str(k-1)) ||
		weekdays[s.lower(k)] || calendarWords[s.lower(k)] || s.has(lDeterminer|lTitleHead|lTitleMod, k) || s.g.honorific[s.str(k)] ||
		len(s.str(k)) < 3 || s.word(k+1) && s.toks[k+1].is(tCap) {
		return false
	}
	j := k - 2
	if s.punct(j, '.') {
		j-- // "Gov. Nathan Deal"
	}
	return s.word(j) && (s.g.honorific[s.str(j)] || s.has(lTitleHead, j))
}

// givenMonth reports whether token k, a month's name that is also a given
// name, opens a person's name: "Jan Horvat", "May Chen", with another name
// after it and no word of time before it ("In May Parliament passed").
func (s *sentence) givenMonth(k int) bool {
	if !givenMonths[s.lower(k)] || !s.capName(k+1) || s.has(lOrgHead|lNamedOrg, k+1) {
		return false
	}
	if s.word(k - 1) {
		switch s.lower(k - 1) {
		case "in", "since", "until", "till", "by", "during", "from", "through", "throughout", "before", "after",
			"last", "next", "early", "late", "mid", "this", "of", "on", "for", "to":
			return false
		}
	}
	if end, h := s.match(k + 1); h != nil && end > k+1 {
		return false // a name the gazetteer knows: "in May Russia", "June Kyiv"
	}
	return true
}
