package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// placePreps are the prepositions after which a capitalised name the
// gazetteer lacks is a place: "talks in Jeddah", "a village near Ostrava".
var placePreps = map[string]bool{"in": true, "near": true, "outside": true, "inside": true, "across": true, "throughout": true}

// compass adjectives may stand between a preposition of place and the
// place: "in western Norvia".
var compass = map[string]bool{"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"north": true, "south": true, "east": true, "west": true, "northeastern": true, "northwestern": true,
	"southeastern": true, "southwestern": true}

// placeNouns after a capitalised name make it a place: "the Kursk region".
var placeNouns = map[string]bool{"region": true, "regions": true, "oblast": true, "province": true, "city": true,
	"district": true, "county": true, "village": true, "town": true, "peninsula": true, "border": true,
	"suburb": true, "suburbs": true}

// placeContext reports whether the name [i, end) stands where a place
// does: after a preposition of place, after "to" or "from" following a
// verb of motion ("flew to Jeddah"), before a word such as "region", or
// owned by a state ("Russia’s Kursk region", whose state is its country).
// A possessive or an organisation word makes it no place ("in Ashford’s
// view", "in Parliament"), nor does a word the document also writes in
// lower case ("a degree in Chemistry").
func (s *sentence) placeContext(i, end int) (country string, ok bool) {
	if end-i > 3 || s.toks[end-1].is(tPoss) || s.has(lOrgHead|lNamedOrg|lPeopleNoun, end-1) || s.toks[i].is(tUpper) || !s.word(i-1) {
		return "", false
	}
	if end-i == 1 && s.lowerInText(i) {
		return "", false // "a degree in Chemistry", "Returns to Host the Oscars": a word the text also writes in lower case
	}
	if s.word(end) && s.has(lNamedOrg|lOrgHead, end) {
		return "", false
	}
	region := s.word(end) && placeNouns[s.lower(end)]
	if s.toks[i-1].is(tPoss) {
		if _, h := s.matchEndingAt(i - 1); h != nil && h.e.kind == timeline.Country {
			return h.e.id, region || s.has(lLocPrep, i-2)
		}
		if _, h := s.matchEndingAt(i - 1); h == nil && region && s.capName(i-1) && !(s.word(i-2) && s.toks[i-2].is(tCap)) {
			return slug(s.str(i - 1)), region // "Norvia's Kastel province", a state unknownState reads
		}
		return "", false
	}
	switch p := s.str(i - 1); {
	case compass[strings.ToLower(p)] && s.word(i-2) && placePreps[s.str(i-2)]:
		return "", true // "in western Norvia"
	case p == "of" && s.word(i-2) && (settlements[s.str(i-2)] || placeNouns[s.str(i-2)]):
		return "", true // "the town of Dovrik"
	case placePreps[p] || region:
		return "", true
	case p == "to" || p == "from":
		return "", s.has(lMotion, i-2)
	case (p == "and" || p == "or") && s.capName(i-2):
		// "across Ohio and Kentucky": the second place shares the
		// first's preposition.
		j := i - 2
		for j > 0 && s.capName(j-1) {
			j--
		}
		return "", j > 0 && s.word(j-1) && placePreps[s.str(j-1)]
	}
	return "", false
}

// placeFirst reports whether organisation name opens with the place it
// serves: "Lakeport City Council", "Kastrel District Court", "Troy
// Police". Its first word alone names the place ("the former treasurer
// of Lakeport", "Troy, Michigan"), not the body, so it is no short name
// of it.
func placeFirst(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	return len(f) > 2 && (placeNouns[f[1]] || settlements[f[1]] || f[1] == "borough" || f[1] == "municipal" || townPeople[strings.TrimRight(f[1], "'’")]) ||
		len(f) > 1 && townBodies[f[len(f)-1]]
}

// townPeople are the people of a place that name a body of theirs after
// it ("Brackton Residents' Action Group", "Kelby Tenants Union"), whose
// first word is the town: "residents of Brackton" names no such body.
var townPeople = map[string]bool{"residents": true, "tenants": true, "citizens": true, "ratepayers": true,
	"villagers": true, "homeowners": true, "taxpayers": true, "parents": true, "commuters": true}

// townBodies are the bodies a town has one of, named after it: "Troy
// Police", "Kelburn Council", "Dovrik Fire Department".
var townBodies = map[string]bool{"police": true, "constabulary": true, "council": true, "fire": true,
	"sheriff": true, "municipality": true, "prison": true, "jail": true}

// placeHeadsName reports whether the place h names, ending at token end,
// is the first word of a longer name rather than the place: a
// capitalised word that is no known name, title or body's head follows
// it ("Virginia Giuffre said", "Michigan State University", "Texas
// Instruments"). A capital that stands for its government keeps its
// reading, as does a place before a body's head or a team's name, which
// their rules read ("Alaska Department of Transportation", "New York
// Yankees"), and a place in the possessive, which owns the name after
// it ("São Paulo's Paulista Avenue").
func (s *sentence) placeHeadsName(i, end int, h *hit) bool {
	if h.form != formName || h.e.kind != timeline.Place || h.e.seat != "" || !s.capName(end) || s.toks[end].is(tUpper) ||
		s.toks[end-1].is(tPoss) || s.gazStart(end) != nil || s.has(lOrgHead, end) {
		return false
	}
	if _, _, ok := s.placeTeam(i, end); ok {
		return false // "New York Yankees": the team rules read it
	}
	return true
}

// placeInName reads a place of the gazetteer [i, end) that a capitalised
// "City" or "State" after it makes part of another name: "Kansas City",
// "Oklahoma City" (a city named for its state, or its team before a
// player's position); "Ohio State University", "Moscow State University"
// (a school named for it, which "Ohio State" alone names too).
func (s *sentence) placeInName(out []Mention, i, end int, e *entry) ([]Mention, int, bool) {
	if e.kind != timeline.Place || !s.word(end) || !s.toks[end].is(tCap) {
		return out, end, false
	}
	switch s.str(end) {
	case "City":
		if m, next, ok := s.teamFrom(i, end+1); ok {
			return append(out, m), next, true
		}
		start, stop := s.toks[i].start, s.toks[end].end
		return append(out, Mention{Start: start, End: stop, Text: s.text[start:stop], Name: s.text[start:stop],
			Kind: timeline.Place, Country: countryOf(e)}), end + 1, true
	case "State":
		if m, next, ok := s.orgName(i); ok && next > end+1 {
			return append(out, m), next, true
		}
		return out, end + 1, true // "Ohio State said": the school, no place
	}
	return out, end, false
}

// quarterNouns after a name make it a part of a town or a land, even when
// the name opens with a title: "the Sheikh Radwan neighborhood", "the
// Prince Albert district".
var quarterNouns = map[string]bool{"neighborhood": true, "neighbourhood": true, "district": true, "quarter": true,
	"area": true, "suburb": true}

// titledQuarter reads the name [i, end) that a title or an honorific
// would make a person as a place when a quarter noun follows it: the
// title word before it is then the place's own ("Sheikh Radwan"). Only
// a name with a title is read here; others go by placeContext.
func (s *sentence) titledQuarter(i, end int) (Mention, int, bool) {
	if !s.word(end) || s.toks[end-1].is(tPoss) || !quarterNouns[s.lower(end)] || !s.word(i-1) || !s.toks[i-1].is(tCap) {
		return Mention{}, 0, false
	}
	start, stop := s.toks[i-1].start, s.toks[end-1].end
	return Mention{Start: start, End: stop, Text: s.text[start:stop], Name: s.joined(i-1, end), Kind: timeline.Place}, end, true
}

// placeOwned reports whether the words from token k, after a capital in
// the possessive, name a part of the city: a street, square, river,
// district or building ("Moscow's Tverskaya Street", "Kyiv's central
// square", "London's Heathrow airport"). The capital is then the place
// it is, no government: "Moscow's demands" are the state's, "Moscow's
// streets" the city's. Capitalised words and adjectives may stand
// before the noun; "building" followed by "of" is a deed ("Beijing's
// building of islands").
func (s *sentence) placeOwned(k int) bool {
	for j := k; j < min(len(s.toks), k+4) && s.word(j); j++ {
		w := s.lower(j)
		if cityParts[w] || placeNouns[w] || s.toks[j].is(tCap) && (s.g.lex["street"][w] || townships[w]) {
			return w != "building" || !s.word(j+1) || s.lower(j+1) != "of"
		}
		if stem, ok := strings.CutSuffix(w, "s"); ok && (cityParts[stem] || placeNouns[stem]) {
			return true
		}
		if !s.toks[j].is(tCap) && !notModifiers[w] && !compass[w] && !adjectiveLike(w) {
			return false
		}
	}
	return false
}

// cityParts are the nouns for a part of a city that a capital's
// possessive owns as a place.
var cityParts = map[string]bool{"street": true, "road": true, "avenue": true, "boulevard": true, "square": true,
	"plaza": true, "bridge": true, "embankment": true, "river": true, "riverbank": true, "canal": true,
	"neighbourhood": true, "neighborhood": true, "quarter": true, "outskirts": true, "centre": true, "center": true,
	"downtown": true, "park": true, "airport": true, "station": true, "port": true, "harbour": true, "harbor": true,
	"building": true, "tower": true, "cathedral": true, "stadium": true, "metro": true, "subway": true, "zoo": true}
