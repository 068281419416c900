package actor

import (
	"strings"
	"unicode"

	"github.com/storyline/storyline/timeline"
)

// companyHeads end the names of companies named after a place, which
// news calls by the place alone once it has named them: "Alaska Airlines"
// is "Alaska" in "Alaska said", "Georgia Power" "Georgia" in "Georgia
// expects". A body of government so named ("Alaska Department of
// Transportation") leaves the place its name: "Alaska said" is the state.
var companyHeads = map[string]bool{"airlines": true, "airways": true, "airline": true, "air": true, "energy": true,
	"power": true, "motors": true, "railways": true, "railway": true, "rail": true, "telecom": true, "petroleum": true,
	"steel": true, "mining": true, "shipping": true, "cruises": true, "insurance": true, "bank": true, "bancorp": true}

// placeCompanies makes the company of ms named after a place of the
// gazetteer (see companyHeads) of the place's bare mentions that act as
// a body does: the subject of a verb ("Alaska said", "Alaska canceled 170
// flights", "Alaska has"), before a title ("Alaska CEO Ben Vell",
// "Alaska's chief executive") or joined to another body ("against Alaska
// and Boeing"). A place after a preposition or an article stays the
// place: "flights to Alaska", "the Alaska coast".
func (f *Finder) placeCompanies(text string, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Kind != timeline.Place || m.Ref == "" || m.Text != m.Name {
			continue
		}
		company := ""
		for _, o := range ms {
			if o.Kind == timeline.Organization && o.Ref == "" && strings.HasPrefix(o.Name, m.Name+" ") &&
				!strings.Contains(o.Name[len(m.Name)+1:], " ") && companyHeads[strings.ToLower(o.Name[len(m.Name)+1:])] {
				company = o.Name
				break
			}
		}
		if company == "" || !f.actsAsBody(text, ms, m.Start, m.End) {
			continue
		}
		place, country := m.Name, m.Country
		m.Kind, m.Name, m.Ref, m.Country = timeline.Organization, company, "", ""
		for k := range ms {
			// "Alaska CEO Ben Vell": the title is the company's, and
			// says nothing of the person's country.
			if p := &ms[k]; p.Kind == timeline.Person && p.Start > m.End && p.Start-m.End < 40 && p.Country == country &&
				strings.HasPrefix(p.Role, place+" ") {
				p.Country = ""
			}
		}
	}
}

// actsAsBody reports whether the name text[start:end] stands where a body
// acts: see placeCompanies.
func (f *Finder) actsAsBody(text string, ms []Mention, start, end int) bool {
	before := wordBefore(text, start)
	switch {
	case before == "the" || before == "a" || before == "an" || before == "to" || before == "from" || before == "of":
		return false
	case f.g.lexOf(before)&(lLocPrep|lMotion) != 0:
		return false
	}
	rest := text[end:]
	if strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ") {
		next := wordAfter(rest[3:])
		return f.g.lexOf(next)&lTitleHead != 0 // "Alaska's chief executive"
	}
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	next := wordAfter(rest[1:])
	switch {
	case next == "":
		return false
	case next == "and" || next == "or":
		after := strings.Index(rest, next) + len(next) + 1
		w := wordAfter(text[min(end+after, len(text)):])
		return f.g.lexOf(w)&(lTitleHead|lTitleMod) == 0 && !f.g.honorific[w] && bodyAt(ms, text, end+after) // "Alaska and Boeing"
	case f.g.lexOf(next)&(lTitleHead|lSpeech) != 0:
		return true // "Alaska CEO Ben Vell", "Alaska said"
	case unicode.IsUpper(rune(next[0])):
		return false
	}
	switch next {
	case "has", "had", "have", "is", "was", "will", "would", "could", "can", "did", "does", "plans", "expects":
		return true
	}
	return strings.HasSuffix(next, "ed") && f.g.lexOf(next) == 0 // "Alaska canceled 170 flights"
}

// bodyAt reports whether a capitalised name that no mention of ms makes a
// place or a person starts at byte at of text: another body, as far as
// the document can tell ("Boeing", confirmed by the corpus later).
func bodyAt(ms []Mention, text string, at int) bool {
	if at >= len(text) || text[at] < 'A' || text[at] > 'Z' {
		return false
	}
	for _, m := range ms {
		if m.Start == at {
			return m.Kind == timeline.Organization
		}
	}
	return true
}

// wordAfter returns the letters opening text.
func wordAfter(text string) string {
	n := strings.IndexFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	if n < 0 {
		return text
	}
	return text[:n]
}
