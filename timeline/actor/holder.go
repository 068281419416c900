package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// Who holds an office is read from the roles and titles the document
// gives its persons ("Russian President Ivan Petrenko"); no list of
// office holders is kept.

// holder returns the person of the document whose role or title is the
// office in the state (any state when country is ""), and how many
// distinct persons hold it.
func (f *Finder) holder(ms []Mention, holders []int, country, office string) (name, c string, n int) {
	office = strings.ReplaceAll(office, "defence", "defense")
	for _, k := range holders {
		m := ms[k]
		// A monarch or pope goes by one name: "Pope Leo".
		if m.Kind != timeline.Person || !strings.Contains(m.Name, " ") && !monarchTitles[strings.ToLower(m.Role)] || m.Name == name || isDescriptor(m.Text) {
			continue
		}
		if country != "" && m.Country != country {
			continue
		}
		if f.g.holds(m.Role, office) || f.g.holds(m.Title, office) || portfolio(m.Role, office) || portfolio(m.Title, office) ||
			portfolioIn(m.Role, office) {
			if name != "" && n > 0 {
				return "", "", 2
			}
			name, c, n = m.Name, m.Country, 1
		}
	}
	return name, c, n
}

// holds reports whether a role is the office itself, maybe with its state
// written before ("Russian President") or after ("President of Russia"):
// "Vice President" and "former President" hold another office.
func (g *gazetteer) holds(role, office string) bool {
	r := strings.ReplaceAll(strings.ToLower(role), "defence", "defense")
	if r == office {
		return true
	}
	if rest, ok := strings.CutSuffix(r, " "+office); ok {
		return g.isState(role[:len(rest)])
	}
	if rest, ok := strings.CutPrefix(r, office+" of "); ok {
		return g.isState(role[len(role)-len(rest):])
	}
	return false
}

// isState reports whether text names a state in the gazetteer, by name or
// demonym, with an optional "the": "Russian", "the United States".
func (g *gazetteer) isState(text string) bool {
	text = strings.TrimPrefix(strings.TrimSpace(text), "the ")
	var toks []token
	toks = tokenize(toks, text, 0, len(text))
	m := g.root
	var nd *node
	for _, t := range toks {
		if nd = m[text[t.start:t.end]]; nd == nil {
			return false
		}
		m = nd.next
	}
	return nd != nil && nd.hit != nil && nd.hit.e.kind == timeline.Country
}
