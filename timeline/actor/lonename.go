package actor

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/timeline"
)

// loneNames adds, as tentative persons, the one-word names the entity
// recogniser reads as people where the finder found nothing: a follow-up
// article often calls a person by the surname alone, and opens a
// sentence with it ("Sunak conceded defeat early on Friday", where a
// capital says nothing), so the finder, which needs a title, a verb of
// saying or a given name, leaves it. Resolve keeps such a mention only
// when another document names one person of that surname (see confirm),
// so that the recogniser's guess alone makes no actor. A town after "the
// Port of" is no one (placeOf).
func loneNames(g *gazetteer, text string, ms []Mention, names []timeline.TextRange) []Mention {
	added := false
	var storms []string
	if len(names) > 0 {
		storms = stormsCalled(g, text)
	}
	for _, n := range names {
		name := text[n.Start:n.End]
		if utf8.RuneCountInString(name) < 3 || !loneName(name) || !wholeWord(text, n.Start, n.End) || overlapsAny(ms, n.Start, n.End) || slices.Contains(storms, name) ||
			photoCredit(text, n.Start, n.End) || creditLine(text, n.Start) || placeOf(text, n.Start) ||
			g.lexOf(name)&(lPeopleNoun|lOrgHead|lNamedOrg|lSpeech|lStop|lTitleHead|lTitleMod) != 0 {
			continue
		}
		ms = append(ms, Mention{Start: n.Start, End: n.End, Text: name, Name: name, Kind: timeline.Person, Tentative: true})
		added = true
	}
	if added {
		slices.SortStableFunc(ms, func(a, b Mention) int { return a.Start - b.Start })
	}
	return ms
}

// loneName reports whether s is one capitalised word of letters (an
// apostrophe or hyphen inside allowed: "O'Neill", "Ben-Gvir").
func loneName(s string) bool {
	first, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(first) || strings.ToUpper(s) == s {
		return false // initials are the acronym finder's
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-' {
			return false
		}
	}
	return true
}

// wholeWord reports whether [start, end) is a whole word of text, not a
// part of a hyphenated name ("Bankman" of "Bankman-Fried", which names
// another person than a Joseph Bankman).
func wholeWord(text string, start, end int) bool {
	part := func(r rune) bool { return unicode.IsLetter(r) || r == '-' || r == '\'' || r == '’' }
	if r, _ := utf8.DecodeLastRuneInString(text[:start]); start > 0 && part(r) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[end:])
	return end == len(text) || !part(r)
}

// stormsCalled returns the names text gives to storms ("Hurricane Ian",
// "Tropical Storm Ian": Ian), read in one pass over its words; the name
// alone is the storm's, no person's. Most texts name none: nil.
func stormsCalled(g *gazetteer, text string) []string {
	var names []string
	storm := false // the word before was a storm word
	for rest := text; rest != ""; {
		rest = strings.TrimLeft(rest, " \t\n\r")
		end := strings.IndexAny(rest, " \t\n\r")
		if end < 0 {
			end = len(rest)
		}
		w := strings.TrimRight(rest[:end], ".,;:!?)\"'’”")
		if storm && loneName(w) && !slices.Contains(names, w) {
			names = append(names, w)
		}
		storm = isStormWord(g, w)
		rest = rest[end:]
	}
	return names
}

// stormNames drops the persons of one word that the document gives to a
// storm: after "Tropical Storm Alma formed", "Forecasters said Alma was
// expected to strengthen" is about the storm, though a verb of saying
// before a capitalised word marks a person elsewhere.
func stormNames(g *gazetteer, text string, ms []Mention) {
	storms := stormsCalled(g, text)
	if len(storms) == 0 {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.Kind == timeline.Person && m.Title == "" && m.Role == "" && m.Name != "" && slices.Contains(storms, m.Name) {
			m.Name = "" // settled as no actor: ordered leaves it out
		}
	}
}

// isStormWord reports whether w, capitalised as a storm's title is
// ("Hurricane", "Storm"), is a storm word, allocating nothing.
func isStormWord(g *gazetteer, w string) bool {
	var buf [16]byte
	if w == "" || len(w) > len(buf) || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return g.lex["storm"][string(buf[:len(w)])]
}
