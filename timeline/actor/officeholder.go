package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// splitHolders cuts from an organisation Find read after an office ("CEO
// of Orbis Satya Nadella") the person the entity recogniser names at its
// end, for news writes the office, its body and its holder in one
// capitalised run; Find splits the run itself only where a given name it
// knows opens the holder's name (holderAfterBody). The body is left to
// qualify the person, to whom persons then adds the office as a role.
func splitHolders(g *gazetteer, text string, ms []Mention, names []timeline.TextRange) map[int]string {
	var roles map[int]string
	for _, n := range names {
		words := strings.Fields(text[n.Start:n.End])
		if len(words) < 2 || len(words) > 3 || !g.personWords(words) {
			continue
		}
		for k := range ms {
			m := &ms[k]
			if m.Kind != timeline.Organization || m.Ref != "" || m.End != n.End || m.Start >= n.Start-1 || text[n.Start-1] != ' ' {
				continue
			}
			office := g.officeBeforeOf(text, m.Start)
			if office == "" {
				continue
			}
			m.End = n.Start - 1
			m.Text, m.Name, m.Modifier = text[m.Start:m.End], text[m.Start:m.End], true
			if roles == nil {
				roles = map[int]string{}
			}
			roles[n.Start] = office + " of " + m.Name
		}
	}
	return roles
}

// officeBeforeOf returns the office written before "of" or "at" right
// before byte at ("CEO of ", "chief executive at "), or "".
func (g *gazetteer) officeBeforeOf(text string, at int) string {
	before := strings.TrimRight(text[:at], " ")
	rest, ok := strings.CutSuffix(before, " of")
	if !ok {
		if rest, ok = strings.CutSuffix(before, " at"); !ok {
			return ""
		}
	}
	w := rest[strings.LastIndexAny(rest, " \t\n")+1:]
	if !bodyOnlyRoles[strings.ToLower(w)] && g.lexOf(w)&lTitleHead == 0 {
		return ""
	}
	return w
}
