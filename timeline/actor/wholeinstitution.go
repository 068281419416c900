package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// institutionHeads end the names of places that hold or care for people,
// which open with any word at all: "Metropolitan Detention Center",
// "Holloway Prison", "Royal Free Hospital".
var institutionHeads = map[string]bool{"center": true, "centre": true, "prison": true, "hospital": true, "jail": true,
	"penitentiary": true, "infirmary": true, "clinic": true}

// wholeInstitutions gives back to an institution's name the capitalised
// word before it that the finder read as a title ("Metropolitan", an
// Orthodox bishop's title, of "Metropolitan Detention Center"): a title
// stands before a person's name, and an institution's head word ends
// this one.
func (g *gazetteer) wholeInstitutions(text string, ms []Mention) {
	for k := range ms {
		m := &ms[k]
		if m.Kind != timeline.Organization || m.Ref != "" || m.Name != m.Text || !strings.Contains(m.Name, " ") ||
			!institutionHeads[strings.ToLower(lastWord(m.Name))] || m.Start < 2 || text[m.Start-1] != ' ' {
			continue
		}
		start := m.Start - 1 - len(wordBefore(text, m.Start-1))
		w := text[start : m.Start-1]
		if w == "" || !isUpper(w[0]) || g.lexOf(w)&(lTitleHead|lTitleMod) == 0 || g.honorific[w] || overlapsAny(ms, start, m.Start) {
			continue
		}
		m.Start, m.Text, m.Name = start, text[start:m.End], text[start:m.End]
	}
}
