package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// openingBodies makes an organisation of a "person" whose whole name
// opens a body's name that the corpus writes in full, the rest of it
// words of an organisation or a company's field: "Severn Vale said" of a
// story whose other article names Severn Vale Water, "Redmoor said it was
// baffled" of one naming Redmoor Capital. News calls a company by its
// name without the head word; nothing but a speaking verb made the short
// name a person's. It stays one where any mention of it has a person's
// evidence (a title, a role, an honorific, a given name opening it), and
// where the corpus names a person whose surname it is ("Anna Redmoor"),
// since a founder's surname opens the firm's name too. joinShortNames then
// joins it to the body.
func openingBodies(g *gazetteer, docs [][]Mention) {
	var bodies [][]string
	seen := map[string]bool{}
	for _, ms := range docs {
		for k := range ms {
			m := &ms[k]
			if m.Kind != timeline.Organization || m.Tentative || m.Ref != "" || !properName(m.Name) || seen[m.Name] {
				continue
			}
			seen[m.Name] = true
			if words := strings.Fields(m.Name); len(words) >= 2 {
				bodies = append(bodies, words)
			}
		}
	}
	if len(bodies) == 0 {
		return
	}
	person := map[string]bool{} // names some mention marks as a person's, and the surnames of full names
	for _, ms := range docs {
		for k := range ms {
			m := &ms[k]
			if m.Kind != timeline.Person {
				continue
			}
			words := strings.Fields(m.Name)
			if len(words) == 0 {
				continue
			}
			lead, _, _ := strings.Cut(m.Text, " ")
			if m.Title != "" || m.Role != "" || m.Ref != "" || g.isGiven(words[0]) || g.honorific[strings.TrimSuffix(lead, ".")] {
				person[m.Name] = true
			}
			if len(words) > 1 {
				person[words[len(words)-1]] = true
			}
		}
	}
	for _, ms := range docs {
		for k := range ms {
			m := &ms[k]
			if m.Kind != timeline.Person || m.Ref != "" || m.Tentative || person[m.Name] {
				continue
			}
			short := strings.Fields(m.Name)
			for _, long := range bodies {
				if g.opensBody(long, short) {
					m.Kind = timeline.Organization
					break
				}
			}
		}
	}
}

// opensBody reports whether the body's name long is short and, after it,
// words of an organisation or fields a company's name ends in only
// ("Severn Vale" of "Severn Vale Water", "Redmoor" of "Redmoor Capital").
func (g *gazetteer) opensBody(long, short []string) bool {
	if len(short) == 0 || len(long) <= len(short) {
		return false
	}
	for i, w := range short {
		if long[i] != w {
			return false
		}
	}
	for _, w := range long[len(short):] {
		if g.lexOf(w)&lOrgHead == 0 && !fieldHeads[strings.ToLower(w)] {
			return false
		}
	}
	return true
}
