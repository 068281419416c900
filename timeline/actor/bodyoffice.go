package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// An office held in a body names the one person the story gives that
// office in that body: "The chief executive of Varna Hydro resigned",
// "Varna Hydro's chief executive", "the company's chief executive" are
// Petar Ilchev where "The chief executive of Varna Hydro, Petar Ilchev,"
// was written, in that document or, failing it, in another (confirm). The
// holder is read from the roles bodyRoles writes ("chief executive of
// Varna Hydro"), so no second list of roles is kept.

// officeBody reads the body after an office ending before token last:
// "of" or "at" and a capitalised name that is no state ("the chief
// executive of Varna Hydro", "the mayor of Halden"), with no name in apposition after it ("the
// chief executive of Varna Hydro, Petar Ilchev," is the name's role). It
// returns the body's byte offset and its name as written.
func (s *sentence) officeBody(i, last int) (at int, name string, ok bool) {
	if !s.word(last) || s.str(last) != "of" && s.str(last) != "at" || !s.word(last+1) || !s.toks[last+1].is(tCap) ||
		s.toks[last+1].is(tUpper) && s.toks[last+1].end-s.toks[last+1].start > 5 {
		return 0, "", false
	}
	if h := s.gazStart(last + 1); h != nil && h.e.kind == timeline.Country {
		return 0, "", false // "the president of Belarus": a state's office names no one here (see descriptor)
	}
	end := last + 1
	for end < len(s.toks) && s.word(end) && s.toks[end].is(tCap) && end-last <= 5 {
		end++
		if s.toks[end-1].is(tPoss) {
			return 0, "", false
		}
	}
	if s.apposition(i, end) {
		return 0, "", false
	}
	if g, _ := s.holderAfterBody(last+1, end); g > 0 {
		return 0, "", false // "the chief executive of Varna Hydro Petar Ilchev": the holder is named
	}
	return s.toks[last+1].start, s.joined(last+1, end), true
}

// settleBodyOffices gives each office held in a body the one person of
// the document whose role is that office in that body; with none, the
// office waits, Tentative, for another document's (see confirm), and
// with several, or a body that is no organisation, it names no one.
func settleBodyOffices(g *gazetteer, ms []Mention, pend []pending, sents []timeline.Span) {
	var d *docSalience
	for _, p := range pend {
		if !p.hasBody {
			continue
		}
		m := &ms[p.at]
		m.Name = ""
		body := p.name // "the mayor of Dovrik", where Dovrik is no mention
		if k := mentionAt(ms, p.body); k >= 0 {
			ms[k].Modifier = true // it only says whose office it is
			body = ms[k].Name
		} else if p.body < 0 {
			// "its chief executive": of the body the text dwells on, as
			// bodyRoles reads "its" beside a name.
			if d == nil {
				d = newDocSalience(g, ms, sents)
			}
			if o := d.itsBody(m, p.its); o != nil {
				body = o.Name
			}
		}
		if body == "" {
			continue
		}
		role := p.office + " of " + body
		found, n := "", 0
		for _, o := range ms {
			if o.Kind == timeline.Person && strings.Contains(o.Name, " ") && !isDescriptor(o.Text) &&
				o.Name != found && sameRole(o.Role, role) {
				found, n = o.Name, n+1
			}
		}
		switch n {
		case 0:
			m.Name, m.Role, m.Tentative = m.Text, role, true
		case 1:
			m.Name = found
		}
	}
}

// sameRole reports whether a role is the office in the body, as written
// in either case and with "CEO" for "chief executive".
func sameRole(role, office string) bool {
	norm := func(r string) string {
		r = strings.ToLower(r)
		if rest, ok := strings.CutPrefix(r, "ceo "); ok {
			r = "chief executive " + rest
		}
		return strings.Replace(r, "chief executive officer ", "chief executive ", 1)
	}
	return role != "" && norm(role) == norm(office)
}

// mentionAt returns the index of the named organisation or place ("the
// mayor of Halden") starting at byte offset at, or -1.
func mentionAt(ms []Mention, at int) int {
	for k := range ms {
		if ms[k].Start == at && (ms[k].Kind == timeline.Organization || ms[k].Kind == timeline.Place) && ms[k].Name != "" {
			return k
		}
	}
	return -1
}

// bodyOfficeHolder returns the one person of the corpus whose role is the
// office in the body ("chief executive of Varna Hydro"), or "".
func bodyOfficeHolder(people map[string]*holderFacts, names []string, role string) string {
	found := ""
	for _, n := range names {
		if !strings.Contains(n, " ") {
			continue
		}
		for _, r := range people[n].roles {
			if sameRole(r, role) {
				if found != "" && found != n {
					return ""
				}
				found = n
			}
		}
	}
	return found
}
