package actor

import "strings"

// A role phrase beside a name says who the person is: before it and its
// comma ("the US special envoy for Russia and Ukraine, Keld Arvik") or
// after it (", president of the Kyiv School of Economics"). These read
// such phrases; person.go weighs them with the other evidence.

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
// head is the word before the first connector ("envoy for Russia") or
// before a participle that a head word opens a clause with ("a group
// representing athletes", "a lawyer acting for the family"), or the last
// word.
func (s *sentence) roleHead(a, b int, heads uint16) bool {
	head := b - 1
	for j := a + 1; j < b; j++ {
		if r := s.nameBeforeNoun(j, b); r > 0 {
			j = r - 1 // "the University of Lakeford cancer researcher": the name only qualifies the noun
			continue
		}
		if s.word(j) && connectors[s.str(j)] || s.participleAfterHead(j, heads) {
			head = j - 1
			break
		}
	}
	return head >= a && s.has(heads, head)
}

// nameBeforeNoun returns the end of the capitalised name ("University of
// Lakeford") whose words the connector at j joins, when lower-case nouns
// after it, to the next connector or the phrase's end b, are qualified
// by it: the phrase's head is the last of those nouns, no word of the
// name. Else it returns 0.
func (s *sentence) nameBeforeNoun(j, b int) int {
	if !s.word(j) || !connectors[s.str(j)] || !s.word(j-1) || !s.toks[j-1].is(tCap) || !s.word(j+1) || !s.toks[j+1].is(tCap) {
		return 0
	}
	r := j + 1
	for r < b && s.word(r) && (s.toks[r].is(tCap) || connectors[s.str(r)] && s.word(r+1) && s.toks[r+1].is(tCap)) {
		r++
	}
	if r == b || connectors[s.str(r)] {
		return 0
	}
	for k := r; k < b && !connectors[s.str(k)]; k++ {
		if !s.word(k) || s.toks[k].is(tCap) {
			return 0 // "… cancer researcher for research": the nouns end at the next connector
		}
	}
	return r
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
		org = !(s.headIn(j, b, peopleOrgHeads) && (s.g.isGiven(s.str(firstOfName(s, end))) || j == end+1 && s.headIn(j, j+1, peopleOrgHeads)))
	default:
		return "", "", 0, false, false
	}
	role, country = s.rolePhrase(j, b)
	return role, country, b, org, true
}
