package actor

import "github.com/storyline/storyline/timeline"

// orgAdjectives may open an organisation's name though they are no names
// themselves: "Northern Development Bank", "National Seismological
// Institute", "Central Election Commission".
var orgAdjectives = map[string]bool{"National": true, "Federal": true, "Central": true, "Northern": true, "Southern": true,
	"Eastern": true, "Western": true, "North": true, "South": true, "East": true, "West": true, "State": true,
	"Supreme": true, "High": true, "General": true, "Royal": true, "Federation": true, "Grand": true,
	"World": true, "International": true}

// fieldHeads are the fields of ministers' titles ("Health Minister")
// that end companies' names as well: "Merriton Health", "Duke Energy".
// Ending a run, with no title after them, they name the company.
var fieldHeads = map[string]bool{"health": true, "energy": true, "finance": true, "security": true, "trade": true,
	"transport": true, "education": true, "commerce": true, "infrastructure": true, "water": true}

// governmentHeads are the words for government bodies that open their
// names before "of" or "for": "Department of Health", "Office for Civil
// Rights", "Bureau of Prisons". (Academies, universities and banks so
// named are read from the recogniser's names, which keep the short name
// a story calls them by, "the Academy", one body with the full one.)
var governmentHeads = map[string]bool{"department": true, "office": true, "bureau": true, "ministry": true, "agency": true,
	"directorate": true, "inspectorate": true, "secretariat": true, "commission": true, "center": true, "centre": true}

// learnedHeads are the words for learned, professional and governing
// bodies that open their names before "of" as government bodies do:
// "Academy of Motion Picture Arts and Sciences", "Academy of Sciences",
// "Institute of Physics", "Association of Chief Police Officers". The
// recogniser's names miss some, and a name cut at its "and" ("Arts and
// Sciences banned") or none at all would leave the body no actor.
var learnedHeads = map[string]bool{"academy": true, "institute": true, "university": true, "society": true,
	"association": true, "federation": true, "council": true, "college": true, "union": true, "foundation": true,
	"court": true, "tribunal": true}

// ofHead reports whether token i, capitalised, is a government body's
// word that opens its name before "of" or "for" and a capitalised word.
func (s *sentence) ofHead(i int) bool {
	if s.word(i) && s.str(i) == "Bank" && s.word(i+1) && s.str(i+1) == "of" && s.theInName(i+2) {
		// "Bank of the Vell Islands": one bank, whose name's last word
		// alone would be a person
		return true
	}
	return s.word(i) && s.toks[i].is(tCap) && (governmentHeads[s.lower(i)] || learnedHeads[s.lower(i)] && (s.str(i+1) == "of" || s.learnedFor(i))) &&
		s.word(i+1) && (s.str(i+1) == "of" || s.str(i+1) == "for") &&
		s.word(i+2) && s.toks[i+2].is(tCap) && !s.toks[i+2].is(tUpper)
}

// learnedFor reports whether the learned body's word at i opens its name
// before "for" and a field, as an institute's or a foundation's does
// ("Institute for Tumour Biology", "Foundation for Rare Diseases"): not
// before a person ("voted by the Union for Anna Berg").
func (s *sentence) learnedFor(i int) bool {
	return s.word(i+1) && s.str(i+1) == "for" && s.word(i+2) && s.toks[i+2].is(tCap) && !s.g.isGiven(s.str(i+2)) && !s.has(lStop, i+2)
}

// orgRun reads an organisation named by its shape: capitalised words
// ending in an organisation word, with "of", "for" or "and" inside
// ("Kastrel District Court", "National Seismological Institute", "Bank of
// Ostravia"), or opened by one before "of" or "for" ("Department of
// Health and Human Services", "Office for Civil Rights"); a company's
// name may end in the field of a minister's title ("Merriton Health"),
// and a firm's joins names by "&" ("Hartley & Moss"), as no person's
// does. A title word after the organisation word makes the run a
// title ("Foreign Ministry Spokeswoman"), and headings, written in
// capitals throughout, give none.
func (s *sentence) orgRun(i int) (Mention, int, bool) {
	if i == 0 && s.word(i) && runOpeners[s.lower(i)] && s.word(i+1) && s.toks[i+1].is(tCap) {
		if m, next, ok := s.orgRun(i + 1); ok {
			return m, next, true // "Opposition Labour Party leader …": the sentence's capital, no name's
		}
	}
	amp := func(k int) bool { return s.punct(k, '&') || s.word(k) && s.str(k) == "&" }
	joined := (s.word(i+1) && s.str(i+1) == "and" || amp(i+1)) && s.word(i+2) && s.toks[i+2].is(tCap)
	ofHead := s.ofHead(i)
	initials := s.initialsOpen(i)
	if s.kind == timeline.Heading || !s.word(i+1) && !amp(i+1) || !s.toks[i+1].is(tCap) && !joined && !ofHead || s.toks[i].is(tUpper) && !initials ||
		!s.capName(i) && !initials && !orgAdjectives[s.str(i)] && !s.has(lTitleMod, i) && !s.capitalCommon(i) && !s.titleOfficeAt(i, i) { // "Transport Workers Union"
		return Mention{}, 0, false // an organisation's name has two capitalised words at least
	}
	k, head, field, firm, and, fieldAnd := i, -1, -1, false, -1, -1
	for k < len(s.toks) && k-i < 8 {
		switch {
		case k > i && s.g.honorific[s.str(k)]:
			goto done // "Bloomington Police Sgt. Ivo Dane": a rank opens the name after the body
		case k > i && weekdays[s.lower(k)]:
			goto done // "told Bedford District Court Wednesday": the day is the news's, not the name's
		case s.word(k) && s.toks[k].is(tCap) && (!s.toks[k].is(tUpper) || k > i && len(s.str(k)) <= 3) && s.has(lOrgHead, k):
			head = k // "Guangzhou FC", "Vestra AG": a club's or a firm's form in capitals
		case k > i && s.agencyAdministration(i, k):
			head = k
		case s.word(k) && s.toks[k].is(tCap) && s.has(lTitleHead, k) && head >= 0 && !(s.word(k-1) && (s.str(k-1) == "of" || s.str(k-1) == "for")):
			return Mention{}, 0, false // "Foreign Ministry Spokeswoman", not "Department of Justice"
		case k > i && s.word(k) && s.toks[k].is(tCap) && fieldHeads[s.lower(k)]:
			field = k // "Merriton Health said", if it ends the run
		case s.word(k) && s.toks[k].is(tCap) && (s.capName(k) || orgAdjectives[s.str(k)] || s.has(lTitleMod, k) || k > i || s.capitalCommon(k)):
			// Inside the name any capitalised word will do: "Human Rights
			// Watch" (the organisation word at the end vouches for it).
		case head >= 0 && s.word(k) && (s.str(k) == "of" || s.str(k) == "for" || s.str(k) == "on" && onRemit[s.lower(head)]) &&
			(s.word(k+1) && s.toks[k+1].is(tCap) || s.theInName(k+1)):
		case head >= 0 && s.theInName(k):
			// "National Council for the Safeguard of the Homeland"
		case head > i && head == k-1 && fieldHeads[s.lower(head)] && s.word(k) && s.str(k) == "and" && s.word(k+1) && s.toks[k+1].is(tCap):
			// "House Energy and Commerce Committee": two fields of one
			// body, if a government body's word after them ends it.
			fieldAnd = k
		case (head < 0 || head == i) && k > i && (s.word(k) && s.str(k) == "and" || amp(k)) && s.word(k+1) && s.toks[k+1].is(tCap) && s.str(k+1) != "The":
			// "Rail and Transport Union": one name if an organisation
			// word ends it; "Foreign Ministry and Defence Ministry" are
			// two, the first ended before the "and", as are "The
			// Observer and The Dovrik Times", whose article opens a title.
			firm = firm || amp(k)
			if and < 0 {
				and = k
			}
		default:
			goto done
		}
		k++
		if s.toks[k-1].is(tPoss) && !s.namePossessive(k-1) && !s.titleOfficeAt(i, k-1) { // "Supporters' Trust" runs on
			break
		}
	}
done:
	if fieldAnd > 0 && (head < fieldAnd || nameTypes[s.lower(head)]&(tyChamber|tyPublic|tyMinistry|tyCouncil) == 0) {
		// "Duke Energy and Exxon Mobil", "Duke Energy and Vell Power":
		// no body of government's word after the "and", two names
		k, head = fieldAnd, fieldAnd-1
	}
	switch {
	case head == i && ofHead && and > 0 && !(learnedHeads[s.lower(i)] && k == and+2 && !s.g.isGiven(s.str(and+1))):
		// "the Ministry of Defence and Tom Hale said": the "and" joins
		// another; one word after it ends a learned body's field ("Academy
		// of Motion Picture Arts and Sciences")
		k = and
	case and > 0 && head == and+1 && k == head+1 && (clubSuffixes[s.lower(head)] || s.listItem(i)):
		return Mention{}, 0, false // "American Airlines, Delta and United": a list's last two names, no "Rail and Transport Union"
	case head < 0 && firm && s.capName(k-1) && !s.g.isGiven(s.str(i)):
		head = k - 1 // "Hartley & Moss": a firm's partners; "Liz & Dick" are two people, or a film
	case head < 0 && field >= 0 && field == k-1 && !(s.word(k) && (s.str(k) == "number" || s.str(k) == "numbers")):
		head = field // "Merriton Health", not "Norvian Health Minister"; "Social Security numbers" name a kind of number
	}
	if head < 0 || head == i && !ofHead || s.surnameHead(i, head, k) || s.prizeHead(k-1) ||
		head == i+2 && s.has(lTitleHead|lTitleMod, i) && s.surnameHead(i+1, head, k) {
		// "the annual Academy Awards": a prize, no one; "Deputy Cynthia
		// Hall": a title and a person's name
		return Mention{}, 0, false
	}
	for k > head+1 && !s.toks[k-1].is(tCap) {
		k--
	}
	if k == head+2 && s.orgTail(i, head+1) {
		k = head + 1 // "the Brenlow Ltd Christmas party": the name ends at its organisation word
	}
	if s.titledPlace(i) {
		i-- // "King County Superior Court": the title word names the county
	}
	start, stop := s.toks[i].start, s.toks[k-1].end
	return Mention{Start: start, End: stop, Text: s.text[start:stop], Name: s.joined(i, k), Kind: timeline.Organization,
		Modifier: s.toks[k-1].is(tPoss) || s.qualifiesTitle(k) || s.word(k) && s.g.honorific[s.str(k)]}, k, true
}

// titleOffice reports whether token k is a title in the possessive before
// "Office": the office that serves the post is a body, named with it
// ("Information Commissioner's Office", "the Sheriff's Office", "Attorney
// General's Office"), where a title's possessive elsewhere owns what
// follows ("Prime Minister's Questions").
func (s *sentence) titleOffice(k int) bool {
	return s.word(k) && s.toks[k].is(tPoss) && s.toks[k].is(tCap) && s.has(lTitleHead, k) && s.word(k+1) && s.str(k+1) == "Office"
}

// titleOfficeAt is titleOffice for a run that opens at token i, whole:
// a capitalised word before it ("Alaska State Fire Marshal's Office")
// would leave a name every state's office shares.
func (s *sentence) titleOfficeAt(i, k int) bool {
	return s.titleOffice(k) && !(s.word(i-1) && s.toks[i-1].is(tCap) && !s.has(lDeterminer, i-1))
}

// agencyAdministration reports whether token k, "Administration", ends
// the name of an agency begun at token i: "Federal Aviation
// Administration", "Small Business Administration", "Food and Drug
// Administration". After one capitalised word that opens no agency's
// name, or after a given name, it is a president's ("the Brody
// Administration"), which this rule leaves to the others.
func (s *sentence) agencyAdministration(i, k int) bool {
	return s.word(k) && s.toks[k].is(tCap) && s.lower(k) == "administration" && !s.g.isGiven(s.str(i)) && (k-i >= 2 || orgAdjectives[s.str(i)])
}

// theInName reports whether "the" at token k, after "of" or "for" inside
// a body's name, opens the capitalised rest of the name ("Council for the
// Safeguard of the Homeland", "Organization of the Oil States"), not a
// phrase of the sentence ("the Council for the first time").
func (s *sentence) theInName(k int) bool {
	return s.word(k) && s.str(k) == "the" && s.afterOfFor(k) && s.word(k+1) && s.toks[k+1].is(tCap) &&
		!s.has(lTitleHead|lDeterminer, k+1) && !weekdays[s.lower(k+1)] && (!s.has(lStop, k+1) || s.has(lTitleMod, k+1) || stateNouns[s.lower(k+1)])
}

// onRemit are the bodies named for the matter they sit on, whose name
// goes on after "on": "Commission on Human Rights", "Council on Foreign
// Relations". A weekday after "on" ends the name all the same.
var onRemit = map[string]bool{"commission": true, "committee": true, "council": true, "conference": true, "panel": true, "convention": true}

// stateNouns are the words for a state that go on a body's name after
// "of the" though they are common nouns: "of the Republic", "of the
// Russian Federation" (read by its capitalised adjective).
var stateNouns = map[string]bool{"republic": true, "kingdom": true, "federation": true,
	"nation": true, "people": true, "empire": true, "union": true}

// titledPlace reports whether token i, a capitalised word for a kind of
// place ("County", "City", "District"), follows a capitalised title word
// that is then the place's name, no title: "King County", "Prince
// George County", "Queen City".
func (s *sentence) titledPlace(i int) bool {
	return i > 0 && s.word(i) && s.toks[i].is(tCap) && placeNouns[s.lower(i)] && s.word(i-1) && s.toks[i-1].is(tCap) &&
		!s.toks[i-1].is(tPoss) && s.has(lTitleHead, i-1) && !s.has(lStop, i-1)
}

// runOpeners are adjectives that describe a body or its people and are
// capitalised only where they open a sentence, before the body's own
// name: "Opposition Labour Party leader Keir Vell", "Former Kelby Rovers
// striker".
var runOpeners = map[string]bool{"opposition": true, "former": true, "senior": true, "acting": true, "interim": true,
	"ruling": true, "rival": true}

// clubSuffixes end a club's name after its place ("Leeds United",
// "Bristol Rovers"), never after "and": "Delta and United" are two.
var clubSuffixes = map[string]bool{"united": true, "rovers": true, "rangers": true, "wanderers": true, "albion": true, "hotspur": true}

// listItem reports whether the run at token i follows a comma that ends
// a capitalised name before it, as the later items of a list of names
// do: "American Airlines, Delta and United".
func (s *sentence) listItem(i int) bool {
	return i >= 2 && s.punct(i-1, ',') && s.word(i-2) && s.toks[i-2].is(tCap)
}

// initialsOpen reports whether the word in capitals at i opens a
// company's name that a capitalised word goes on with: "CVS Health", "BHP
// Group", "HSBC Holdings". A word in capitals after another is shouted
// ("WE ARE Marfin Bank"), no company's initials.
func (s *sentence) initialsOpen(i int) bool {
	return s.toks[i].is(tUpper) && !(s.word(i-1) && s.toks[i-1].is(tUpper)) && s.word(i+1) && s.toks[i+1].is(tCap)
}
