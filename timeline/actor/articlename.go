package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// A name that the Romance article "La" opens is a body's, a league's, a
// paper's or a theatre's ("La Liga", "La Repubblica", "La Scala"), never a
// person's name in English copy, whatever a verb of saying or the
// recogniser made of it ("La Liga said", "La Liga president Javier
// Tebas"). A title or a role written for it is a person's, and is left.

// articleBodies makes a body of each person of ms whose name "La" opens.
func articleBodies(ms []Mention) {
	for k := range ms {
		m := &ms[k]
		if m.Kind != timeline.Person || m.Title != "" || m.Role != "" {
			continue
		}
		if rest, ok := strings.CutPrefix(m.Name, "La "); ok && startsUpper(rest) && !strings.Contains(rest, " ") {
			m.Kind, m.Country, m.Tentative = timeline.Organization, "", false
		}
	}
}
