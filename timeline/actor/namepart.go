package actor

import "strings"

// Words that belong to a name though they look like something else.

// namePossessive reports whether the possessive at k is a plural one
// inside a body's name ("Retailers' Federation", "Rail Workers' Union"),
// which owns no role. Two such joined by "and" are one name's
// ("Farmers' and Citizens' Union"), as a body is named for both.
func (s *sentence) namePossessive(k int) bool {
	t := s.toks[k]
	if s.word(k+1) && s.str(k+1) == "and" && s.word(k+2) && s.toks[k+2].is(tPoss) && s.toks[k+2].is(tCap) {
		return t.is(tCap) && s.namePossessive(k+2) && (irregularPlurals[strings.ToLower(s.str(k))] || s.pluralPossessive(k))
	}
	if !t.is(tCap) || !s.word(k+1) || !s.toks[k+1].is(tCap) {
		return false
	}
	if irregularPlurals[strings.ToLower(s.str(k))] {
		return true // "People's Liberation Army", "Women's Institute": a plural without its "s"
	}
	return s.pluralPossessive(k)
}

// pluralPossessive reports whether the word at k is a plural ending in
// "s" written with a bare apostrophe: "Farmers'", not "Farmer's".
func (s *sentence) pluralPossessive(k int) bool {
	t := s.toks[k]
	if s.text[t.end-1] != 's' {
		return false
	}
	n := apostropheAt(s.text, t.end, len(s.text))
	return n > 0 && (t.end+n >= len(s.text) || s.text[t.end+n] != 's')
}

// irregularPlurals are the plural nouns for people that take "'s" in the
// possessive, as bodies' names write them: "People's Party", "Children's
// Hospital".
var irregularPlurals = map[string]bool{"people": true, "children": true, "women": true, "men": true}

// capitalCommon reports whether token k is a common word the stop list
// holds ("People", "New", "Peace") capitalised inside a sentence after a
// lower-case word, "the" or a possessive: there only a name capitalises it, so it
// may open a body's name ("the ruling People Power Party", "Canada's New
// Democratic Party"). A word that opens the sentence is capitalised
// anyway ("Several Democratic Party members"), and an article is a
// title's ("reported by The Washington Post").
func (s *sentence) capitalCommon(k int) bool {
	if k == 0 || !s.word(k) || !s.word(k-1) || !s.toks[k].is(tCap) || s.toks[k].is(tUpper) || !s.has(lStop, k) ||
		s.has(lTitleHead|lTitleMod, k) || s.g.honorific[s.str(k)] || weekdays[s.lower(k)] || calendarWords[s.lower(k)] || s.has(lDeterminer, k) {
		return false
	}
	return !s.toks[k-1].is(tCap) || s.toks[k-1].is(tPoss) || s.lower(k-1) == "the"
}

// calendarWords are the stop list's months and seasons, capitalised for
// themselves before a body ("in May Parliament voted").
var calendarWords = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true, "jan": true, "feb": true,
	"mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"christmas": true, "easter": true, "spring": true, "summer": true, "autumn": true, "fall": true, "winter": true,
	"today": true, "tonight": true, "tomorrow": true, "yesterday": true}

// capsIn reports whether a word of [a, b) is capitalised.
func (s *sentence) capsIn(a, b int) bool {
	for k := a; k < b; k++ {
		if s.toks[k].is(tCap) {
			return true
		}
	}
	return false
}

// singleSpaced reports whether tokens [a, b) are words written with one
// space between each, so that their text is already a clean name.
func (s *sentence) singleSpaced(a, b int) bool {
	for k := a; k < b; k++ {
		t := s.toks[k]
		if t.flags&tWord == 0 || t.flags&tPoss != 0 && k < b-1 {
			return false
		}
		if k > a && (t.start != s.toks[k-1].end+1 || s.text[t.start-1] != ' ') {
			return false
		}
	}
	return true
}

// joined returns tokens [a, b) as a name: words joined by single spaces.
func (s *sentence) joined(a, b int) string {
	if b-a == 1 {
		return s.str(a)
	}
	if s.singleSpaced(a, b) {
		return s.text[s.toks[a].start:s.toks[b-1].end]
	}
	n := 0
	for k := a; k < b; k++ {
		n += s.toks[k].end - s.toks[k].start + 1
	}
	var sb strings.Builder
	sb.Grow(n)
	for k := a; k < b; k++ {
		if k > a && (s.toks[k].is(tWord) || s.toks[k].punct != '.') {
			sb.WriteByte(' ')
		}
		if s.toks[k].is(tPoss) && k < b-1 { // "Footballers' Association" keeps its apostrophe
			sb.WriteString(strings.TrimRight(s.text[s.toks[k].start:s.toks[k+1].start], " "))
			continue
		}
		sb.WriteString(s.str(k))
	}
	return sb.String()
}

// nickname reports whether tokens k to k+2 are a nickname in quotes
// between a given name and a surname (`William "Billy" Evans`, `Ramesh
// "Sunny" Balwani`): one capitalised word, then the surname after it.
func (s *sentence) nickname(k int) bool {
	return k > 0 && s.punct(k, '"') && s.word(k+1) && s.toks[k+1].is(tCap) && s.punct(k+2, '"') && s.capName(k+3) &&
		s.toks[k].start == s.toks[k-1].end+1 && s.toks[k+3].start == s.toks[k+2].end+1
}

// withoutNickname returns the name of tokens [a, b) without a nickname
// in quotes: "William Evans".
func (s *sentence) withoutNickname(a, b int) string {
	for k := a + 1; k+3 < b+1; k++ {
		if s.nickname(k) {
			return s.joined(a, k) + " " + s.joined(k+3, b)
		}
	}
	return s.joined(a, b)
}
