package actor

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"
)

// linkDocument gives every person mention the fullest name the document
// has for it ("Mr Vell" → "Brannock Vell") and turns loose capitalised
// words that are the surnames of the document's people into mentions,
// with a capitalised word right before them as the given name ("Arlo"
// of "Arlo Vell" when the text says "Vell said" elsewhere).
func (f *Finder) linkDocument(text string, ms []Mention, loose []looseToken, buf *[]surnameName) []Mention {
	ms, loose = bareOrgRepeats(text, ms, loose)
	f.teamNicknames(ms)
	f.placeCompanies(text, ms) // before the full names take the persons' countries
	full := f.fullNames((*buf)[:0], ms)
	full = f.orgShortNames(text, full, ms)
	ms, loose, full = f.particleRuns(text, ms, loose, full)
	full = f.innerNames(full)
	sports := 0 // whether text is sports copy: 0 not asked yet, 1 yes, -1 no
	for k, lt := range loose {
		w := text[lt.start:lt.end]
		if slices.ContainsFunc(ms, func(m Mention) bool { return m.Kind == timeline.Country && m.Ref == "" && m.Name == w }) {
			// "Norvia on Monday ordered …" where the document names the
			// state from the text ("Norvian sovereignty"), even opening a
			// sentence.
			ms = append(ms, Mention{Start: lt.start, End: lt.end, Text: w, Name: w, Kind: timeline.Country})
			continue
		}
		if placeOf(text, lt.start) || placeNounAfter(text, lt.end) {
			continue // "the Port of Westhaven", "Westhaven port": the town, no one and no body's short name
		}
		fn, ok := pick(full, w, "")
		if !ok {
			if tentative(lt) && !creditLine(text, lt.start) {
				m := Mention{Start: lt.start, End: lt.end, Text: w, Name: w, Kind: timeline.Person, Tentative: true}
				if start, ok := f.givenBefore(text, ms, loose, k); ok {
					ms = dropLoose(ms, start, loose[k-1].end)
					m.Start, m.Text, m.Name = start, text[start:lt.end], text[start:lt.end]
				}
				ms = append(ms, m)
			}
			continue
		}
		// Of a surname several people share, the word before is no
		// given name of a further person: the pick is only a guess.
		if m, ok := f.ownGiven(text, ms, loose, k, fn.name); ok && !fn.org && !shared(full, w) {
			m.Country = fn.country
			ms = append(dropLoose(ms, m.Start, loose[k-1].end), m)
			continue
		}
		if !fn.org && f.clubWord(text, lt, &sports) {
			// "joined Barcelona from Santos" beside the father "Neymar da
			// Silva Santos": the club.
			ms = append(ms, Mention{Start: lt.start, End: lt.end, Text: w, Name: w, Kind: timeline.Organization})
			continue
		}
		if fn.org && stateOfficeAfter(text, lt.end) {
			continue // "Ohio Attorney General Diane Keller" beside the Ohio Nurses Association: the office's state
		}
		if fn.org && (lt.kind != timeline.Heading && f.otherNameGoesOn(text, lt.end, fn.name)) {
			continue // "the Gulf of Mexico", "Gulf County" beside Gulf Coast Regional Medical Center
		}
		m := Mention{Start: lt.start, End: lt.end, Text: w, Name: fn.name, Kind: timeline.Person, Country: fn.country, Ref: fn.ref}
		adjacent := k > 0 && loose[k-1].end+1 == lt.start && text[loose[k-1].end] == ' ' && loose[k-1].kind == lt.kind
		if adjacent && text[loose[k-1].start:lt.end] == fn.name {
			// "assured by Cambridge Analytica" where the document names it
			// so: the word before is the name's, no short name of another
			// body ("Cambridge" of Cambridge University) nor a new name.
			m.Start, m.Text = loose[k-1].start, fn.name
			if n := len(ms); n > 0 && ms[n-1].Start == m.Start && ms[n-1].End == loose[k-1].end {
				ms = ms[:n-1] // read alone, as a tentative name or another body's short name
			}
		}
		if fn.org {
			m.Kind = timeline.Organization
		} else if adjacent && m.Start == lt.start && !strings.Contains(fn.name, " ") {
			m.Start = loose[k-1].start
			m.Text = text[m.Start:m.End]
			m.Name = m.Text
			full = append(full, surnameName{surname: w, fullName: fullName{name: m.Name, country: fn.country}})
		}
		ms = append(ms, m)
	}
	*buf = full
	for i := range ms {
		m := &ms[i]
		if m.Kind == timeline.Organization && m.Ref == "" && (!strings.ContainsAny(m.Name, " \t\n") || ampOnly(m.Name)) {
			// "Velmont shares fell" in a document about Velmont Motors:
			// the one-word company is the longer name's first word.
			if fn, ok := pick(full, m.Name, ""); ok && fn.org && fn.name != m.Name {
				m.Name, m.Country = fn.name, fn.country
			}
			continue
		}
		if m.Kind != timeline.Person {
			continue
		}
		key := f.stripHonorific(m.Text)
		if strings.ContainsAny(key, " \t\n") {
			if fn, ok := titledGiven(full, m); ok {
				m.Name = fn.name // "Sheikh Mohammed explained" after "Sheikh Mohammed bin Abdulrahman Al-Thani"
			}
			continue
		}
		if fn, ok := titledGiven(full, m); ok {
			m.Name = fn.name
			continue
		}
		fn, ok := pick(f.ofGender(full, m.Text), key, m.Ref)
		if !ok {
			continue
		}
		if fn.org {
			// "Halvard said" in a document about Halvard Construction:
			// the company, unless a title or honorific marks a person.
			if m.Text == key && m.Title == "" && m.Role == "" {
				m.Kind, m.Name, m.Country = timeline.Organization, fn.name, fn.country
			}
			continue
		}
		m.Name = fn.name
		if m.Country == "" {
			m.Country = fn.country
		}
	}
	return ms
}

// stateOffices are the capitalised offices of a state, a county or a
// town that the place's name qualifies: "Ohio Attorney General", "Kessel
// County Sheriff", "Dovrik Mayor".
var stateOffices = map[string]bool{"Attorney": true, "Governor": true, "Gov": true, "Lieutenant": true, "Lt": true,
	"Senator": true, "Sen": true, "Mayor": true, "Secretary": true, "Treasurer": true, "Comptroller": true,
	"Auditor": true, "Sheriff": true, "Representative": true, "Rep": true, "Assemblyman": true, "Assemblywoman": true}

// transferVerbs move a player from one club to another: "joined
// Barcelona from Santos", "signed from Santos".
var transferVerbs = map[string]bool{"joined": true, "signed": true, "moved": true, "transferred": true, "arrived": true, "loaned": true}

// clubWord reports whether the loose word lt of a sports text stands
// where a club a player left does ("joined Barcelona from Santos"): a
// club named after a person's surname, as Brazil's and Spain's are, is no
// short name of the person. sports keeps whether text is sports copy.
func (f *Finder) clubWord(text string, lt looseToken, sports *int) bool {
	// Only a transfer's "from" is so sure: "met with Cheeks", "take over
	// for Ford", "replaced him with Cheeks" are about the coach.
	before := wordsBefore(text, lt.start, 3)
	if len(before) < 3 || before[0] != "from" || !transferVerbs[before[1]] && !transferVerbs[before[2]] {
		return false
	}
	if *sports == 0 {
		*sports = -1
		if f.g.sportsText(text) {
			*sports = 1
		}
	}
	return *sports > 0
}

// stateOfficeAfter reports whether one of stateOffices follows text[:end]
// after a space: the word before names where the office is held, not a
// body of the same first word.
func stateOfficeAfter(text string, end int) bool {
	if !strings.HasPrefix(text[end:], " ") {
		return false
	}
	next := text[end+1:]
	if i := strings.IndexAny(next, " .,;:"); i >= 0 {
		next = next[:i]
	}
	return stateOffices[next]
}

// tentative reports whether a loose capitalised word may be a surname
// another document confirms: a word of three letters or more, no common
// noun for people or body, inside a sentence (a capital opening one, or
// any word of a heading, says nothing).
func tentative(lt looseToken) bool {
	return !lt.first && lt.kind != timeline.Heading && lt.end-lt.start >= 3 &&
		lt.lex&(lPeopleNoun|lOrgHead|lNamedOrg|lSpeech) == 0
}

// surnameName is a person's name filed under its surname.
type surnameName struct {
	surname string
	fullName
	times int // how many mentions of the document write the full name, less one
}

// fullName is a person's name as one document writes it; single is set
// for a person the document calls by the surname alone.
type fullName struct {
	name, ref, country string
	single             bool
	org                bool // an organisation called by its first word: "Halvard"
	inner              bool // filed under a word before its particle: "Lula" (innerNames)
	kin                bool // a person the document introduces as another's kin: "the player's father, …" (kinname.go)
}

// fullNames lists the document's person names by surname: full names, and
// surnames written alone with person context ("Mr Vell", "Vell said"). A
// document names few people, so a list searched in order beats a map.
func (f *Finder) fullNames(full []surnameName, ms []Mention) []surnameName {
	add := func(k string, fn fullName) {
		for i, x := range full {
			if x.surname == k && x.name == fn.name {
				full[i].times++
				if full[i].country == "" {
					full[i].country = fn.country
				}
				return
			}
		}
		full = append(full, surnameName{k, fn, 0})
	}
	for _, m := range ms {
		if m.Kind != timeline.Person || isDescriptor(m.Text) {
			continue
		}
		key := f.stripHonorific(m.Text)
		switch {
		case strings.Contains(m.Name, " ") && strings.ContainsAny(key, " \t\n"):
			add(f.g.surnameOfName(m.Name), fullName{name: m.Name, ref: m.Ref, country: m.Country, kin: kinRole(m.Role)})
		case !strings.ContainsAny(key, " \t\n") && !strings.Contains(m.Name, " "):
			add(key, fullName{name: m.Name, ref: m.Ref, country: m.Country, single: true})
		}
	}
	return full
}

// orgShortNames files the organisations the document names by their shape
// ("Halvard Construction") under their first word, which the text may use
// alone ("Halvard denied it"). A first word that is a word of organisation
// names anyway ("National Bank") is no short name, nor that of a body
// the text introduces as another's part ("its banking subsidiary,
// Wirecard Bank"), nor, unless a class
// noun stands before the name ("shipping line Evergreen Marine"), the
// first word of a name that ends in no organisation word ("Obama team").
func (f *Finder) orgShortNames(text string, full []surnameName, ms []Mention) []surnameName {
	for k := range ms {
		m := &ms[k]
		first, _, multi := strings.Cut(m.Name, " ")
		if m.Kind != timeline.Organization || m.Ref != "" || m.Modifier && !multi || m.Name == strings.ToLower(m.Name) {
			// A possessive still names the company ("Norvik Foods'
			// planned takeover"); a bare word before a noun may be
			// no more than the noun's ("Nordline shares"); a body
			// named by a common noun ("the health agency") has no
			// first word to go by.
			continue
		}
		if part := subsidiaryNamed(text, m.Name); part != "" {
			if m.Role == "" {
				m.Role = part // for Resolve: a part of a body is no longer name of it
			}
			continue
		}
		if second := f.afterState(m.Name); second != "" {
			first = second // "China Evergrande Group" goes by "Evergrande"
		}
		pair := ampPair(m.Name)
		if pair != "" {
			first = pair // "K & L Distribution" goes by "K & L"
		}
		if orgAdjectives[first] || f.g.lexOf(first)&(lStop|lOrgHead|lTitleMod|lTitleHead) != 0 ||
			multi && pair == "" && !shortByTown(m.Name) && f.g.lexOf(lastWord(m.Name))&lOrgHead == 0 && !fieldHeads[strings.ToLower(lastWord(m.Name))] && !classedBody(text, m.Start) ||
			f.g.root[first] != nil || placeFirst(m.Name) {
			continue // a one-word company ("Nordline shares") goes by its name
		}
		// The organisation explains a word the text also uses alone
		// better than a person of that one name; a person's full name
		// keeps it.
		at := len(full)
		for i, x := range full {
			if x.surname == first {
				at = i
				if !x.single {
					at = -1
					break
				}
			}
		}
		switch fn := (surnameName{surname: first, fullName: fullName{name: m.Name, country: m.Country, org: true}}); {
		case at == len(full):
			full = append(full, fn)
		case at >= 0:
			full[at] = fn
		}
	}
	return full
}

// afterState returns the word a body's name of three words or more goes
// by when a state opens it: the next word, when it is no word of the
// lists, no place and no field ("China Evergrande Group" is called
// "Evergrande"; "Kenya National Commission on Human Rights" nothing), or "".
func (f *Finder) afterState(name string) string {
	state, rest, _ := strings.Cut(name, " ")
	e := f.g.root[state]
	if e == nil || e.hit == nil || e.hit.e.kind != timeline.Country {
		return ""
	}
	w, tail, _ := strings.Cut(rest, " ")
	if tail == "" {
		return "" // a name of three words or more
	}
	if !startsUpper(w) || f.g.lexOf(w) != 0 || f.g.root[w] != nil || fieldHeads[strings.ToLower(w)] || orgAdjectives[w] {
		return ""
	}
	return w
}

// stripHonorific drops a leading honorific: "Mr. Okoro" → "Okoro".
func (f *Finder) stripHonorific(text string) string {
	w, rest, ok := strings.Cut(text, " ")
	if !ok {
		return text
	}
	if f.g.honorific[strings.TrimSuffix(w, ".")] {
		return strings.TrimSpace(rest)
	}
	return text
}

// isDescriptor reports whether a mention's text is a description such as
// "the Russian leader" rather than a name.
func isDescriptor(text string) bool {
	return strings.HasPrefix(text, "the ") || strings.HasPrefix(text, "The ")
}

// classedBody reports whether a noun for a kind of body stands right
// before the name at byte offset at, or before the comma there: "shipping
// line Evergreen Marine", "a Japanese company, Shoei Kisen".
func classedBody(text string, at int) bool {
	end := strings.TrimRight(text[:at], " ")
	end = strings.TrimSuffix(end, ",")
	w := wordBefore(end, len(end))
	if w == "line" {
		return lineTrades[wordBefore(end, len(end)-len(w))]
	}
	return orgClasses[w]
}

// subsidiaryNamed returns the noun by which the text introduces name,
// where it first writes it, as a part of another body, or "": "its banking subsidiary,
// Norvex Bank", "the unit Norvex Card", "Norvex's British arm, Norvex
// UK". Its first word alone is then the parent, no short name of it.
func subsidiaryNamed(text, name string) string {
	at := strings.Index(text, name)
	if at < 0 {
		return ""
	}
	before := strings.TrimSuffix(strings.TrimRight(text[:at], " "), ",")
	if w := wordBefore(before, len(before)); partNouns[w] {
		return w
	}
	return ""
}

var partNouns = map[string]bool{"subsidiary": true, "unit": true, "arm": true, "division": true, "affiliate": true}
