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
	if role, country, from, ok := s.titleBefore(first - 1); ok && !(s.word(from-1) && (s.lower(from-1) == "a" || s.lower(from-1) == "an") && !s.g.given[s.str(i)]) {
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
		case s.word(a-1) && s.str(a-1) == "of" && s.has(lTitleHead, a-2) && a-1 < k:
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
		if q, _ := s.matchEndingAt(a - 1); q > 0 && s.word(q-1) && strings.EqualFold(s.str(q-1), "former") {
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

var determiners = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true, "our": true, "your": true}

var connectors = map[string]bool{"of": true, "for": true, "on": true, "to": true, "in": true, "at": true, "with": true}

// preApposition reads a role phrase ending in a comma right before token i:
// "the European Union’s foreign policy chief, Ilse Varga", "his envoy for
// Russia and Ukraine, Keld Arvik".
//
// from is the byte offset where the phrase, with its possessive, starts.
func (s *sentence) preApposition(i int) (role, country string, from int, ok bool) {
	if !s.punct(i-1, ',') || !s.word(i-2) {
		return "", "", 0, false
	}
	last := i - 2
	a := last
	qual := -1
	for ; a >= 0 && last-a < 10; a-- {
		if !s.word(a) {
			break
		}
		if s.has(lDeterminer, a) {
			if a >= 2 && s.word(a-1) && (s.str(a-1) == "of" || s.str(a-1) == "for") && s.word(a-2) && !s.has(lDeterminer, a-2) {
				// "the head of the national investigation board, Mirela
				// Stan": the role runs on before "of" to its head.
				a--
				continue
			}
			break
		}
		if s.toks[a].is(tPoss) && !s.namePossessive(a) {
			qual = a
			break
		}
	}
	a++
	if a > last || last-a >= 9 {
		return "", "", 0, false
	}
	// "Arno Lindqvist, the president of Belarus, Mr Petrenko said": a
	// phrase right after a name and its comma is that name's apposition.
	lead := a
	if s.word(lead-1) && s.has(lDeterminer, lead-1) {
		lead--
	}
	if qual < 0 && s.punct(lead-1, ',') && s.word(lead-2) && s.toks[lead-2].is(tCap) {
		return "", "", 0, false
	}
	if !s.roleHead(a, last+1, lTitleHead) {
		return "", "", 0, false
	}
	for k := a; k <= last; k++ {
		if auxiliaries[s.lower(k)] {
			// "…, will be nominated as finance minister, Anna Berg
			// said": a clause ends at the comma, no role phrase.
			return "", "", 0, false
		}
	}
	if qual < 0 {
		role, country = s.rolePhrase(a, last+1)
		return role, country, s.toks[a].start, true
	}
	from = s.toks[qual].start
	if q, _ := s.matchEndingAt(qual); q >= 0 {
		from = s.toks[q].start
	}
	role, country = s.possessedRole(qual, a, last+1)
	return role, country, from, true
}

// rolePhrase renders the role phrase [a, b). A possessive inside it names
// who the role belongs to: "Hal Brody’s special envoy" is a "special
// envoy" of the United States, "Russia’s foreign minister" a "Russian
// foreign minister".
func (s *sentence) rolePhrase(a, b int) (role, country string) {
	for p := b - 2; p >= a; p-- {
		if s.toks[p].is(tPoss) && s.toks[p].is(tCap) && !s.roleHead(p+1, b, lTitleHead) {
			break // inside a body's name: "a former chairwoman of the Swedish Bankers' Association"
		}
		if s.toks[p].is(tPoss) && s.toks[p].is(tCap) {
			return s.possessedRole(p, p+1, b)
		}
		if s.toks[p].is(tPoss) {
			if !s.ofBefore(a, p) {
				a = p + 1 // "the president’s special envoy": the role is the envoy's (see ofBefore)
			}
			break
		}
	}
	// The state is the one that qualifies the role ("the US special
	// envoy", "president of Belarus"), not the one it is for ("envoy for
	// Russia and Ukraine").
	for k := a; k < min(b, a+3); k++ {
		if s.word(k) && connectors[s.str(k)] && s.str(k) != "of" {
			break
		}
		if end, h := s.match(k); h != nil && end <= b {
			_, country = s.qualifier(end - 1)
			break
		}
	}
	return s.joined(a, b), country
}

// possessedRole renders the role [a, b) owned by the possessive at token
// p: a state or body prefixes its adjective or name, a person gives only
// a country.
func (s *sentence) possessedRole(p, a, b int) (role, country string) {
	prefix, country := s.qualifier(p)
	role = s.joined(a, b)
	if prefix != "" {
		role = prefix + " " + role
	}
	return role, country
}

// roleHead reports whether the head of the phrase [a, b) is in heads. The
// head is the word before the first connector ("envoy for Russia"), or the
// last word.
func (s *sentence) roleHead(a, b int, heads uint16) bool {
	head := b - 1
	for j := a + 1; j < b; j++ {
		if s.word(j) && connectors[s.str(j)] {
			head = j - 1
			break
		}
	}
	return head >= a && s.has(heads, head)
}

var clauseWords = map[string]bool{"who": true, "which": true, "that": true, "whose": true, "whom": true,
	"where": true, "when": true, "while": true, "as": true, "after": true, "before": true,
	"said": true, "says": true, "told": true, "and": true, "but": true, "was": true, "is": true, "has": true, "had": true}

// auxiliaries are the verbs that help another, and the words that open
// a relative clause: a phrase with one is a clause, not a role ("the
// minister for trade and industry" is one).
var auxiliaries = map[string]bool{"will": true, "would": true, "shall": true, "should": true, "can": true, "could": true,
	"must": true, "might": true, "be": true, "been": true, "being": true, "is": true, "are": true, "was": true, "were": true,
	"am": true, "has": true, "have": true, "had": true, "said": true, "says": true, "told": true, "who": true, "which": true}

// postApposition reads what follows a name after a comma: an age (", 23,")
// or a role phrase (", the US special envoy", ", president of the Kyiv
// School of Economics", ", a Ukrainian analysis group"). org is set when
// the phrase names an organisation.
//
// next is the token after the phrase.
func (s *sentence) postApposition(end int) (role, country string, next int, org, ok bool) {
	for s.punct(end, ',') && s.postnominal(end+1) {
		end += 2 // "Jorge Alsip, MD, the society's president": the degree is no role
	}
	if !s.punct(end, ',') {
		return "", "", 0, false, false
	}
	j := end + 1
	if s.word(j) && s.toks[j].is(tDigit) && (j+1 >= len(s.toks) || !s.word(j+1)) {
		return "", "", j + 1, false, true
	}
	if s.word(j) && s.has(lDeterminer, j) {
		j++
	} else if s.word(j) && (len(s.str(j)) > 5 && strings.HasSuffix(s.lower(j), "ing") && !s.has(lTitleHead|lTitleMod, j) || s.lower(j) == "to") {
		// "…in Vancouver, killing the chief executive", "from Kelvania,
		// to be surgeon general": a clause, no role of the name before it.
		return "", "", 0, false, false
	}
	b := j
	for b < len(s.toks) && s.word(b) && b-j < 10 && !clauseWords[s.str(b)] {
		b++
	}
	if b == j {
		return "", "", 0, false, false
	}
	for b > j && connectors[s.str(b-1)] {
		b--
	}
	b = s.sharedHead(j, b)
	if s.verbAndObject(end+1, j, b) {
		return "", "", 0, false, false
	}
	if s.titledName(j, b) {
		// "Bret Vell, former Secretary of the Treasury Lars Sommer, and
		// …": the next of a list, a title and its holder, no role of
		// the name before the comma.
		return "", "", 0, false, false
	}
	if s.word(b) && (s.str(b) == "said" || s.str(b) == "says" || s.str(b) == "told") {
		// "…belonging to Black Lantern, the country's prosecutor said":
		// a speaker closing the sentence, no comma before the saying,
		// is no role of the name before it.
		return "", "", 0, false, false
	}
	switch {
	case s.roleHead(j, b, lTitleHead):
	case s.roleHead(j, b, lOrgHead):
		// "Samuel Dalembert, a developing center", "Laurence Mark,
		// producer of the telecast" are persons: the noun names people
		// too, and a body's apposition opens with more than the noun.
		org = !(s.headIn(j, b, peopleOrgHeads) && (s.g.given[s.str(firstOfName(s, end))] || j == end+1 && s.headIn(j, j+1, peopleOrgHeads)))
	default:
		return "", "", 0, false, false
	}
	role, country = s.rolePhrase(j, b)
	return role, country, b, org, true
}
