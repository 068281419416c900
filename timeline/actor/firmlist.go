package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// Business copy lists the firms of a trade together: "plants run by
// Halvard Motors, Brevik Steel and Norvex", "Kestrel, Ostrand Bank and
// Varna said". A bare word in such a list beside a named body is a body
// too, though nothing else near it says so and the recogniser reads it as
// a surname; people and firms are listed together seldom, and then the
// person is given a given name or a title ("Norvex and its founder, Anna
// Berg").

// listedFirms retypes as an organisation each person of ms that the
// document calls by one bare word, when one of its mentions stands in a
// list ("A, B and C", "A and B", "A or B") beside a named organisation;
// every bare mention of the word in the document follows it.
func (g *gazetteer) listedFirms(text string, ms []Mention) {
	for k := range ms {
		m := &ms[k]
		if !barePerson(g, m) || !listedWithBody(text, ms, k) {
			continue
		}
		w := m.Name
		for j := range ms {
			if o := &ms[j]; o.Kind == timeline.Person && o.Name == w && barePerson(g, o) {
				o.Kind = timeline.Organization
			}
		}
	}
}

// barePerson reports whether m is a person written as one word alone,
// with no title, role, given name or gazetteer entry.
func barePerson(g *gazetteer, m *Mention) bool {
	return m.Kind == timeline.Person && m.Text == m.Name && m.Title == "" && m.Role == "" && m.Ref == "" &&
		!strings.Contains(m.Name, " ") && !g.isGiven(m.Name)
}

// listedWithBody reports whether the mention ms[k] stands in one list
// with a named organisation, the list's members joined by commas and an
// "and" or "or" ("General Motors, Ford Motor and Norvex"; a comma alone
// may end an opening phrase: "Speaking from London, Norvex said"). The
// mentions need not be in order.
func listedWithBody(text string, ms []Mention, k int) bool {
	body, joined := false, false
	for _, after := range []bool{false, true} {
		m := &ms[k]
		for steps := 0; m != nil && steps < 8; steps++ {
			var next *Mention
			gap := ""
			for j := range ms {
				o := &ms[j]
				if o.Name == "" || o == m {
					continue
				}
				if after && m.End <= o.Start && listGap(text[m.End:o.Start]) {
					next, gap = o, text[m.End:o.Start]
				} else if !after && o.End <= m.Start && listGap(text[o.End:m.Start]) {
					next, gap = o, text[o.End:m.Start]
				}
				if next != nil {
					break
				}
			}
			if next == nil {
				break
			}
			joined = joined || strings.Contains(gap, " and ") || strings.Contains(gap, " or ")
			body = body || next.Kind == timeline.Organization && named(next) && !next.Modifier
			m = next
		}
	}
	return body && joined
}

// listJoins makes each way of joining the members of a list a comma. It
// is made once: made at each of the O(n²) gaps listedWithBody tries, its
// tables were 3% of what extracting the benchmark corpus allocated.
var listJoins = strings.NewReplacer(", and ", ",", ", or ", ",", " and ", ",", " or ", ",", ", ", ",")

// listGap reports whether gap joins two members of a list, maybe over
// other members no mention holds ("Ford, GM and Norvex").
func listGap(gap string) bool {
	if len(gap) > 40 || gap == "" || gap[0] != ' ' && gap[0] != ',' {
		return false
	}
	gap = listJoins.Replace(gap)
	parts := strings.Split(gap, ",")
	if len(parts) < 2 || parts[0] != "" || parts[len(parts)-1] != "" {
		return false
	}
	for _, p := range parts[1 : len(parts)-1] {
		for w := range strings.FieldsSeq(p) {
			if !isUpper(w[0]) {
				return false
			}
		}
		if p == "" || p[0] == ' ' || p[len(p)-1] == ' ' {
			return false
		}
	}
	return true
}
