package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// The cues in a sentence that make a capitalised run the name of a body
// rather than a person's: a word of an organisation inside it, a word for
// a body after it, a class noun before it, shares, "calling itself", a
// plural verb.

// orgWordIn reports whether a word of the run [i, end) that no given name
// opens is an organisation's ("Major League Baseball"): a person's name
// has none inside.
func (s *sentence) orgWordIn(i, end int) bool {
	if s.g.isGiven(s.str(i)) {
		return false
	}
	for k := i; k < end-1; k++ {
		if s.has(lOrgHead, k) {
			return true
		}
	}
	return false
}

// namedOrg reads "the Ashford administration": a capitalised run before a
// word for a body that takes a person's or a place's name. The body is
// settled once the document is read (see settle): a person's
// administration is the government of the person's country when the
// document gives one.
func (s *sentence) namedOrg(i, end int) (Mention, bool) {
	if !s.word(end) || s.toks[end].is(tCap) || !s.has(lNamedOrg, end) || s.toks[end-1].is(tPoss) ||
		!s.word(i-1) || !strings.EqualFold(s.str(i-1), "the") {
		return Mention{}, false
	}
	start, stop := s.toks[i].start, s.toks[end].end
	name := s.joined(i, end) + " " + s.lower(end)
	return Mention{Start: start, End: stop, Text: s.text[start:stop], Name: name, Kind: timeline.Organization}, true
}

// orgClasses are the nouns that, after "the" or "a", class the name
// right after them as an organisation: "the relief agency Open Hands",
// "the charity Vell Trust". Words that also class people ("developer",
// "press") are left out: "the property developer Arlo Venn" is a person.
var orgClasses = map[string]bool{"agency": true, "charity": true, "company": true, "firm": true, "group": true,
	"organisation": true, "organization": true, "bank": true, "newspaper": true, "broadcaster": true, "network": true,
	"foundation": true, "association": true, "party": true, "movement": true, "institute": true, "think-tank": true,
	"outlet": true, "channel": true, "airline": true, "carrier": true, "insurer": true, "lender": true, "manufacturer": true,
	"contractor": true, "conglomerate": true, "militia": true, "NGO": true, "ngo": true, "daily": true, "tabloid": true,
	"operator": true, "retailer": true, "regulator": true, "watchdog": true, "fund": true, "developer": true, "supplier": true,
	"carmaker": true, "automaker": true, "producer": true, "chain": true, "startup": true, "union": true,
	"utility": true, "maker": true, "giant": true, "provider": true, "subsidiary": true, "cooperative": true,
	"drugmaker": true, "chipmaker": true, "shipbuilder": true, "consortium": true, "grocer": true, "supermarket": true,
	"wholesaler": true, "distributor": true, "brewer": true, "miner": true, "refiner": true, "publisher": true}

// sharesAfter reports whether a word for a company's stock follows the
// name ending before token end: "Nordline shares jumped", "Nordline's
// stock", "Nordline shareholders". Only a company has shares, and only a
// body a board or a chief executive: "Nordline's chief executive".
func (s *sentence) sharesAfter(end int) bool {
	if !s.word(end) {
		return false
	}
	switch s.str(end) {
	case "shares", "stock", "shareholders", "stockholders", "share":
		return true
	}
	if !s.toks[end-1].is(tPoss) {
		return false
	}
	switch s.lower(end) {
	case "board", "headquarters", "ceo", "chairman", "chairwoman", "subsidiary", "workforce", "boardroom":
		return true
	case "chief":
		return s.word(end+1) && (s.lower(end+1) == "executive" || s.lower(end+1) == "executives")
	}
	return false
}

// namesItself reports whether the name at i follows "calling itself" or
// the like: only a body names itself so ("a group calling itself Black
// Lantern"), or people who name themselves together ("protesters, who
// called themselves the Humanities Collective"); a person is "calling
// himself".
func (s *sentence) namesItself(i int) bool {
	if s.word(i-1) && s.lower(i-1) == "the" {
		i--
	}
	if i < 2 || !s.word(i-1) || s.lower(i-1) != "itself" && s.lower(i-1) != "themselves" || !s.word(i-2) {
		return false
	}
	switch s.lower(i - 2) {
	case "calling", "calls", "call", "called", "named", "styling", "styles", "styled", "describing", "describes":
		return true
	}
	return false
}

// modals are the auxiliaries that open a clause whose subject speech
// leaves out ("Will have more to say later"), and are also names.
var modals = map[string]bool{"will": true, "may": true, "might": true, "can": true, "could": true, "would": true,
	"should": true, "must": true, "shall": true}

// pluralAgreement reports whether the name [i, end) is the subject of a
// plural verb though it is written as one name: a team or a firm, as
// British English agrees with its members ("Harbor City have sacked
// their manager", "Millbrook are top"). A person takes the singular, and
// names joined by "and" or listed are left alone.
func (s *sentence) pluralAgreement(i, end int) bool {
	team := end-i >= 2 && teamPlural(s.str(end-1)) && !s.g.isGiven(s.str(i)) && !s.g.patronymic(s.str(end-1)) // "The Harbourton Lakers have agreed"
	if !s.word(end) || i > 0 && s.word(i-1) && (s.lower(i-1) == "the" && !team || connectors[s.lower(i-1)] || s.has(lLocPrep, i-1)) {
		return false // "Residents of Dovrik were angry": the verb is the residents'
	}
	if end-i == 1 && modals[s.lower(i)] && s.str(end) == "have" {
		return false // "Will have more to say": a modal whose subject is left out, no team
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if s.punct(k, ',') || s.word(k) && (s.lower(k) == "and" || s.lower(k) == "or") {
			return false // "Dane and Kelburn's Alan Brannock were fired"
		}
	}
	switch s.str(end) {
	case "have", "are", "were":
	default:
		return false
	}
	return !s.toks[end-1].is(tPoss) && (team || !strings.HasSuffix(s.str(end-1), "s")) // "the Smiths are", "Democrats were": plural names
}
