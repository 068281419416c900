package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// Some businesses are named by a possessive: "Moody's", "McDonald's",
// "Sainsbury's", "Macy's" (the founder's shop). The tokeniser reads the
// ending as a possessive, so the name comes out as "Moody". A possessive
// owns the noun phrase after it; when what follows is instead the verb of
// which the name is the subject ("Moody's downgraded the bonds",
// "Sainsbury's said", "McDonald's will close"), the ending is part of the
// name, and the name, which no person bears so, is a body's. Every
// mention of that name in the document then carries the ending: "Moody's
// rating" is the same agency.

// possessiveNames renames to their possessive form the mentions whose
// name the document writes as a possessive subject.
func possessiveNames(text string, ms []Mention) {
	var names []string
	for k := range ms {
		m := &ms[k]
		if m.Name == "" || m.Title != "" || m.Role != "" || m.Kind == timeline.Country || m.Kind == timeline.Group || m.Name != m.Text {
			continue
		}
		if n := possessiveEnding(text, m.End); n > 0 && possessiveSubject(text, m.Start, m.End+n) {
			names = append(names, m.Name)
		}
	}
	for _, name := range names {
		for k := range ms {
			m := &ms[k]
			if m.Name != name || m.Text != name {
				continue
			}
			n := possessiveEnding(text, m.End)
			if n == 0 {
				continue
			}
			m.End += n
			m.Text = text[m.Start:m.End]
			m.Name = m.Text
			m.Kind, m.Country, m.Ref, m.Modifier = timeline.Organization, "", "", false
		}
	}
}

// possessiveEnding returns the length of the "'s" or "’s" at byte offset
// at, closing a word, or 0.
func possessiveEnding(text string, at int) int {
	if at >= len(text) {
		return 0
	}
	a := apostropheAt(text, at, len(text))
	if a == 0 || at+a >= len(text) || text[at+a] != 's' {
		return 0
	}
	if j := at + a + 1; j < len(text) && isASCIIWord(text[j]) {
		return 0
	}
	return a + 1
}

// possessiveSubject reports whether the possessive [start, end) is the
// subject of the verb after it: a verb of saying or a modal ("said",
// "will"), "has" or "had" (no contraction of "is" or "has" goes before
// those), or a past tense taking an object ("downgraded the bonds"; a
// participle before a noun, "Vell's revised plan", qualifies it instead).
func possessiveSubject(text string, start, end int) bool {
	before := strings.Fields(text[max(0, start-12):start])
	if len(before) > 0 {
		switch strings.ToLower(before[len(before)-1]) {
		case "was", "is", "were", "are", "and", "or":
			return false // "the idea was Vell's", "Brody's and Vell's plans"
		}
	}
	rest := strings.Fields(text[end:min(len(text), end+60)])
	if len(rest) < 2 || text[end] != ' ' {
		return false
	}
	verb := rest[0]
	switch verb {
	case "said", "says", "told", "has", "had", "will", "would", "could", "may", "might", "announced", "reported":
		return true
	}
	if len(verb) < 5 || !strings.HasSuffix(verb, "ed") || strings.ToLower(verb) != verb {
		return false
	}
	next := strings.Trim(rest[1], "\"“”'‘’(")
	if next == "" {
		return false
	}
	return determiners[strings.ToLower(next)] || next[0] >= 'A' && next[0] <= 'Z' && next != "I"
}
