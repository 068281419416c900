package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// bodyNames makes a body of a name of several words that one document
// reads as an organisation's and another as a person's on no person's
// evidence: "Call of Duty maker Activision Blizzard" is the company that
// "video game publisher Activision Blizzard" names, though the entity
// recogniser read the second as a person's name. A person's evidence is a
// title, a role, an honorific or a given name opening the name; with any
// of them in its document the person stays ("Jordan Henderson said").
//
// Likewise a name the gazetteer lacks that a preposition or a verb of
// motion made a place ("Returning to Orvant", "going to Orvant") is the
// organisation another sentence names so.
func bodyNames(g *gazetteer, docs [][]Mention) {
	bodies := map[string]bool{}
	for _, ms := range docs {
		for k := range ms {
			if m := &ms[k]; m.Kind == timeline.Organization && !m.Tentative && m.Name != "" {
				bodies[strings.ToLower(m.Name)] = true
			}
		}
	}
	if len(bodies) == 0 {
		return
	}
	for _, ms := range docs {
		for k := range ms {
			if m := &ms[k]; m.Kind == timeline.Place && m.Ref == "" && m.Country == "" && bodies[strings.ToLower(m.Name)] {
				m.Kind = timeline.Organization
			}
		}
	}
	for _, ms := range docs {
		person := map[string]bool{} // names of this document with a person's evidence
		for k := range ms {
			m := &ms[k]
			if m.Kind != timeline.Person || !strings.Contains(m.Name, " ") || !bodies[strings.ToLower(m.Name)] {
				continue
			}
			first, _, _ := strings.Cut(m.Name, " ")
			lead, _, _ := strings.Cut(m.Text, " ")
			if m.Title != "" || m.Role != "" || m.Ref != "" || g.isGiven(first) || g.honorific[strings.TrimSuffix(lead, ".")] || g.honorific[lead] {
				person[m.Name] = true
			}
		}
		for k := range ms {
			if m := &ms[k]; m.Kind == timeline.Person && strings.Contains(m.Name, " ") && bodies[strings.ToLower(m.Name)] && !person[m.Name] {
				m.Kind = timeline.Organization
			}
		}
	}
}
