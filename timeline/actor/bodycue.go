package actor

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"
)

// A company is often named bare, without an organisation word or a
// class noun ("Varna Hydro said", "Orbis Dynamics announced"), and a verb
// of saying would make such a name a person. What the sentence says of it
// that only a body does tells a reader otherwise: the relative "which"
// and a verb of running a business ("Varna Hydro, which operates the
// dam"), a role only a body has ("the chief executive of Varna Hydro",
// "a spokeswoman for Orbis Dynamics"), or the neuter pronoun of what it
// says ("Orbis Dynamics said it would cut jobs", "announced its results").

// businessVerbs are what a company does, after "which": "which operates
// the dam", "which is owned by", "which makes drones".
var businessVerbs = map[string]bool{"operates": true, "operated": true, "owns": true, "owned": true, "employs": true,
	"employed": true, "makes": true, "manufactures": true, "manufactured": true, "produces": true, "supplies": true,
	"supplied": true, "sells": true, "distributes": true, "develops": true, "builds": true, "built": true,
	"publishes": true, "runs": true, "provides": true, "trades": true, "listed": true, "headquartered": true,
	"insures": true, "lends": true, "exports": true, "imports": true, "invests": true, "acquired": true,
	"charters": true, "chartered": true, "leases": true, "leased": true, "manages": true, "processes": true, "audits": true,
	"audited": true, "finances": true, "financed": true}

// namedHeads are the lower-case nouns of a body whose own name comes
// right before them ("the Komeito party", "the Wagner group", "the Hamas
// movement"): a name there is no person's, as a person's name before a
// noun of a place or a thing may be ("the Kennedy library").
// "Group" is left out: "the Patterson group" is the investors a person
// leads, as "the Obama team" is his.
var namedHeads = map[string]bool{"party": true, "movement": true, "faction": true, "alliance": true,
	"coalition": true, "militia": true}

// namesHead reports whether the name at i, before one of namedHeads, is
// the body's whole name: no given name opens it, no word of faith or
// descent or party member is it ("the biggest Protestant party", "the
// Liberal party"), and it is not the end of a longer name joined by "and"
// or "of" ("Justice and Development party").
func (s *sentence) namesHead(i int) bool {
	w := s.str(i)
	if s.g.isGiven(w) || s.g.lex["descent"][strings.ToLower(w)] || partyMember[w] {
		return false
	}
	if s.word(i-1) && orgAdjectives[s.str(i-1)] && s.namedHeadAdjective(i) {
		return true // "the National Renewal party": the adjective is the name's
	}
	return !s.word(i-1) || (!s.toks[i-1].is(tCap) || s.has(lDeterminer, i-1)) && !orgJoiners[s.lower(i-1)]
}

// namedHeadAdjective reports whether the capitalised adjective before the
// name at i (one of orgAdjectives: "National", "Federal") opens the
// name of the body a lower-case head names ("the National Renewal
// party"), after a determiner, a possessive or a lower-case word, as a title's
// modifier would not ("Deputy National Renewal").
func (s *sentence) namedHeadAdjective(i int) bool {
	a := i - 1
	return a >= 0 && s.word(a) && orgAdjectives[s.str(a)] && (a == 0 || s.word(a-1) && (!s.toks[a-1].is(tCap) || s.toks[a-1].is(tPoss) || s.has(lDeterminer, a-1)))
}

// bodyOnlyRoles are the roles held only in a body, after which "of", "at" or
// "for" names it: "the chief executive of Varna Hydro". Spokespeople
// speak for persons too, so they count only for a name that is no
// surname alone and opens with no given name.
var bodyOnlyRoles = map[string]bool{"executive": true, "executives": true, "ceo": true, "chairman": true,
	"chairwoman": true, "chairperson": true, "founder": true, "co-founder": true, "cofounder": true,
	"shareholders": true, "shareholder": true, "subsidiary": true}

var spokesRoles = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true}

// bodyCue reports whether the sentence says of the name [i, end) what
// only a body does.
func (s *sentence) bodyCue(i, end int) bool {
	n := end - i
	bare := n >= 2 && !s.g.isGiven(s.str(i)) && !s.toks[end-1].is(tPoss)
	if s.word(i-1) && (s.str(i-1) == "of" || s.str(i-1) == "at" || s.str(i-1) == "for") && s.word(i-2) {
		if w := s.lower(i - 2); bodyOnlyRoles[w] || bare && spokesRoles[w] {
			return true
		}
	}
	if s.toks[end-1].is(tPoss) {
		return false
	}
	if s.word(end) && namedHeads[s.str(end)] && s.namesHead(i) {
		return true // "the Komeito party said", "the Hamas movement"
	}
	// "the Physical Research Laboratory in Ahmedabad, which built the
	// instrument": "which" is the body's, the town after "in" only where
	// it is.
	placed := s.word(i-1) && s.str(i-1) == "in" && s.has(lOrgHead, i-2)
	if s.punct(end, ',') && s.word(end+1) && s.str(end+1) == "which" && !placed {
		for k := end + 2; k < min(len(s.toks), end+5) && s.word(k); k++ {
			if businessVerbs[s.lower(k)] {
				return true // "Varna Hydro, which operates the dam", "which is owned by"
			}
		}
	}
	if bare && s.has(lSpeech, end) {
		return s.neuterSpeaker(end + 1)
	}
	if n == 1 && s.has(lSpeech, end) && !s.g.isGiven(s.str(i)) && !s.toks[i].is(tUpper) && !s.has(lPeopleNoun|lCollective, i) &&
		s.neuterSelf(end+1) {
		// "Walgreens said it would close stores": a person named by a
		// surname alone was named in full before.
		return !s.namedInFull(i)
	}
	return false
}

// surnameHeads are organisation words that are common surnames too:
// "Elton Brand", "Emily Post", "Adam Hall", "Laura Banks".
var surnameHeads = map[string]bool{"brand": true, "post": true, "hall": true, "church": true, "mills": true,
	"power": true, "farms": true, "banks": true, "bank": true, "guard": true, "press": true, "tower": true,
	"trust": true, "chambers": true, "court": true, "capital": true, "watch": true, "chain": true}

// surnameHead reports whether the run [i, k) ending in the organisation
// word at head is a person's name: a first name and a surname that is
// also such a word, where the first name is a given name, a title or an
// honorific or a given name's initial stands before it ("H. Dale Hall"),
// or what follows is said of a person: "who" ("Elton Brand, who is
// injured") or an apposition a person's title heads ("Dale Hall,
// director of the agency,"), which a body's name does not take.
func (s *sentence) surnameHead(i, head, k int) bool {
	if head == i+2 && s.initial(i) {
		return surnameHeads[s.lower(head)] && k == head+1 // "H. Dale Hall"
	}
	if head != i+1 || k != head+1 || !surnameHeads[s.lower(head)] || s.toks[i].is(tPoss) {
		return false
	}
	if s.g.isGiven(s.str(i)) || s.honorificBefore(i) >= 0 || s.initialBefore(i) {
		return true
	}
	if _, _, _, ok := s.titleBefore(i - 1); ok {
		return true
	}
	if s.punct(k, ',') && s.word(k+1) && s.lower(k+1) == "who" {
		return true
	}
	role, _, _, org, ok := s.postApposition(k)
	return ok && !org && role != ""
}

// initialBefore reports whether a capital letter and its full stop stand
// right before token i: the initial of a given name ("H. Dale Hall").
func (s *sentence) initialBefore(i int) bool {
	if s.initial(i - 1) {
		return true
	}
	if !s.punct(i-1, '.') || !s.word(i-2) {
		return false
	}
	w := s.str(i - 2)
	return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z'
}

// initial reports whether token k is one capital and its full stop.
func (s *sentence) initial(k int) bool {
	return s.word(k) && s.toks[k].is(tInitial) && s.toks[k].end-s.toks[k].start == 2
}

// peopleOrgHeads are organisation words that name people as well: "a
// film producer", "a developing center", "a software developer".
var peopleOrgHeads = map[string]bool{"producer": true, "publisher": true, "developer": true, "supplier": true,
	"operator": true, "maker": true, "exporter": true, "importer": true, "provider": true, "center": true,
	"centre": true, "guard": true, "monitor": true, "giant": true}

// headIn reports whether the head of the phrase [a, b), as roleHead reads
// it, is in words.
func (s *sentence) headIn(a, b int, words map[string]bool) bool {
	head := b - 1
	for j := a + 1; j < b; j++ {
		if s.word(j) && connectors[s.str(j)] {
			head = j - 1
			break
		}
	}
	return head >= a && words[s.lower(head)]
}

// firstOfName returns the first token of the name that ends before token
// end: the run of capitalised words before it.
func firstOfName(s *sentence, end int) int {
	i := end - 1
	for i > 0 && s.word(i-1) && s.toks[i-1].is(tCap) && !s.has(lStop|lTitleHead|lTitleMod, i-1) {
		i--
	}
	return i
}

// bareOrgRepeats makes an organisation of each run of two or three loose
// capitalised words, or person with no role, that spells the name of a
// body the document shows elsewhere to be one ("Varna Hydro cut prices"
// after "the utility Varna Hydro"), and returns the loose words left.
func bareOrgRepeats(text string, ms []Mention, loose []looseToken) ([]Mention, []looseToken) {
	var names []string
	for _, m := range ms {
		if m.Kind == timeline.Organization && m.Ref == "" && m.Name == m.Text && strings.Count(m.Name, " ") >= 1 &&
			strings.Count(m.Name, " ") <= 2 && !slices.Contains(names, m.Name) {
			names = append(names, m.Name)
		}
	}
	if len(names) == 0 {
		return ms, loose
	}
	for k := range ms {
		// "Calls to Gordon Advisors were not answered" after "Gordon
		// Advisors, a consulting firm": the given name made a person of
		// what the document shows to be a body. A surname that heads
		// bodies ("Elton Brand") is left to surnameBodies.
		if m := &ms[k]; m.Kind == timeline.Person && m.Role == "" && m.Title == "" && m.Name == m.Text &&
			slices.Contains(names, m.Name) && !surnameHeadName(m.Name) {
			m.Kind = timeline.Organization
		}
	}
	kept := loose[:0]
	for k := 0; k < len(loose); k++ {
		n := 0
		for _, name := range names {
			words := strings.Count(name, " ") + 1
			// Loose words of overlapping sentences need not be in order.
			if k+words > len(loose) || loose[k+words-1].end < loose[k].start || text[loose[k].start:loose[k+words-1].end] != name {
				continue
			}
			for j := k + 1; j < k+words; j++ {
				if loose[j].kind != loose[k].kind {
					words = 0
				}
			}
			if words > 0 {
				n = words
				break
			}
		}
		if n == 0 {
			kept = append(kept, loose[k])
			continue
		}
		ms = append(ms, Mention{Start: loose[k].start, End: loose[k+n-1].end, Text: text[loose[k].start:loose[k+n-1].end],
			Name: text[loose[k].start:loose[k+n-1].end], Kind: timeline.Organization})
		k += n - 1
	}
	return ms, kept
}

// orgBefore reports whether an organisation class noun, in a phrase opened
// by "the" or "a", a preposition or the sentence a few words earlier,
// stands right before the name at i; a possessive one owns the name, no
// class of it ("the company's Asian partners").
func (s *sentence) orgBefore(i int) bool {
	if s.kind == timeline.Heading || !s.word(i-1) || s.toks[i-1].is(tCap) && i > 1 || s.toks[i-1].is(tPoss) || !orgClasses[s.lower(i-1)] && !s.lineOf(i-1) && !s.serviceOf(i-1) {
		return false
	}
	for k := i - 2; k >= i-4; k-- {
		if k < 0 {
			return true // "Insurer Calder Mutual said"
		}
		if !s.word(k) {
			return false
		}
		switch w := strings.ToLower(s.str(k)); w {
		case "the", "a", "an":
			return true
		case "by", "from", "with", "for", "at", "to", "of", "against", "between", "and":
			return true // news writes the class bare: "operated by regional carrier SkyLink"
		}
	}
	return false
}

// lineOf reports whether token k is "line" after a trade that runs lines
// of ships or coaches: "shipping line", "cruise line", though a line
// alone is no body.
func (s *sentence) lineOf(k int) bool {
	return s.lower(k) == "line" && s.word(k-1) && lineTrades[s.lower(k-1)]
}

var lineTrades = map[string]bool{"shipping": true, "cruise": true, "ferry": true, "container": true, "coach": true, "bus": true}

// holderAfterBody returns where a person's name starts inside the
// capitalised run [i, end) after an office held in a body, and the
// office, or -1: news writes the office, its body and its holder in one
// run, "co-founder and CEO of Quora Adam D'Angelo", "chairman of Orbis
// Adam Dorsey", and a common given name followed by another name word,
// after the body's first word, opens the holder's name.
func (s *sentence) holderAfterBody(i, end int) (int, string) {
	if !s.word(i-1) || s.str(i-1) != "of" && s.str(i-1) != "at" || !s.word(i-2) ||
		!bodyOnlyRoles[s.lower(i-2)] && !s.has(lTitleHead, i-2) {
		return -1, ""
	}
	if !bodyOnlyRoles[s.lower(i-2)] && s.titleField(i) {
		return -1, "" // "Chief of Police Barry Weber": the title's field, no body
	}
	for g := i + 1; g+1 < end; g++ {
		if s.g.isGiven(s.str(g)) && s.capName(g+1) && !s.toks[g].is(tPoss) {
			office := s.str(i - 2)
			if role, _, _, ok := s.titleBefore(i - 2); ok {
				office = role // "chief executive of", "co-founder and CEO of"
			}
			return g, office
		}
	}
	return -1, ""
}

// bodyThenHolder appends the body and the person of the run at i that
// names an office's body and then its holder ("CEO of Quora Adam
// D'Angelo"): the body only qualifies the person's role.
func (s *sentence) bodyThenHolder(out []Mention, i int) ([]Mention, int, bool) {
	if !s.word(i-1) || s.str(i-1) != "of" && s.str(i-1) != "at" {
		return out, i, false
	}
	end := s.nameRun(i)
	g, office := s.holderAfterBody(i, end)
	if g <= i {
		return out, i, false
	}
	start, stop := s.toks[i].start, s.toks[g-1].end
	body := Mention{Start: start, End: stop, Text: s.text[start:stop], Name: s.joined(i, g), Kind: timeline.Organization, Modifier: true}
	start, stop = s.toks[g].start, s.toks[end-1].end
	holder := Mention{Start: start, End: stop, Text: s.text[start:stop], Name: s.joined(g, end), Kind: timeline.Person,
		Role: office + " of " + body.Name, Modifier: s.toks[end-1].is(tPoss)}
	return append(out, body, holder), end, true
}

// bodyApposedBefore reports whether a description of a body ends in a
// comma right before the name at token i: "a Japanese company, Norvo
// Kisen", "the Taiwanese shipping line, Norvo Marine". A given name
// opening the name keeps it a person's ("a film producer, Tom Vell"), as
// does a name just before the phrase, whose apposition it is. The name
// ends the apposition, at a stop or a comma: a name going on to its verb
// is the subject after a fronted phrase ("In an interview with a Moscow
// daily, Grushko said").
func (s *sentence) bodyApposedBefore(i, end int) bool {
	if s.word(end) || !s.punct(i-1, ',') || !s.word(i-2) || s.toks[i-2].is(tCap) || s.g.isGiven(s.str(i)) || !orgClasses[s.lower(i-2)] && !s.lineOf(i-2) ||
		s.has(lTitleHead, i-2) {
		return false
	}
	for a := i - 3; a >= 0 && a >= i-8; a-- {
		if !s.word(a) {
			return false
		}
		if s.has(lDeterminer, a) || s.toks[a].is(tPoss) {
			return !(s.punct(a-1, ',') && s.word(a-2) && s.toks[a-2].is(tCap))
		}
	}
	return false
}
