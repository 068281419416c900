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
// so that the recogniser's guess alone makes no actor.
func loneNames(g *gazetteer, text string, ms []Mention, names []timeline.TextRange) []Mention {
	added := false
	for _, n := range names {
		name := text[n.Start:n.End]
		if utf8.RuneCountInString(name) < 3 || !loneName(name) || !wholeWord(text, n.Start, n.End) || overlapsAny(ms, n.Start, n.End) || stormCalled(g, text, name) ||
			photoCredit(text, n.Start, n.End) || creditLine(text, n.Start) ||
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

// stormCalled reports whether text gives name to a storm ("Hurricane
// Ian", "Tropical Storm Ian"): the name alone is the storm's, no person's.
func stormCalled(g *gazetteer, text, name string) bool {
	for at := 0; ; {
		k := strings.Index(text[at:], name)
		if k < 0 {
			return false
		}
		k += at
		before := strings.TrimRight(text[:k], " ")
		if sp := strings.LastIndexAny(before, " \n\t"); len(before) < k && g.lex["storm"][strings.ToLower(before[sp+1:])] {
			return true
		}
		at = k + len(name)
	}
}

// stormNames drops the persons of one word that the document gives to a
// storm: after "Tropical Storm Alma formed", "Forecasters said Alma was
// expected to strengthen" is about the storm, though a verb of saying
// before a capitalised word marks a person elsewhere.
func stormNames(g *gazetteer, text string, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Kind == timeline.Person && m.Title == "" && m.Role == "" && m.Name != "" && !strings.Contains(m.Name, " ") && stormCalled(g, text, m.Name) {
			m.Name = "" // settled as no actor: ordered leaves it out
		}
	}
}
