package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// British papers write a body's initials that are said as a word in
// title case ("Acas" of the Advisory, Conciliation and Arbitration
// Service, as "Nato" and "Unicef"): a capitalised word that, written in
// capitals, spells the initials of a body the document names in full is
// that body, not a one-word person nor a body of its own.

// titleAcronyms gives such words of ms the body they spell.
func (g *gazetteer) titleAcronyms(ms []Mention) {
	for k := range ms {
		m := &ms[k]
		if !titleCaseWord(m.Text) || m.Name != m.Text || m.Ref != "" || m.Title != "" || m.Role != "" || g.isGiven(m.Text) ||
			m.Kind != timeline.Person && m.Kind != timeline.Organization {
			continue
		}
		caps := strings.ToUpper(m.Text)
		for j := range ms {
			if o := &ms[j]; j != k && o.Kind == timeline.Organization && o.Name != "" && !o.Tentative && acronym(o.Name) == caps {
				m.Kind, m.Name, m.Ref, m.Country, m.Tentative = o.Kind, o.Name, o.Ref, o.Country, false
				break
			}
		}
	}
}

// titleCaseWord reports whether w is one word of three to six letters,
// the first a capital and the rest lower case: "Acas".
func titleCaseWord(w string) bool {
	if len(w) < 3 || len(w) > 6 || !isUpper(w[0]) {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}
