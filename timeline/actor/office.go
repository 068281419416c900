package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// An office such as "the Russian leader" names one person, and "the
// Ashford administration" one body, but which one only the whole document
// can tell: the gazetteer keeps no list of who holds an office, so the
// person is the one the document itself gives that office ("Russian
// President Ivan Petrenko"). Such mentions are noted as pending while the
// sentences are read and settled at the end (settle).

type pendKind uint8

const (
	pendOffice pendKind = iota // "the Russian leader": a person holding an office
	pendAdmin                  // "the Ashford administration": a person's government
	pendPerson                 // "the 47-year-old": the person the sentence before names
)

// pending is a mention settled once the document is read.
type pending struct {
	at      int // index of the mention among the document's mentions
	kind    pendKind
	country string // the office's state; "" for "the president"
	office  string // lower case: "leader", "prime minister"
	name    string // for an administration: the name before it; for an office, its body's as written
	from    int    // byte offset of the sentence the mention is in
	pair    bool   // one of "the US and Russian presidents": two persons
	// body is the byte offset of the mention of the body the office is
	// held in ("the chief executive of Varna Hydro", "Varna Hydro's chief
	// executive"), or -1 for "its chief executive", when hasBody:
	// settleBodyOffices gives it its holder.
	body    int
	hasBody bool
	its     int // byte offset of the "its" of "its chief executive"
	// fresh is set for an office just taken ("the new prime minister"):
	// like a former one, it may be the one person of the sentence before.
	fresh bool
}

// officeEnd returns the end of a run of title words from k that ends in a
// title head ("leader", "foreign minister", "secretary of state"), or k.
func (s *sentence) officeEnd(k int) int {
	last := k
	for j := k; j < len(s.toks) && j-k < 4 && s.word(j); j++ {
		switch {
		case s.has(lTitleHead, j):
			last = j + 1
		case s.has(lTitleMod, j) && j > k+1 && s.str(j-1) == "of":
			last = j + 1 // "secretary of state": the field after "of" ends it
		case s.has(lTitleMod, j):
		case s.str(j) == "of" && j > k && s.has(lTitleHead, j-1):
		default:
			return last
		}
	}
	return last
}

// office returns tokens [a, b) as a lower-case office: "foreign minister".
func (s *sentence) office(a, b int) string {
	o := strings.ToLower(s.joined(a, b))
	if same := officeSynonyms[o]; same != "" {
		return same
	}
	return o
}

// officeSynonyms are the words news uses for an office whose holder the
// text names by its title: "the pontiff" after "Pope Leo".
var officeSynonyms = map[string]string{"pontiff": "pope"}

// descriptor reads "the Russian leader", "the US president": a person the
// document names elsewhere with that office in that state.
func (s *sentence) descriptor(out []Mention, i, end int, e *entry) (Mention, int, bool) {
	if i == 0 || !s.word(i-1) || !strings.EqualFold(s.str(i-1), "the") || s.toks[end-1].is(tPoss) {
		return Mention{}, 0, false
	}
	last := s.officeEnd(end)
	if last == end || last-end > 3 {
		return Mention{}, 0, false
	}
	if s.word(last) && s.toks[last].is(tCap) && !s.has(lStop, last) {
		return Mention{}, 0, false // a title before a name: the name rule takes it
	}
	if s.apposition(i-1, last) {
		return Mention{}, 0, false
	}
	start, stop := s.toks[i-1].start, s.toks[last-1].end
	*s.pend = append(*s.pend, pending{at: len(out), kind: pendOffice, country: countryOf(e), office: s.office(end, last), from: s.toks[0].start})
	return Mention{Start: start, End: stop, Text: s.text[start:stop], Name: s.text[start:stop], Kind: timeline.Person,
		Country: countryOf(e), Modifier: s.toks[last-1].is(tPoss)}, last, true
}

// apposition reports whether the office at tokens [a, b) describes a name
// written beside it ("Arlo Venn, the US envoy," or "the US envoy, Arlo
// Venn"): the role rules give it to that name, and it names no one else.
func (s *sentence) apposition(a, b int) bool {
	return s.punct(a-1, ',') && s.word(a-2) && s.toks[a-2].is(tCap) || s.punct(b, ',') && s.word(b+1) && s.toks[b+1].is(tCap)
}

// pairDescriptor reads "the US and Russian presidents" as the one person
// each state's office names in the document: two person mentions.
func (s *sentence) pairDescriptor(out []Mention, i, end int, e *entry) ([]Mention, int, bool) {
	if i == 0 || !s.word(i-1) || !strings.EqualFold(s.str(i-1), "the") || !s.word(end) || s.str(end) != "and" {
		return out, 0, false
	}
	j, h := s.match(end + 1)
	if h == nil || h.form != formAdj && h.e.kind != timeline.Country || !s.word(j) {
		return out, 0, false
	}
	plural := s.lower(j)
	office := strings.TrimSuffix(plural, "s")
	if office == plural || !s.g.titleHead[office] || countryOf(e) == countryOf(h.e) {
		return out, 0, false
	}
	for _, side := range []struct {
		from, to int
		state    string
	}{{i - 1, end - 1, countryOf(e)}, {end + 1, j, countryOf(h.e)}} {
		start, stop := s.toks[side.from].start, s.toks[side.to].end
		*s.pend = append(*s.pend, pending{at: len(out), kind: pendOffice, country: side.state, office: office, from: s.toks[0].start, pair: true})
		out = append(out, Mention{Start: start, End: stop, Text: s.text[start:stop], Name: s.text[start:stop],
			Kind: timeline.Person, Country: side.state})
	}
	return out, j + 1, true
}

// bareOffices are the offices that name a person without a state ("the
// president said"), when the document gives one person that office. Held
// before ("the former prime minister"), such an office is also the one
// person of the sentence before that nothing rules out (see antecedent):
// "Vell had been expected to stand. But the former prime minister said";
// so is one just taken: "Vell became prime minister on Tuesday. The new
// prime minister was appointed by the king". A university's rector and a
// chamber's speaker are one too ("The rector added", "The speaker said").
var bareOffices = map[string]bool{"president": true, "prime minister": true, "chancellor": true, "premier": true, "pope": true,
	"rector": true, "vice-chancellor": true, "speaker": true}

// bareOffice reads "the president" at token i ("the"): the document's one
// president. "the president of Belarus" describes, and names no one here.
func (s *sentence) bareOffice(out []Mention, i int) ([]Mention, int, bool) {
	first := i + 1
	fresh := false
	if s.word(first) && !s.toks[first].is(tCap) && !s.has(lTitleHead|lTitleMod, first) && (describing(s.lower(first)) || ageWord(s.lower(first))) {
		fresh = newcomers[s.lower(first)]
		first++ // "the embattled minister", "the 85-year-old judge"
	}
	if !s.word(first) || !s.has(lTitleHead|lTitleMod, first) {
		return out, i, false
	}
	last := s.officeEnd(first)
	if last == first || !bareOffices[s.office(first, last)] && !portfolioHeads[s.lower(last-1)] && !formerOffice(s.office(first, last)) {
		return out, i, false
	}
	body, bodyName, hasBody := s.officeBody(i, last)
	if !hasBody && (s.word(last) && (s.toks[last].is(tCap) || s.str(last) == "of") || s.punct(last, '-') || s.apposition(i, last)) {
		return out, i, false
	}
	start, stop := s.toks[i].start, s.toks[last-1].end
	*s.pend = append(*s.pend, pending{at: len(out), kind: pendOffice, office: s.office(first, last), from: s.toks[0].start,
		body: body, name: bodyName, hasBody: hasBody, fresh: fresh})
	out = append(out, Mention{Start: start, End: stop, Text: s.text[start:stop], Name: s.text[start:stop],
		Kind: timeline.Person, Modifier: s.toks[last-1].is(tPoss)})
	return out, last, true
}

// possessedOffice reads an office held in a place or a body named in the
// possessive right before it ("Halden's mayor", "Acme's chief executive")
// as a mention of the one who holds it, as "the mayor" is; the possessor
// stays a mention of its own. A country's office is left alone, since a
// story of several countries names several presidents, and so is a
// person's ("Okafor's deputy"). It returns where to go on and whether it
// read one.
func (s *sentence) possessedOffice(out *[]Mention, before, next int) (int, bool) {
	if len(*out) == before && next > 0 && next < len(s.toks) && s.toks[next-1].is(tPoss) && s.toks[next-1].is(tCap) {
		// A possessor too little known to be a mention yet: a country
		// would have been one (the gazetteer knows them all).
	} else if len(*out) != before+1 || next <= 0 || next >= len(s.toks) || !s.toks[next-1].is(tPoss) {
		return 0, false
	} else if k := (*out)[before].Kind; k == timeline.Country || k == timeline.Person {
		return 0, false
	}
	o, n, ok := s.bareOffice(*out, next-1)
	if !ok {
		return 0, false
	}
	m := &o[len(o)-1] // the office, without its possessor
	if len(*out) > before {
		p := &(*s.pend)[len(*s.pend)-1]
		p.body, p.hasBody = (*out)[before].Start, true
	}
	m.Start = s.toks[next].start
	m.Text, m.Name = s.text[m.Start:m.End], s.text[m.Start:m.End]
	*out = o
	s.markInRole(o[len(o)-1:])
	return n, true
}

// stateOrg reads a body named after its state: a demonym or state before a
// capitalised run holding an organisation word ("Russian Foreign Ministry",
// "Ruritanian Supreme Court"). A title word before the organisation word
// makes it a title instead ("Russian Deputy Foreign Minister").
func (s *sentence) stateOrg(i, end int, e *entry) (Mention, int, bool) {
	if s.toks[end-1].is(tPoss) {
		return Mention{}, 0, false
	}
	k, head := end, -1
	for k < len(s.toks) && s.word(k) {
		switch {
		case s.toks[k].is(tCap) && s.has(lOrgHead, k):
			head = k
		case s.toks[k].is(tCap) && s.has(lTitleHead, k):
			if head < 0 {
				return Mention{}, 0, false
			}
			goto done
		case s.toks[k].is(tCap) && (!s.has(lStop, k) || s.has(lTitleMod, k) || orgAdjectives[s.str(k)]):
		case head >= 0 && (s.str(k) == "of" || s.str(k) == "for" || s.str(k) == "on" && head == k-1 && onRemit[s.lower(head)]) &&
			s.word(k+1) && s.toks[k+1].is(tCap) && !weekdays[s.lower(k+1)]:
		case head == k-1 && s.fieldsJoined(k):
			// "U.S. Securities and Exchange Commission"
		case head < 0 && k > end && s.str(k) == "and" && s.word(k+1) && s.toks[k+1].is(tCap) && s.headedRun(k+1):
			// "United States Olympic and Paralympic Committee": fields
			// joined before the organisation word (stop 38: the state was
			// lost)
		default:
			goto done
		}
		k++
		if s.toks[k-1].is(tPoss) && !s.namePossessive(k-1) { // "Supporters' Trust" runs on
			break
		}
	}
done:
	if head < 0 {
		return Mention{}, 0, false
	}
	for k > head+1 && !s.toks[k-1].is(tCap) {
		k--
	}
	start, stop := s.toks[i].start, s.toks[k-1].end
	country := countryOf(e)
	return Mention{Start: start, End: stop, Text: s.text[start:stop], Name: s.joined(i, k), Kind: timeline.Organization,
		Country: country, Modifier: s.toks[k-1].is(tPoss) || s.qualifiesTitle(k)}, k, true
}

// governing are the words after a person's name that make the body the
// government of the person's state: "the Brody administration".
var governing = map[string]bool{"administration": true, "government": true, "cabinet": true, "presidency": true, "regime": true}

// officeAlike lists, for an office that several titles hold, those titles
// in the order tried: "the Russian leader" is the president if the
// document names one, else the prime minister.
var officeAlike = map[string][]string{
	"leader":        {"president", "prime minister", "premier", "chancellor", "leader", "king", "supreme leader"},
	"top diplomat":  {"foreign minister", "secretary of state", "foreign secretary", "top diplomat"},
	"defence chief": {"defense minister", "defense secretary"},
}

// settle gives each pending mention its person or body from the
// document's own mentions, and empties the Name of the offices that name
// no one, which Find then leaves out.
func (f *Finder) settle(text string, ms []Mention, pend []pending, sents []timeline.Span) {
	holders := f.holders(ms, pend)
	var described map[string]string // person → the state an office settled before gave them
	for _, p := range pend {
		m := &ms[p.at]
		if p.hasBody {
			continue // settled once the roles name their bodies (settleBodyOffices)
		}
		switch p.kind {
		case pendAdmin:
			if !governing[p.office] {
				break // "the Vasko campaign" is the campaign's own
			}
			for _, o := range ms {
				if o.Kind == timeline.Person && o.Country != "" && lastWord(o.Name) == p.name {
					if gov := f.g.government[o.Country]; gov != nil {
						m.Name, m.Ref, m.Country = gov.name, gov.id, gov.country
					}
					break
				}
			}
		case pendPerson:
			m.Name = personBefore(ms, p.at, p, sents)
		case pendOffice:
			offices := officeAlike[p.office]
			if offices == nil {
				offices = []string{p.office}
			}
			m.Name = ""
			for _, o := range offices {
				if name, country, n := f.holder(ms, holders, p.country, o); n == 1 {
					m.Name, m.Country = name, country
					break
				} else if n > 1 {
					break
				}
			}
			if m.Name != "" && !p.fresh && !p.pair && !deedParts[p.office] && namedOnlyAfter(ms, m.Name, p.from, m.Start, sents) &&
				personJustBefore(ms, p.from, m.Start, sents) {
				m.Name, m.Country = f.antecedent(ms, p, offices, sents, described, m.Name) // laterholder.go
			}
			if p.fresh && m.Name != "" && !p.pair && !pronounBefore(text, ms, p.from, m.Start) {
				// "sacked Kwarteng and brought in Hunt. The new chancellor
				// said": the one who held the office is not its newcomer,
				// when another of the sentence before may be.
				if name, c := f.antecedent(ms, p, offices, sents, described, m.Name); name != "" {
					m.Name, m.Country = name, c
				}
			}
			if m.Name == "" && (p.country != "" || p.fresh || formerOffice(p.office)) && !p.pair && !pronounBefore(text, ms, p.from, m.Start) {
				if name, c := f.antecedent(ms, p, offices, sents, described, ""); name != "" {
					m.Name, m.Country = name, c
				}
			}
			if m.Name != "" && p.country != "" && !p.pair {
				if described == nil {
					described = map[string]string{}
				}
				if _, ok := described[m.Name]; !ok {
					described[m.Name] = p.country
				}
			}
			if m.Name == "" && (p.country != "" || deedParts[p.office]) {
				// Another document may give someone the office: Resolve
				// settles it (see confirm).
				m.Name, m.Role, m.Tentative = m.Text, p.office, true
			}
		}
	}
}

// holders lists the document's persons with a role or title, whom an
// office may name; none when no office is pending.
func (f *Finder) holders(ms []Mention, pend []pending) []int {
	var out []int
	for _, p := range pend {
		if p.kind != pendOffice {
			continue
		}
		for k := range ms {
			if ms[k].Kind == timeline.Person && (ms[k].Role != "" || ms[k].Title != "") {
				out = append(out, k)
			}
		}
		break
	}
	return out
}

func lastWord(name string) string { return name[strings.LastIndexByte(name, ' ')+1:] }

// newcomers describe the one who has just taken an office: "the new
// prime minister", "the incoming president".
var newcomers = map[string]bool{"new": true, "incoming": true}
