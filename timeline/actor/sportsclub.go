package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// Sports copy names a club by its city: "Barcelona beat Bayern Munich
// 3-1", "he signed for Barcelona", "the Barcelona coach", "Barcelona's
// president". Read as the city, the place would beat a team and sign a
// player (or a capital's government would: "Paris paid his clause"). In
// a document that reads as sports copy, a city the words around it give
// a club's part (a score, a result verb, "signed for", "against", a
// club's people after it) is the club, and so is every other mention of
// that city in the document, except where a preposition of place or a
// verb of motion puts it on the map ("flew to Barcelona", "in
// Barcelona"), or a dateline opens with it. A club the gazetteer lacks
// ("signed for Juventus", "beat Toulouse 6-2") is a body by the same
// words, and a city with a name of capitalised words after it ("Paris
// Saint-Germain", "Paris St Germain") is one club of the whole run.

// minSportWords is how many distinct words of the sports lexicon make a
// document sports copy: one ("season", "club", "match") is as often
// business or politics.
const minSportWords = 3

// sportsText reports whether text reads as sports copy.
func (g *gazetteer) sportsText(text string) bool {
	seen := map[string]bool{}
	for w := range strings.FieldsFuncSeq(text, func(r rune) bool { return !isWordRune(r) }) {
		if w = strings.ToLower(w); g.lex["sport-word"][w] {
			seen[w] = true
			if len(seen) >= minSportWords {
				return true
			}
		}
	}
	return false
}

func isWordRune(r rune) bool {
	return r == '-' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r >= 0xC0
}

// sportsClubs reads the clubs of a sports document among its mentions
// of cities and its unnamed capitalised words (see above).
func sportsClubs(g *gazetteer, text string, ms []Mention) []Mention {
	if !g.sportsText(text) {
		return ms
	}
	clubs := map[string]bool{} // the cities the document makes clubs, by name
	for k := range ms {
		if m := &ms[k]; g.cityMention(text, m) && g.clubCue(text, m.Start, m.End) {
			clubs[m.Text] = true
		}
	}
	for k := range ms {
		m := &ms[k]
		if !g.cityMention(text, m) {
			continue
		}
		if end := clubRunAfter(g, text, ms, m.End); end > m.End {
			dropWithin(ms, m.End, end)
			m.End = end
			m.Text = text[m.Start:end]
			m.Name, m.Kind, m.Ref, m.Country = m.Text, timeline.Organization, "", ""
			continue
		}
		if clubs[m.Text] && !g.placeCue(text, m.Start, m.End) {
			m.Name, m.Kind, m.Ref, m.Country = m.Text, timeline.Organization, "", ""
		}
	}
	return g.unnamedClubs(text, ms)
}

// cityMention reports whether m names a city of the gazetteer as
// written: a place, or a capital standing for its government.
func (g *gazetteer) cityMention(text string, m *Mention) bool {
	if m.Kind != timeline.Place && m.Kind != timeline.Organization || m.Modifier && m.Kind == timeline.Organization {
		return false
	}
	if g.capWordBefore(text, m.Start) {
		return false // inside a longer name: "AC Milan", "Inter Milan"
	}
	e := g.namedEntry(text[m.Start:m.End])
	return e != nil && e.kind == timeline.Place && !e.region && isUpper(text[m.Start]) && !allUpper(text[m.Start:m.End])
}

// namedEntry returns the gazetteer's entry named, word for word, by
// name, or nil.
func (g *gazetteer) namedEntry(name string) *entry {
	m := g.root
	var nd *node
	for _, t := range tokenize(nil, name, 0, len(name)) {
		w := name[t.start:t.end]
		if nd = m[w]; nd == nil {
			if nd = m[foldName(w)]; nd == nil {
				return nil
			}
		}
		m = nd.next
	}
	if nd == nil || nd.hit == nil || nd.hit.form != formName {
		return nil
	}
	return nd.hit.e
}

func allUpper(s string) bool {
	return strings.ToUpper(s) == s
}

// clubCue reports whether the words around the name at [start, end)
// give it a club's part.
func (g *gazetteer) clubCue(text string, start, end int) bool {
	after := text[end:]
	if w := lowerWordAfter(strings.TrimPrefix(strings.TrimPrefix(after, "'s"), "’s")); g.lex["club-people"][w] {
		return true // "the Barcelona coach", "Barcelona's president"
	}
	if scoreAfter(after) || g.lex["club-verb"][lowerWordAfter(after)] {
		return true // "Barcelona 3-1", "Barcelona beat", "Barcelona have"
	}
	before := wordsBefore(text, start, 3)
	switch {
	case len(before) == 0:
		return false
	case g.lex["club-before"][before[0]]:
		return true // "beat Barcelona", "against Barcelona", "for Barcelona"
	case before[0] == "from" || before[0] == "to" || before[0] == "with":
		// "joined Juventus from Barcelona", "lost to Barcelona",
		// "drew with Barcelona"; "flew to Barcelona" is the place
		for _, w := range before[1:] {
			if g.lex["club-move"][w] {
				return true
			}
		}
	}
	return false
}

// placeCue reports whether the words before the name at [start, end)
// put it on the map, or a country after it does ("Nyon, Switzerland").
func (g *gazetteer) placeCue(text string, start, end int) bool {
	if rest := strings.TrimLeft(text[end:], " "); strings.HasPrefix(rest, ",") {
		if e := g.namedEntry(firstCapRun(strings.TrimLeft(rest[1:], " "))); e != nil && e.kind == timeline.Country {
			return true
		}
	}
	before := wordsBefore(text, start, 3)
	if len(before) == 0 || g.clubCue(text, start, end) {
		return false
	}
	for k, w := range before {
		if g.lexOf(w)&lMotion != 0 {
			return true // "flew to Barcelona", "travelled to Dortmund"
		}
		if k == 0 && (g.lexOf(w)&lLocPrep != 0 || w == "to" || w == "from") {
			return true
		}
	}
	return false
}

// scoreAfter reports whether rest opens with a score: " 3-1", " 2–0".
func scoreAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	i := 0
	for i < len(rest) && i < 2 && rest[i] >= '0' && rest[i] <= '9' {
		i++
	}
	if i == 0 {
		return false
	}
	rest = rest[i:]
	switch {
	case strings.HasPrefix(rest, "-"):
		rest = rest[1:]
	case strings.HasPrefix(rest, "–"):
		rest = rest[len("–"):]
	default:
		return false
	}
	return rest != "" && rest[0] >= '0' && rest[0] <= '9'
}

// wordsBefore returns up to n lower-case words before offset at, the
// nearest first, within its sentence.
func wordsBefore(text string, at, n int) []string {
	var out []string
	i := at
	for len(out) < n {
		j := i
		for j > 0 && text[j-1] == ' ' {
			j--
		}
		k := j
		for k > 0 && (isLetter(text[k-1]) || text[k-1] == '-') {
			k--
		}
		if k == j {
			break
		}
		out = append(out, strings.ToLower(text[k:j]))
		i = k
	}
	return out
}

// firstCapRun returns the capitalised words rest opens with.
func firstCapRun(rest string) string {
	end := 0
	for end < len(rest) && isUpper(rest[end]) {
		k := end
		for k < len(rest) && (isLetter(rest[k]) || rest[k] == '-' || rest[k] >= 0x80) {
			k++
		}
		end = k
		if end+1 < len(rest) && rest[end] == ' ' && isUpper(rest[end+1]) {
			end++
			continue
		}
		break
	}
	return strings.TrimRight(rest[:end], " ")
}
