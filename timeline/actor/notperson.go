package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// Rules for capitalised runs that look like names but that English marks
// as no one: prizes and events, nouns behind an article, a name used as
// the modifier of a noun for people, and a possessive that owns a name.
// They run before the person rules, since a given name inside a prize
// ("Tony Awards") or a verb of saying beside a modifier ("said Ashford
// police") would otherwise make a person.

// placeModified are the lower-case nouns after which a lone capitalised
// name is where the people come from: "a Vancouver man", "Ashford police".
var placeModified = map[string]bool{"man": true, "woman": true, "men": true, "women": true, "boy": true,
	"girl": true, "teen": true, "teenager": true, "native": true, "natives": true, "resident": true,
	"residents": true, "police": true, "couple": true}

// notPerson reads a run [i, end) with no honorific or title that is no
// person. handled reports whether it applied: then out and next are what
// unknown returns, and the run's words are not kept as loose surnames.
func (s *sentence) notPerson(out []Mention, i, end int, strong bool) (_ []Mention, next int, handled bool) {
	last := end - 1
	if s.prizeHead(last) {
		// "the Tony Awards", "a Nobel Prize": even a title before it
		// ("Player Award") names the prize, not a player.
		return out, end, true
	}
	if end-i >= 2 && s.word(i) && s.toks[i].is(tUpper) && s.g.lex["vessel-prefix"][strings.ToLower(s.str(i))] {
		// "MV Aurora said it was under attack": a ship, not a person. A
		// ship's prefix is written in capitals: "Mt Cook" is a mountain,
		// "Ms Vell" a woman.
		start, stop := s.toks[i].start, s.toks[last].end
		return append(out, Mention{Start: start, End: stop, Text: s.text[start:stop], Name: s.joined(i, end),
			Kind: timeline.Organization}), end, true
	}
	if p := i - 1; s.word(p) && s.toks[p].is(tUpper) && !s.toks[i].is(tUpper) && s.g.lex["vessel-prefix"][s.lower(p)] && !s.positionAbbrev(p) {
		// "the liner MS Columbus said": "Ms" is an honorific, a stop word
		// that opens no run, but in capitals it is a ship's prefix.
		start, stop := s.toks[p].start, s.toks[last].end
		return append(out, Mention{Start: start, End: stop, Text: s.text[start:stop], Name: s.joined(p, end),
			Kind: timeline.Organization}), end, true
	}
	if m, ok := s.street(i, end); ok {
		// "on Mulberry Street", "Sheikh Zayed Road": a street.
		return append(out, m), end, true
	}
	if m, ok := s.officePlace(i, end); ok {
		return append(out, m), end, true // "mayor of Harlow Springs"
	}
	if end-i >= 2 && (s.str(i) == "Mount" || s.str(i) == "Mt") && !s.toks[last].is(tPoss) {
		// "on Mt Cook", "Mount Kessel": a mountain.
		start, stop := s.toks[i].start, s.toks[last].end
		return append(out, Mention{Start: start, End: stop, Text: s.text[start:stop], Name: s.joined(i, end), Kind: timeline.Place}), end, true
	}
	if s.stormName(i, end) {
		// "Cyclone Freddy hit Malawi": a storm, an event of the story.
		return out, end, true
	}
	if strong {
		return out, end, false
	}
	if s.g.workTitle(s.text, s.toks[i].start, s.toks[last].end) {
		return out, end, true // "the film Slumdog Millionaire", "\"Slumdog Millionaire\"": a work's title
	}
	if s.ofConjunct(i, end) {
		return out, end, true // "the Institute of Arts and Sciences said": part of the body's name
	}
	if k, ok := s.possessiveEnd(end); ok && s.word(k) && s.toks[k].is(tCap) && s.has(lOrgHead, k) && !s.ofHead(k) {
		// "Vell's Club", "Ashford's Restaurant": a shop or club named
		// after its founder is a body.
		start, stop := s.toks[i].start, s.toks[k].end
		return append(out, Mention{Start: start, End: stop, Text: s.text[start:stop], Name: strings.ReplaceAll(oneSpaced(s.text[start:stop]), " '", "'"),
			Kind: timeline.Organization}), k + 1, true
	}
	if s.toks[last].is(tPoss) && s.capName(end) {
		// "Ostravia's Ivo Dane": what owns a person is a team, a place or
		// a body, not a second person coordinated with a first.
		return out, end, true
	}
	if end-i == 1 && !s.toks[last].is(tPoss) && s.word(end) && !s.toks[end].is(tCap) && placeModified[s.str(end)] && !s.g.lex["descent"][s.lower(i)] {
		// "a Vancouver man", "said Ashford police": the name says where
		// the people are from.
		start, stop := s.toks[i].start, s.toks[last].end
		return append(out, Mention{Start: start, End: stop, Text: s.text[start:stop], Name: s.joined(i, end),
			Kind: timeline.Place, Modifier: true}), end, true
	}
	return out, end, false
}

// possessiveEnd returns the token after the possessive ending of the run
// ending before end: the ending is part of the last word ("Vell's") or,
// in text tokenised with spaces, a token of its own ("Vell 's").
func (s *sentence) possessiveEnd(end int) (int, bool) {
	if s.toks[end-1].is(tPoss) {
		return end, true
	}
	if s.punct(end, '\'') && s.word(end+1) && s.str(end+1) == "s" && s.toks[end].start == s.toks[end-1].end+1 {
		return end + 2, true
	}
	return end, false
}

// afterArticle reads a run [i, end) without honorific or title inside a
// noun phrase: right after an article or a possessive pronoun ("the
// Oscars", "an Emmy win", "her Emmy", "the Ashford Highway Patrol"), or
// after one and a number or lower-case modifier when the run is one word
// that modifies the noun after it or is a plural ("the 2007 Oscars", "a
// strong Emmy contender"). Such a run is a noun, so no person. Right after
// "the", what the rules took for a person is a body, a team or an event;
// otherwise it is a common noun and no mention, unless a word such as
// "region" after it makes it a place ("the Odesa region"). handled reports whether
// it applied; the run's words are then not kept as loose surnames either.
func (s *sentence) afterArticle(out []Mention, m Mention, i, end int, accept bool) (_ []Mention, next int, handled bool) {
	j := i - 1
	for ; j >= i-2 && s.word(j) && !s.toks[j].is(tCap) && !s.has(lStop|lSpeech, j); j-- {
	}
	if !s.has(lDeterminer, j) {
		return out, end, false
	}
	if j < i-1 {
		w := s.str(end - 1)
		plural := strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !s.toks[end-1].is(tPoss)
		modifier := s.word(end) && !s.toks[end].is(tCap) && (!s.has(lSpeech|lStop, end) || s.pluralSpeechNoun(end))
		if end-i != 1 || !(plural || modifier) {
			return out, end, false
		}
	}
	if country, ok := s.placeContext(i, end); ok {
		// "the Odesa region"
		m.Kind, m.Role, m.Title, m.Country = timeline.Place, "", "", country
		return append(out, m), end, true
	}
	if !accept || j < i-1 || s.lower(j) != "the" {
		return out, end, true
	}
	if end-i >= 2 && s.g.isGiven(s.str(i)) && !s.toks[end-1].is(tPoss) && s.word(end) && !s.toks[end].is(tCap) &&
		!s.has(lStop|lSpeech, end) {
		// "the Nick Hornby novel", "out of the Mark Teixeira derby": a
		// person's full name modifying a noun is still the person.
		m.Modifier = true
		return append(out, m), end, true
	}
	m.Kind, m.Role, m.Title, m.Country = timeline.Organization, "", "", ""
	m.Modifier = s.toks[end-1].is(tPoss)
	return append(out, m), end, true
}

// prizeHead reports whether the word at k ends the name of a prize,
// contest or event: "Awards", "Prize", "Games", "Cup". The list holds
// singulars; a plural or possessive ending is dropped before the lookup.
func (s *sentence) prizeHead(k int) bool {
	if !s.word(k) || !s.toks[k].is(tCap) {
		return false
	}
	w := strings.ToLower(s.str(k))
	for _, end := range []string{"’s", "'s", "s"} {
		if stem, ok := strings.CutSuffix(w, end); ok {
			w = stem
			break
		}
	}
	return s.g.lex["prize-head"][w]
}

// stormName reports whether the run [i, end) is a storm's name: a storm
// word, perhaps after a storm-mod word, and a name after it ("Hurricane
// Mireya", "Tropical Storm Beryn"). A storm word that ends a run is a
// team's ("Carolina Hurricanes"), not a storm's.
func (s *sentence) stormName(i, end int) bool {
	k := i
	if end-k > 2 && s.g.lex["storm-mod"][s.lower(k)] {
		k++
	}
	return end-k >= 2 && s.g.lex["storm"][s.lower(k)]
}

// street reads the run [i, end) that a street word ends as a place, with
// the capitalised words right before it that the run left out, a title
// among them ("Sheikh Zayed Road", "Martin Luther King Boulevard").
func (s *sentence) street(i, end int) (Mention, bool) {
	last := end - 1
	if !s.word(last) || !s.toks[last].is(tCap) || s.toks[last].is(tUpper) || !s.g.lex["street"][s.lower(last)] && !townships[s.lower(last)] {
		return Mention{}, false
	}
	a := i
	if a == last && s.word(a-1) && s.toks[a-1].is(tPoss) && s.toks[a-1].is(tCap) && s.saintAt(a-2) {
		a -= 2 // "St Peter's Square": the saint's name owns the square
	}
	for a-1 >= 0 && s.toks[a-1].is(tCap) && !s.toks[a-1].is(tPoss) &&
		(s.capName(a-1) || s.has(lTitleHead|lTitleMod, a-1) || s.g.honorific[s.str(a-1)]) {
		a--
	}
	if a == last && s.word(a-1) && ordinal(s.str(a-1)) {
		a-- // "117th Street", "5th Avenue": a numbered street
	}
	if a == last {
		return Mention{}, false // "Street" alone names nothing
	}
	start, stop := s.toks[a].start, s.toks[last].end
	return Mention{Start: start, End: stop, Text: s.text[start:stop], Name: s.joined(a, end), Kind: timeline.Place}, true
}

// saintAt reports whether token k is "St", "St." or "Saint", which opens
// the name of a place called after a saint.
func (s *sentence) saintAt(k int) bool {
	if !s.word(k) {
		return false
	}
	switch s.str(k) {
	case "St", "St.", "Saint":
		return true
	}
	return false
}

// townships are the words that end the name of a town's district as
// "Street" ends a street's: "Bruce Township", "Kelburn Borough".
var townships = map[string]bool{"township": true, "borough": true}

// ordinal reports whether w is a number written as an ordinal: "117th",
// "42nd", "1st".
func ordinal(w string) bool {
	n := len(w)
	if n < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	for _, c := range w[:n-2] {
		if c < '0' || c > '9' {
			return false
		}
	}
	switch strings.ToLower(w[n-2:]) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// firstPerson reports whether w is "I" with a verb's contraction: "I'd",
// "I’m", which a capital starts as it does a name.
func firstPerson(w string) bool {
	return len(w) > 2 && w[0] == 'I' && (w[1] == '\'' || strings.HasPrefix(w[1:], "’"))
}
