package actor

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/timeline"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// Persons adds to ms, the mentions Find gave one document, the people
// that the entity recogniser names in it and Find had no context for: a
// name of two or three capitalised words with no title or honorific, no
// word of an organisation or a common noun for people ("Thabo Mbeki
// resigned", "hosted by Seth MacFarlane"), and the later bare surname of
// each. Find knows a person only by a title, an apposition, a verb of
// saying or a common given name; the recogniser weighs the words around
// the name as well, though not the article or the preposition of place
// before it (thingOrPlace). A place Find read in the name's last word ("Eddie
// Jordan") gives way to the person. names are the recogniser's person
// spans in text, in order; ms is returned sorted by start, as Find's.
func Persons(text string, ms []Mention, names []timeline.TextRange) []Mention {
	return persons(newLowerIndex(text), ms, names)
}

// Recognised adds to ms what Persons and then Organizations add, reading
// the document's words once for both.
func Recognised(text string, ms []Mention, people, bodies []timeline.TextRange) []Mention {
	x := lowerIndexOf(text)
	defer releaseLowerIndex(x)
	return organizations(x, persons(x, ms, people), bodies)
}

// lowerIndexes keeps the word tables of Recognised and Unnamed from one
// document to the next: made anew for each call, they allocated 28 MB of
// extract's run on 2,000 articles. A table larger than a text needs
// answers as one of its size does.
var lowerIndexes = sync.Pool{New: func() any { return newLowerIndex("") }}

// lowerIndexOf returns a pooled index of text, for releaseLowerIndex.
func lowerIndexOf(text string) *lowerIndex {
	x := lowerIndexes.Get().(*lowerIndex)
	x.reset(text)
	return x
}

// releaseLowerIndex returns x to the pool, holding no words of its text.
func releaseLowerIndex(x *lowerIndex) {
	x.reset("")
	lowerIndexes.Put(x)
}

func persons(x *lowerIndex, ms []Mention, names []timeline.TextRange) []Mention {
	g, text := loadDefault(), x.text
	read := func(ms []Mention, n timeline.TextRange) (timeline.TextRange, string) {
		name := text[n.Start:n.End]
		words := strings.Fields(name)
		if k := len(words) - 1; k >= 2 && g.lex["postnominal"][strings.ToLower(words[k])] && words[k] != strings.ToLower(words[k]) {
			// "Julian Malins QC": the rank after the name is no part of it.
			n.End -= len(words[k]) + 1
			name, words = text[n.Start:n.End], words[:k]
		}
		if len(words) == 3 && !g.isGiven(words[0]) && (wn.NounClass(strings.ToLower(words[0])) != "" || (overlapsWithin(ms, n.Start, n.Start+len(words[0])) || sentenceOpening(text, n.Start) && overlapsAny(ms, n.Start, n.Start+len(words[0])))) {
			// A word that describes the person before the name:
			// "Moviemaker Gary Ross", "Russian Alexander Povetkin".
			n.Start += len(words[0]) + 1
			name, words = text[n.Start:n.End], words[1:]
		}
		if len(words) < 2 || len(words) > 3 || strings.Join(words, " ") != name || photoCredit(text, n.Start, n.End) || creditLine(text, n.Start) || !g.personWords(words) || !g.personLike(x, words) || g.thingOrPlace(text, n.Start, n.End) ||
			g.workTitle(text, n.Start, n.End) || g.qualifiesPerson(text, n.Start, n.End) || craftName(text, n.Start, n.End) {
			return n, ""
		}
		if g.roleAt(text, n.Start) {
			// "a former compliance chief at Deutsche Börse": one holds a
			// post at a body, not at a person.
			return n, timeline.Organization
		}
		if g.countryWord(words[len(words)-1]) && !g.isGiven(words[0]) && !g.lex["country-surname"][words[len(words)-1]] {
			// "Etisalat Egypt", "Telecom Egypt": a company's branch in
			// a country, named as a brand and the country, for no given
			// name opens it and the country is no surname ("Eddie
			// Jordan").
			return n, timeline.Organization
		}
		return n, timeline.Person
	}
	// A person Find read in the name's last words gives way to the whole
	// name: "Pinkett Smith" of "Jada Pinkett Smith" (read keeps no word
	// before it that describes the person).
	tail := func(m Mention, n timeline.TextRange) bool {
		return m.Kind == timeline.Person && m.End == n.End && m.Start > n.Start && text[m.Start-1] == ' ' && !sentenceOpening(text, n.Start)
	}
	yields := func(m Mention, n timeline.TextRange) bool { return m.Tentative || givesWay(m, n, text) || tail(m, n) }
	roles := splitHolders(g, text, ms, names)
	ms, added := addRecognised(text, ms, names, read, yields)
	// The mentions a person's later surnames are checked against are
	// gathered in one list, written over for each person: laterSurnames
	// only reads them (a copy a person allocated 15 MB of extract's run
	// on 2,000 articles).
	var known []Mention
	for _, p := range added {
		if p.Kind != timeline.Person {
			ms = append(ms, p)
			continue
		}
		if r, ok := roles[p.Start]; ok {
			p.Role = r // "CEO of Orbis Satya Nadella"
		}
		// Every name the recogniser read bounds the later surnames, not
		// only those added before: Will Smith's "Smith" is not the one
		// ending "Jada Pinkett Smith" further on.
		known = append(append(known[:0], ms...), added...)
		later := laterSurnames(text, known, p, g.surnameOfName(p.Name))
		ms = slices.DeleteFunc(ms, func(m Mention) bool {
			return slices.ContainsFunc(later, func(s Mention) bool { return s.Start == m.Start && s.End == m.End })
		})
		ms = append(append(ms, p), later...)
	}
	slices.SortStableFunc(ms, func(a, b Mention) int { return a.Start - b.Start })
	return loneNames(g, text, ms, names)
}

// addRecognised adds to ms, as mentions of the kind read gives, the names
// of the entity recogniser that read keeps (as it may trim them, seeing
// the mentions so far), unless a mention of
// ms that does not yield to the name overlaps it; the mentions that
// yield are removed. It returns ms and the mentions added, in the
// order of names.
func addRecognised(text string, ms []Mention, names []timeline.TextRange,
	read func([]Mention, timeline.TextRange) (timeline.TextRange, string), yields func(Mention, timeline.TextRange) bool) ([]Mention, []Mention) {
	var added []Mention
	for _, n := range names {
		n, kind := read(ms, n)
		if kind == "" || slices.ContainsFunc(ms, func(m Mention) bool { return m.Start < n.End && n.Start < m.End && !yields(m, n) }) {
			continue
		}
		ms = slices.DeleteFunc(ms, func(m Mention) bool { return m.Start < n.End && n.Start < m.End })
		name := text[n.Start:n.End]
		added = append(added, Mention{Start: n.Start, End: n.End, Text: name, Name: name, Kind: kind})
	}
	return ms, added
}

// overlapsWithin reports whether a mention of ms overlaps [start, end)
// and ends inside it: "Russian" of "Russian Alexander Povetkin", not a
// person Find read in the name's first words ("Jada Pinkett" of "Jada
// Pinkett Smith", whose given name is no description to trim).
func overlapsWithin(ms []Mention, start, end int) bool {
	return slices.ContainsFunc(ms, func(m Mention) bool { return m.Start < end && start < m.End && m.End <= end })
}

// overlapsAny reports whether a mention of ms overlaps [start, end).
func overlapsAny(ms []Mention, start, end int) bool {
	return slices.ContainsFunc(ms, func(m Mention) bool { return m.Start < end && start < m.End })
}

// givesWay reports whether Find's mention m, which overlaps the person
// name n, is a country read in the name's last word alone.
func givesWay(m Mention, n timeline.TextRange, text string) bool {
	if m.Kind != timeline.Country || m.End != n.End {
		return false
	}
	return m.Start > n.Start && text[m.Start-1] == ' '
}

// personWords reports whether words can make a person's name: each
// capitalised, in lower case after its first letter or an initial
// ("P.J."), none a title, an honorific, a word of an organisation, a
// common noun for people or a stop word.
func (g *gazetteer) personWords(words []string) bool {
	const notName = lStop | lTitleHead | lTitleMod | lOrgHead | lPeopleNoun | lInstitution | lCollective | lDeterminer | lOfficials | lForces | lLeaders
	for _, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || g.lexOf(w)&notName != 0 || g.honorific[strings.TrimSuffix(w, ".")] {
			return false
		}
		if rest := w[size:]; !initials(w) && (rest == "" || strings.ToLower(rest) != rest) {
			return false // "INS", "CHARGERS": capitals are no name's
		}
	}
	return true
}

// personLike reports whether the words of a name the recogniser read
// as a person's are not those of a thing: no word is written in lower
// case elsewhere in text ("Tasman Glacier" of a text about the glacier),
// the last word is no plural of a common noun ("Tony Awards", "Marine
// Commandos"), and the first is a given name, or else the last is no
// noun of a thing or a place and the first is no noun of a thing
// ("Hurricane George", "Warship Sukanya"; see personOrNothing).
func (g *gazetteer) personLike(x *lowerIndex, words []string) bool {
	for _, w := range words {
		if !initials(w) && x.has(w) {
			return false
		}
	}
	last := strings.ToLower(words[len(words)-1])
	if stem, ok := strings.CutSuffix(last, "s"); ok && wn.NounClass(stem) != "" {
		return false
	}
	if g.isGiven(words[0]) {
		return true
	}
	if thingNoun[wn.NounClass(last)] {
		return false // "Millom Pier", "Heisman Trophy", "Morningside Recovery"
	}
	first := strings.ToLower(words[0])
	stem, _ := strings.CutSuffix(first, "s")
	return initials(words[0]) || personOrNothing(first) && personOrNothing(stem)
}

// thingNoun are the WordNet classes of the common nouns that end the
// names of things, not of people, unless a given name opens the name
// ("Calvin Booth"). Places are left out: many a surname is one ("Eddie
// Jordan", "Denzel Washington"), as are natural things ("Hill").
var thingNoun = map[string]bool{"artifact": true, "act": true, "event": true, "group": true, "food": true, "plant": true}

// personOrNothing reports whether WordNet knows w as no noun, or first
// as a person ("Allen", "Nelson": people WordNet names) or as something
// of the mind, a feeling or a quality, which given names are too ("Ken",
// "Will", "Hope", "Grace") and the names of things seldom begin with.
func personOrNothing(w string) bool {
	switch wn.NounClass(w) {
	case "", "person", "cognition", "feeling", "attribute":
		return true
	}
	return false
}

// initials reports whether w is written as initials: "P.J.", "J.".
func initials(w string) bool {
	if len(w) < 2 || w[len(w)-1] != '.' {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] < 'A' || w[i] > 'Z' || i+1 >= len(w) || w[i+1] != '.' {
			return false
		}
	}
	return true
}

// laterSurnames returns a mention of p for each time its surname stands
// alone after it, capitalised, outside every mention of ms but a place
// read in it.
func laterSurnames(text string, ms []Mention, p Mention, surname string) []Mention {
	var out []Mention
	for at := p.End; ; {
		k := strings.Index(text[at:], surname)
		if k < 0 {
			return out
		}
		s, e := at+k, at+k+len(surname)
		at = e
		if s > 0 && inWord(text[s-1]) || e < len(text) && inWord(text[e]) {
			continue
		}
		inside := false
		for _, m := range ms {
			if m.Start < e && s < m.End && !(m.Start == s && m.End == e && (m.Kind == timeline.Place || m.Kind == timeline.Country)) {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, Mention{Start: s, End: e, Text: surname, Name: p.Name, Kind: timeline.Person})
		}
	}
}

// Unnamed returns the sentences of sents that hold two capitalised words
// in a row outside every mention of ms, or one that may be an
// organisation's name (orgCandidate): a name of a person or an
// organisation, perhaps, that Find gave no context for, which Persons and
// Organizations may add once the entity recogniser has read those
// sentences.
func Unnamed(text string, sents []timeline.Span, ms []Mention) []timeline.Span {
	g, x := loadDefault(), lowerIndexOf(text)
	defer releaseLowerIndex(x)
	var out []timeline.Span
	for _, s := range sents {
		for at := s.Start; at < s.End; {
			end := capitalised(text, at, s.End)
			if end > at && end+1 < s.End && text[end] == ' ' {
				if next := capitalised(text, end+1, s.End); next > end+1 && !covered(ms, at, next) {
					out = append(out, s)
					break
				}
			}
			if end > at && g.orgCandidate(x, ms, at, end, s.End) {
				out = append(out, s)
				break
			}
			at = max(end, at) + 1
			for at < s.End && text[at-1] != ' ' {
				at++ // to the next word
			}
		}
	}
	return out
}

// capitalised returns the end of the word at text[at:] if it opens with
// an upper-case ASCII letter and ends before limit, else at.
func capitalised(text string, at, limit int) int {
	if at >= limit || text[at] < 'A' || text[at] > 'Z' {
		return at
	}
	end := at + 1
	for end < limit && text[end] != ' ' {
		end++
	}
	return end
}

// covered reports whether a mention of ms that Persons would keep
// overlaps [start, end): one that is neither tentative nor a country.
func covered(ms []Mention, start, end int) bool {
	for _, m := range ms {
		if m.Start < end && start < m.End && !m.Tentative && m.Kind != timeline.Country {
			return true
		}
	}
	return false
}

// inWord reports whether byte c, next to a surname, makes it part of a
// longer word: a letter, a digit, any byte of a non-ASCII letter, or the
// hyphen of a double-barrelled name ("Holm-Berg" is no Holm).
func inWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80 || c == '-'
}

// photoCredit reports whether the name text[start:end] is joined by a slash to
// an agency's or an outlet's name, as a photo credit writes its
// photographer ("Picture-alliance/dpa/S. Hoppe", "REUTERS/Kevin
// Lamarque"): a byline's, no actor's.
func photoCredit(text string, start, end int) bool {
	return start > 0 && text[start-1] == '/' || end < len(text) && text[end] == '/'
}

// roleAt reports whether a word for a post or for people who hold one,
// and "at", stand right before byte offset at: "compliance chief at",
// "an analyst at".
func (g *gazetteer) roleAt(text string, at int) bool {
	before, ok := strings.CutSuffix(text[:at], " at ")
	if !ok {
		return false
	}
	w := wordBefore(before, len(before))
	return w != "" && (g.lexOf(w)&(lTitleHead|lPeopleNoun) != 0 || bodyOnlyRoles[w])
}

// sentenceOpening reports whether the word at i opens a sentence, where a
// common noun before a name is capitalised too ("Moviemaker Gary Ross").
func sentenceOpening(text string, i int) bool {
	j := i
	for j > 0 && (text[j-1] == ' ' || text[j-1] == '"' || text[j-1] == '\'') {
		j--
	}
	return j == 0 || strings.ContainsRune(".!?\n:", rune(text[j-1]))
}
