package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/timeline"
)

// surnameBodies makes a person, in every document, of a name that ends in
// a word of bodies' names which is a common surname too ("Elton Brand",
// "Dale Hall") when one document marks the person ("Elton Brand, who
// leads the team", "H. Dale Hall, director of the service"). Elsewhere
// nothing marks it either way and the body's word made it a body, which
// then drew the descriptions of a team or a club ("the team"); those
// mentions are no one's and are removed from docs[d], which may get
// shorter.
func surnameBodies(docs [][]Mention) {
	people := map[string]bool{}
	for _, ms := range docs {
		for _, m := range ms {
			if m.Kind == timeline.Person && !m.Tentative && surnameHeadName(m.Name) {
				people[m.Name] = true
				if len(m.Name) > 3 && m.Name[1] == '.' {
					people[m.Name[3:]] = true // "Dale Hall" of "H. Dale Hall"
				}
			}
		}
	}
	if len(people) == 0 {
		return
	}
	for d, ms := range docs {
		kept := ms[:0]
		for _, m := range ms {
			if m.Kind == timeline.Organization && m.Ref == "" && people[m.Name] {
				if describes(m.Text) {
					continue // "the team" stood for the body the name was read as
				}
				m.Kind = timeline.Person
			}
			kept = append(kept, m)
		}
		clear(ms[len(kept):])
		docs[d] = kept
	}
}

// surnameHeadName reports whether name is a given name and a surname that
// is a word of bodies' names too: "Elton Brand", not "Carnegie Hall Trust".
// The given name's initial before it is the person's too: "H. Dale Hall".
func surnameHeadName(name string) bool {
	if len(name) > 3 && name[1] == '.' && name[2] == ' ' {
		name = name[3:]
	}
	first, last, ok := strings.Cut(name, " ")
	return ok && first != "" && !strings.Contains(last, " ") && surnameHeads[strings.ToLower(last)]
}

// describes reports whether a mention's text is a description of what it
// names rather than the name: "the team", "club".
func describes(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return isDescriptor(text) || unicode.IsLower(r)
}

// leadingInitials drops from a person's name a given name's initial that
// opens it before two words more: "W. Mark Felt" goes by "Mark Felt", as
// other articles write him, while "George W. Bush" keeps his.
func leadingInitials(ms []Mention) {
	for k := range ms {
		m := &ms[k]
		if m.Kind == timeline.Person && len(m.Name) > 3 && m.Name[1] == '.' && m.Name[2] == ' ' &&
			m.Name[0] >= 'A' && m.Name[0] <= 'Z' && strings.Count(m.Name[3:], " ") >= 1 {
			m.Name = m.Name[3:]
		}
	}
}
