package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// markApposed flags the mentions already found inside a role phrase
// before a name as modifiers ("Ukraine" in "his envoy for Russia and
// Ukraine, Keld Arvik"), and has find flag those inside a role phrase
// after it.
func (s *sentence) markApposed(out []Mention, ev evidence) []Mention {
	if ev.preFrom >= 0 {
		for k := len(out) - 1; k >= 0 && out[k].Start >= ev.preFrom; k-- {
			out[k].Modifier = true
		}
	}
	if ev.role != "" && ev.next > 0 {
		s.roleFrom, s.roleUntil = s.toks[ev.next-1].start, s.toks[ev.next-1].end
		for k := ev.next - 1; k >= 0 && !s.punct(k, ','); k-- {
			s.roleFrom = s.toks[k].start
		}
	}
	return out
}

// evidence is what the context says of a capitalised name.
type evidence struct {
	honorific bool   // "Mr", "Dr"
	title     bool   // "Foreign Minister", "envoy"
	apposed   bool   // ", the US special envoy," or ", 23,"
	org       bool   // ", a Ukrainian analysis group"
	role      string // the role the context gives
	written   string // a capitalised title as written before the name: "President"
	country   string
	next      int // the token after a following apposition, or 0
	preFrom   int // byte offset of a role phrase before the name, or -1
}

// personMention builds the mention of a name at [i, end) with its
// honorific, and reads its role from the title before it or an
// apposition on either side.
func (s *sentence) personMention(i, end int) (Mention, evidence) {
	ev := evidence{preFrom: -1}
	first := i
	if h := s.honorificBefore(i); h >= 0 && s.firstLady(h) {
		// "First Lady Jill Vane": the wife's office, no honorific.
		ev.title, ev.role, ev.written = true, "first lady", s.text[s.toks[h-1].start:s.toks[h].end]
	} else if h >= 0 {
		first, ev.honorific = h, true
	}
	// A title after "a" before no given name is a common noun that
	// describes: "A Scientist Presents Evidence for Belief".
	if role, country, from, ok := s.titleBefore(first - 1); ok && !(s.word(from-1) && (s.lower(from-1) == "a" || s.lower(from-1) == "an") && !s.g.isGiven(s.str(i))) {
		ev.title, ev.role, ev.country = true, role, country
		switch {
		case from == 0 && !formalTitles[s.lower(first-1)] && s.toks[from].is(tCap) && !s.toks[from].is(tUpper) && !s.capsIn(from+1, first):
			// "Owner Viktor Marek said": a common noun capitalised
			// only because it opens the sentence.
			ev.role = strings.ToLower(role[:1]) + role[1:]
		case s.toks[from].is(tCap):
			ev.written = s.text[s.toks[from].start:s.toks[first-1].end]
		}
	} else if role, country, from, ok := s.preApposition(first); ok {
		ev.apposed, ev.role, ev.country, ev.preFrom = true, role, country, from
	} else if s.bodyApposedBefore(first, end) {
		ev.apposed, ev.org = true, true // "a Japanese company, Norvo Kisen"
	} else if part, ok := s.identifiedAs(first); ok {
		// "the gunman, whom police identified as Tomas Brede": a part only
		// a person plays.
		ev.apposed, ev.role = true, part
	}
	if !s.toks[end-1].is(tPoss) {
		if role, country, next, org, ok := s.postApposition(s.pastPostnominal(end)); ok {
			ev.apposed, ev.org, ev.next = true, org, next
			if ev.role == "" {
				ev.role = role
			}
			if ev.country == "" {
				ev.country = country
			}
		}
	}
	if ev.title && ev.country == "" && !ev.apposed && s.word(end) && s.str(end) == "of" && !s.toks[end-1].is(tPoss) {
		// "Chancellor Anke Roth of Germany": the state after the name is
		// the title's.
		if j, h := s.match(end + 1); h != nil && h.e.kind == timeline.Country && !s.toks[j-1].is(tPoss) {
			ev.role += " of " + s.text[s.toks[end+1].start:s.toks[j-1].end]
			ev.country = h.e.id
		}
	}
	if ev.country == "" && !ev.title && first > 0 && s.toks[first-1].is(tPoss) {
		// "Russia’s Ivan Petrenko": the state owning the name is its country.
		if _, h := s.matchEndingAt(first - 1); h != nil && (h.e.kind == timeline.Country || h.form == formAdj) {
			ev.country = countryOf(h.e)
		}
	}
	start, stop := s.toks[first].start, s.toks[end-1].end
	m := Mention{Start: start, End: stop, Text: s.text[start:stop], Name: s.withoutNickname(i, end),
		Kind: timeline.Person, Role: ev.role, Country: ev.country, Title: ev.written}
	return m, ev
}

// titleBefore reads a title ending at token k ("Deputy Foreign Minister",
// "Secretary of State", "Kremlin spokesman") with the state or body that
// qualifies it. The role names the qualifier by its adjective: "US
// Defense Secretary", "Russian Deputy Foreign Minister". A title with a
// possessive ending owns what follows and is no one's ("Prime Minister's
// Questions", "the Governor's Cup").
func (s *sentence) titleBefore(k int) (role, country string, from int, ok bool) {
	if s.word(k) && s.toks[k].is(tPoss) {
		return "", "", 0, false // "Prime Minister's Questions": the office owns the name after it
	}
	if !s.word(k) || !s.has(lTitleHead|lTitleMod, k) {
		if s.titleField(k) {
			if role, country, from, ok := s.titleBefore(k - 2); ok {
				return role + " " + s.str(k-1) + " " + s.str(k), country, from, true
			}
		}
		if role, from, ok := s.positionTitle(k); ok {
			return role, "", from, true
		}
		return "", "", 0, false
	}
	head := s.has(lTitleHead, k)
	a := k
	for a-1 >= 0 {
		switch {
		case s.has(lTitleHead, a-1):
			head = true
		case s.has(lTitleMod, a-1):
		case s.word(a-1) && s.str(a-1) == "of" && s.has(lTitleHead, a-2) && a-1 < k && !s.relationOf(a):
		default:
			if n := s.chiefField(a - 1); n > 0 {
				a -= n // "Chief Technology Officer": "Chief" is read next
				continue
			}
			goto done
		}
		a--
	}
done:
	if !head || !(s.has(lTitleHead, k) || s.hasOf(a, k)) {
		return "", "", 0, false
	}
	role = s.joined(a, k+1)
	prefix, country := s.qualifier(a - 1)
	if t := s.teamBefore(a); prefix == "" && t >= 0 && s.position(k) >= 0 {
		prefix = s.joined(t, a) // "Bills coach Dan Orr": the team's coach
	}
	if prefix != "" {
		role = prefix + " " + role
		// "Former British Prime Minister": the word before the state
		// still belongs to the title.
		q, _ := s.matchEndingAt(a - 1)
		for ; q > 0 && s.word(q-1) && s.toks[q-1].is(tCap) && s.has(lTitleMod, q-1) && !strings.EqualFold(s.str(q-1), "former"); q-- {
			role = s.str(q-1) + " " + role // "Assistant U.S. Attorney": the rank before the state is the title's
		}
		if q > 0 && s.word(q-1) && strings.EqualFold(s.str(q-1), "former") {
			role = "former " + role
		}
	}
	return role, country, a, true
}

// qualifier reads the state, body or person that qualifies a title from
// the tokens ending at k: "British", "Russia’s", "NATO’s", "Kremlin",
// "Brody’s". It returns the role prefix and the country id.
func (s *sentence) qualifier(k int) (prefix, country string) {
	if !s.word(k) {
		return "", ""
	}
	a, h := s.matchEndingAt(k)
	if h == nil {
		return "", ""
	}
	e := h.e
	switch {
	case e.kind == timeline.Country || h.form == formAdj:
		c := countryOf(e)
		if len(e.adj) > 0 {
			return e.adj[0], c
		}
		return e.name, c
	default:
		if _, st := s.matchEndingAt(a - 1); st != nil && (st.e.kind == timeline.Country || st.form == formAdj) && a > 0 {
			// "Russian Security Council secretary": the state's own body,
			// not the body of that name the gazetteer knows.
			adj := st.e.name
			if len(st.e.adj) > 0 {
				adj = st.e.adj[0]
			}
			return adj + " " + s.joined(a, k+1), countryOf(st.e)
		}
		c := countryOf(e)
		if c == "" {
			c = e.id
		}
		if len(e.adj) > 0 {
			return e.adj[0], c
		}
		return s.joined(a, k+1), c
	}
}
