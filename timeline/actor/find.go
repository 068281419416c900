package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// sentence holds one sentence's tokens while its rules run.
type sentence struct {
	f    *Finder
	g    *gazetteer
	text string
	toks []token
	kind timeline.SpanKind

	// roleFrom and roleUntil are the byte span of a role phrase after a
	// name; mentions starting inside it only qualify the name.
	roleFrom, roleUntil int

	// pend collects the document's mentions that are settled only once
	// the whole document is read (see settle).
	pend *[]pending
	inst *[]instMention // the bodies named by a common noun, for resolveInstitutions
	// lowered answers, for the document, whether a word is also written
	// in lower case (see lowerIn).
	lowered *lowerIndex
	// titleCase caches titleCased: 0 not read yet, 1 a headline, 2 not.
	titleCase int8
}

func (s *sentence) str(k int) string { return s.text[s.toks[k].start:s.toks[k].end] }

// lower returns the lower-case form of token k. It is made once per
// token: the rules ask for the same few tokens' again and again, and
// lower-casing each time allocated 3% of what extracting the benchmark
// corpus did.
func (s *sentence) lower(k int) string {
	t := &s.toks[k]
	if t.flags&tLow == 0 {
		t.low = strings.ToLower(s.text[t.start:t.end])
		t.flags |= tLow
	}
	return t.low
}

// has reports whether token k is in the word lists of bits, matched in
// lower case. The lookup is made once per token and cached on it.
func (s *sentence) has(bits uint16, k int) bool {
	if k < 0 || k >= len(s.toks) {
		return false
	}
	t := &s.toks[k]
	if t.flags&tWord == 0 {
		return false
	}
	if t.flags&tLex == 0 {
		t.lex = s.g.lexOf(s.text[t.start:t.end])
		t.flags |= tLex
	}
	return t.lex&bits != 0
}

func (s *sentence) word(k int) bool { return k >= 0 && k < len(s.toks) && s.toks[k].is(tWord) }

func (s *sentence) punct(k int, c byte) bool {
	return k >= 0 && k < len(s.toks) && !s.toks[k].is(tWord) && s.toks[k].punct == c
}

// capName reports whether token k can be part of a name: a capitalised
// word that is not all capitals, not a stop word and not a title word.
func (s *sentence) capName(k int) bool {
	if !s.word(k) {
		return false
	}
	t := s.toks[k]
	if !t.is(tCap) || (t.is(tUpper) && !t.is(tInitial) && t.end-t.start > 3) || s.positionAbbrev(k) || s.postnominal(k) {
		return false
	}
	return (!s.has(lStop, k) || s.givenMonth(k) || s.monthSurname(k) || s.stopSurname(k)) && (!s.has(lTitleHead, k) || s.givenTitle(k)) && !s.has(lTitleMod, k) && !s.g.honorific[s.str(k)] &&
		!firstPerson(s.str(k))
}

// match returns the longest gazetteer phrase starting at token i: its end
// token index and hit, or i and nil.
func (s *sentence) match(i int) (int, *hit) {
	m := s.g.root
	end, found := i, (*hit)(nil)
	for k := i; k < len(s.toks); k++ {
		nd := m[s.str(k)]
		if nd == nil {
			nd = m[foldName(s.str(k))] // "Zürich" of the gazetteer's "Zurich"
		}
		if nd == nil {
			break
		}
		if nd.hit != nil {
			end, found = k+1, nd.hit
		}
		if s.toks[k].is(tPoss) || nd.next == nil {
			break
		}
		m = nd.next
	}
	return end, found
}

// matchEndingAt returns a gazetteer hit of one or two tokens ending at
// token k (inclusive), and its first token.
func (s *sentence) matchEndingAt(k int) (int, *hit) {
	for n := 3; n >= 1; n-- {
		a := k - n + 1
		if a < 0 || !s.word(a) {
			continue
		}
		if end, h := s.match(a); h != nil && end == k+1 {
			return a, h
		}
	}
	return -1, nil
}

// find runs the rules over the sentence and appends its mentions.
func (s *sentence) find(out []Mention, loose *[]looseToken) []Mention {
	for i := 0; i < len(s.toks); {
		t := s.toks[i]
		if c := s.text[t.start]; (c == 't' || c == 'T') && t.end-t.start == 3 && t.is(tWord) && strings.EqualFold(s.str(i), "the") {
			before := len(out)
			var next int
			var ok bool
			if out, next, ok = s.bareOffice(out, i); ok {
				s.markInRole(out[before:])
				i = next
				continue
			}
			if out, next, ok = s.personDesc(out, i); ok {
				s.markInRole(out[before:])
				i = next
				continue
			}
			if out, next, ok = s.deedClause(out, i); ok {
				s.markInRole(out[before:])
				i = next
				continue
			}
			if out, next, ok = s.definiteGroup(out, i); ok {
				s.markInRole(out[before:])
				i = next
				continue
			}
		}
		if t.end-t.start == 3 && t.is(tWord) && strings.EqualFold(s.str(i), "its") {
			// "its chief executive resigned": the one who holds the
			// office in the body the text dwells on.
			before, np := len(out), len(*s.pend)
			var next int
			var ok bool
			if out, next, ok = s.bareOffice(out, i); ok {
				p := &(*s.pend)[np]
				p.hasBody, p.body, p.its = true, -1, t.start
				s.markInRole(out[before:])
				i = next
				continue
			}
		}
		if t.is(tWord) && t.is(tCap) {
			if m, next, ok := s.partyMembers(i); ok {
				out = append(out, m)
				s.markInRole(out[len(out)-1:])
				i = next
				continue
			}
			if m, next, ok := s.pluralParty(i); ok {
				out = append(out, m)
				i = next
				continue
			}
		}
		if t.is(tWord) && (!t.is(tCap) || !s.word(i-1)) {
			if end := s.groupRun(i); end > i {
				last := s.toks[end-1]
				out = append(out, Mention{Start: t.start, End: last.end, Text: s.text[t.start:last.end], Name: s.groupName(i, end),
					Kind: timeline.Group, Modifier: last.is(tPoss), Country: s.policeState(i)})
				s.markInRole(out[len(out)-1:])
				i = end
				continue
			}
		}
		if t.is(tWord) {
			var next int
			var ok bool
			before := len(out)
			if out, next, ok = s.body(out, i); ok {
				// "the company's chief executive": the one who holds
				// the office in the body the description stands for.
				if n, done := s.possessedOffice(&out, before, next); done {
					next = n
				}
				i = next
				continue
			}
		}
		if !t.is(tWord) || !t.is(tCap) {
			i++
			continue
		}
		end, h := s.match(i)
		if h != nil && end == i+1 && s.honorificBefore(i) >= 0 && s.surnamePlace(i-1, i, h) {
			h = nil // "Mr Paris said": a surname, read as a name
		}
		if h != nil && s.placeHeadsName(i, end, h) {
			h = nil // "Virginia Giuffre said", "Michigan State University": the name rules read the run
		}
		if h == nil && t.is(tHyphen) && !s.hyphenGiven(i) {
			out = s.hyphenParts(out, i)
			i++
			continue
		}
		before := len(out)
		if h != nil {
			if m, ok := s.joinedBody(out, i, end, h); ok {
				out = append(out, m)
				i = end
				continue
			}
			var next int
			out, next = s.known(out, i, end, h)
			s.markInRole(out[before:])
			if n, done := s.possessedOffice(&out, before, next); done {
				i = n
				continue
			}
			i = max(next, i+1)
			continue
		}
		var next int
		var ok bool
		out, next, ok = s.unknown(out, i)
		s.markInRole(out[before:])
		if m, isAcr := s.acronymAt(i); isAcr && len(out) == before && t.is(tPoss) {
			out = append(out, m) // "the RMT's general secretary": the office's body, before the office takes the word
		}
		if n, done := s.possessedOffice(&out, before, max(next, i+1)); done {
			i = n
			continue
		}
		if m, isShort := s.bracketedShortName(i); !ok && isShort && len(out) == before {
			out = append(out, m) // "(BaFin)": settleAcronyms names its body
		} else if !ok && s.capName(i) && !t.is(tUpper) && !(s.word(i+1) && s.toks[i+1].is(tCap) && s.clauseOpener(i)) {
			// An opening adverb is no given name of the word after it:
			// "Typically Norvex" is Norvex.
			*loose = append(*loose, looseToken{t.start, t.end, s.kind, !s.word(i - 1), s.toks[i].lex})
		} else if m, isAcr := s.acronymAt(i); isAcr && len(out) == before {
			if body, ok := s.spelledOut(out, i); ok {
				out = append(out, body) // "the Rail Maritime and Transport union (RMT)"
			}
			out = append(out, m)
		}
		i = max(next, i+1)
	}
	return out
}

// gazStart returns the hit of a gazetteer phrase starting at k, if any.
func (s *sentence) gazStart(k int) *hit {
	if !s.word(k) {
		return nil
	}
	_, h := s.match(k)
	return h
}

// countryOf is the country or side an entry belongs to: itself for states.
func countryOf(e *entry) string {
	if e.kind == timeline.Country {
		return e.id
	}
	return e.country
}

// known turns a gazetteer hit at tokens [i, end) into a mention.
func (s *sentence) known(out []Mention, i, end int, h *hit) ([]Mention, int) {
	e := h.e
	switch {
	case h.form == formAdj:
		if out2, next, ok := s.pairDescriptor(out, i, end, e); ok {
			return out2, next
		}
		if m, next, ok := s.groupAfter(i, end, e); ok {
			return append(out, m), next
		}
		if m, ok := s.coordinatedGroup(i, end, e); ok {
			return append(out, m), end
		}
		if m, next, ok := s.descriptor(out, i, end, e); ok {
			return append(out, m), next
		}
		if m, next, ok := s.stateOrg(i, end, e); ok {
			return append(out, m), next
		}
		if m, ok := s.bareDemonym(i, end, e); ok {
			return append(out, m), end
		}
		return out, end
	case h.form == formPeople:
		w := s.text[s.toks[i].start:s.toks[end-1].end]
		return append(out, Mention{Start: s.toks[i].start, End: s.toks[end-1].end, Text: w,
			Name: e.people, Kind: timeline.Group, Country: e.id, Ref: slug(e.people)}), end
	}
	if m, next, ok := s.groupAfter(i, end, e); ok {
		return append(out, m), next
	}
	if e.kind == timeline.Country {
		if out2, next, ok := s.pairDescriptor(out, i, end, e); ok {
			return out2, next
		}
		if m, next, ok := s.descriptor(out, i, end, e); ok {
			return append(out, m), next
		}
		if m, next, ok := s.stateOrg(i, end, e); ok {
			return append(out, m), next
		}
	}
	if m, next, ok := s.placeInName(out, i, end, e); ok {
		return m, next
	}
	if e.kind == timeline.Place && s.kind != timeline.Heading && (s.capName(end) || s.word(end) && s.toks[end].is(tCap) && s.has(lTitleMod, end)) && (s.has(lOrgHead, end) || s.headedRun(end)) {
		// "Alaska Department of Transportation": "Department" is a
		// title's word too ("Department head"). The organisation word
		// may come later in the run: "Tokyo District Court", whose
		// court had lost its city and left "Tokyo" the government
		// (stop 38). A heading capitalises every word: "Michigan Office
		// Shooting" is no body.
		if m, next, ok := s.orgName(i); ok {
			return append(out, m), next
		}
	}
	if e.kind == timeline.Place {
		if m, next, ok := s.teamFrom(i, end); ok {
			// "hits on Chicago quarterback Jay Vell", "Washington coach
			// Jim Orr": before a player's position a city names its team,
			// not the place or its government.
			return append(out, m), next
		}
		if m, next, ok := s.placeTeam(i, end); ok {
			return append(out, m), next
		}
	}
	start, stop := s.toks[i].start, s.toks[end-1].end
	m := Mention{Start: start, End: stop, Text: s.text[start:stop], Name: e.name, Kind: e.kind,
		Country: countryOf(e), Ref: e.id}
	if e.kind == timeline.Place && e.seat != "" && s.political(i, end) {
		seat := s.g.byID[e.seat]
		m.Kind, m.Name, m.Ref, m.Country = seat.kind, seat.name, seat.id, countryOf(seat)
		if m.Country == "" {
			m.Country = seat.id
		}
	}
	m.Modifier = s.toks[end-1].is(tPoss) || s.qualifiesTitle(end)
	return append(out, m), end
}

// political reports whether a capital at [i, end) stands for its
// government ("Moscow demands", "Kyiv’s neutrality", "unacceptable to
// Moscow") rather than the place ("in Moscow", "travelled to Moscow").
func (s *sentence) political(i, end int) bool {
	if s.toks[end-1].is(tPoss) {
		return !s.placeOwned(end)
	}
	if s.word(end) {
		switch s.str(end) {
		case "region", "oblast", "city", "area", "province", "suburbs", "outskirts", "airport", "time":
			return false
		}
	}
	if s.punct(end, ',') && s.word(end+1) {
		if h := s.gazStart(end + 1); h != nil && h.e.kind == timeline.Country {
			return false // "Osaka, Japan"
		}
	}
	p := i - 1
	if !s.word(p) {
		return true
	}
	if s.has(lLocPrep, p) {
		return false
	}
	if determiners[s.lower(p)] && s.word(end) && !s.toks[end].is(tCap) {
		return false // "the London headquarters of the firm", "a Kyiv hospital", "his Tokyo home": a place qualifying a noun
	}
	switch s.str(p) {
	case "to", "from":
		return !s.has(lMotion, p-1) && !s.routeEnd(i, end)
	case "and", "or":
		// "in Moscow and Washington": the second place shares the first's
		// preposition.
		if a, h := s.matchEndingAt(p - 1); h != nil && (h.e.kind == timeline.Place || h.e.kind == timeline.Country) && s.has(lLocPrep, a-1) {
			return false
		}
	}
	return true
}
