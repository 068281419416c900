package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// markedPersons makes a person, in every document, of a name of several
// words that one document marks as a person's by a title or an honorific
// ("Professor Henrik Sand") and another read as a body's with
// no word of a body in it ("the laboratory of Henrik Sand", which the
// entity recogniser tagged an organisation): the opposite of bodyNames,
// which a person's evidence already stops.
func markedPersons(g *gazetteer, docs [][]Mention) {
	marked := map[string]bool{}
	for _, ms := range docs {
		for k := range ms {
			m := &ms[k]
			if m.Kind != timeline.Person || m.Ref != "" || !strings.Contains(m.Name, " ") {
				continue
			}
			lead, _, _ := strings.Cut(m.Text, " ")
			// A title or honorific, not a role: "the mine's owner, Ostrava
			// Coal" gives a body a role too.
			if m.Title != "" || g.honorific[strings.TrimSuffix(lead, ".")] {
				marked[m.Name] = true
			}
		}
	}
	if len(marked) == 0 {
		return
	}
	for _, ms := range docs {
		for k := range ms {
			m := &ms[k]
			if m.Kind != timeline.Organization || m.Ref != "" || m.Tentative || !marked[m.Name] {
				continue
			}
			if w := lastWord(m.Name); g.lexOf(w)&lOrgHead != 0 || fieldHeads[strings.ToLower(w)] || nameTypes[strings.ToLower(w)] != 0 {
				continue // "Vell Capital": a body's word ends it
			}
			m.Kind = timeline.Person
		}
	}
}
