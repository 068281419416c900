package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// News names many bodies by a common noun alone: "parliament voted", "the
// government said", "an appeals court rejected", "the institute had
// warned". Such a body acts like any named one, so it is a mention too:
// an organisation named by the noun with the nouns before it ("appeals
// court", "construction ministry"; "commission of inquiry" is written
// "inquiry commission", so that both wordings are one body), or a group
// when a word for its people follows ("opposition deputies").
//
// Within a document a definite description is the body named before it,
// in the way of the sieves of rule-based coreference: "the institute"
// after "National Seismological Institute", "the government" after "the
// Corvan government", "the commission" after "a commission of inquiry"
// are the nearest preceding body whose name ends in the same noun. Left
// unresolved, it keeps its own name, which the same noun in another
// document of the story shares. An indefinite one ("an appeals court")
// brings in a new body and is never resolved backwards.

// bareInstitutions may stand without an article: "parliament voted",
// "government troops".
var bareInstitutions = map[string]bool{"parliament": true, "congress": true, "government": true, "cabinet": true, "opposition": true}

// institutionDets open a phrase naming a body.
var institutionDets = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true, "our": true, "this": true}

// notModifiers are adjectives that WordNet also lists as nouns; before a
// body's noun they describe it and are no part of its name.
var notModifiers = map[string]bool{"new": true, "old": true, "former": true, "interim": true, "national": true, "local": true,
	"federal": true, "senior": true, "current": true, "top": true, "high": true, "central": true, "criminal": true, "same": true,
	"entire": true, "whole": true, "ruling": true, "acting": true, "junior": true, "lower": true, "upper": true, "next": true,
	"last": true, "previous": true, "first": true, "second": true, "full": true, "special": true, "joint": true, "military": true, "deputy": true, "vice": true, "chief": true, "main": true, "big": true,
	"winning": true, "losing": true, "struggling": true, "ailing": true, "failing": true, "acquiring": true, "merging": true, "rival": true}

// body appends the body or town named by a common noun at token i ("the
// government", "the town hall"), if any, and returns where to go on.
func (s *sentence) body(out []Mention, i int) ([]Mention, int, bool) {
	town := settlements[s.str(i)]
	if !town && !s.has(lInstitution, i) {
		return out, i, false
	}
	read := s.institution
	if town {
		read = s.town
	}
	m, next, in, ok := read(i)
	if !ok {
		return out, i, false
	}
	if n := len(out); n > 0 && out[n-1].End > m.Start && out[n-1].Start >= m.Start {
		out = out[:n-1] // "students'" of "the students' union", read as the group before
	}
	in.at = len(out)
	*s.inst = append(*s.inst, in)
	out = append(out, m)
	s.markInRole(out[len(out)-1:])
	return out, next, true
}

// institution reads the body whose noun is token i, or reports false.
// The mention's Name is the lower-case name; inst records what the
// document-level resolution needs.
func (s *sentence) institution(i int) (Mention, int, instMention, bool) {
	t := s.toks[i]
	if t.is(tCap) && (s.word(i+1) && s.toks[i+1].is(tCap) || s.word(i-1) && s.toks[i-1].is(tCap) && !s.statePossessive(i-1)) {
		return Mention{}, 0, instMention{}, false // part of a name: "Parliament Street", "Supreme Court"
	}
	if s.ofHead(i) {
		return Mention{}, 0, instMention{}, false // opens a name: "the Department of Health", read by orgRun
	}
	if t.is(tCap) && s.word(i+1) && s.str(i+1) == "and" {
		if _, next, ok := s.orgRun(i); ok && next > i+2 {
			return Mention{}, 0, instMention{}, false // opens a name: "by the University and College Union"
		}
	}
	head := s.lower(i)
	if epithets[head] != "" && s.word(i+1) && !s.toks[i].is(tPoss) && !s.toks[i+1].is(tCap) && descTypes[s.lower(i+1)].types != 0 {
		return Mention{}, 0, instMention{}, false // "the opposition party" is a party, read at its noun
	}
	if head == "team" && !t.is(tPoss) && s.word(i+1) && teamCompounds[s.lower(i+1)] {
		return Mention{}, 0, instMention{}, false // "his team mates", "the team bus": no team acting
	}
	lo := i
	for k := i - 1; k >= 0 && i-k <= 2 && !soleBodies[head] && s.modifierNoun(k); k-- {
		lo = k
	}
	if lo == i && s.membersOwn(i-1) {
		lo = i - 1 // "the students' union", "the teachers' union"
	}
	if serviceHeads[head] && (lo != i-1 || !serviceBodies[s.lower(lo)+" "+head]) {
		return Mention{}, 0, instMention{}, false // "a security guard", "the guard": a person; "the service"
	}
	// Adjectives may stand before: "the parliamentary commission", "a
	// new government"; they are no part of the name.
	d := lo - 1
	for n := 0; n < 2 && s.word(d) && !s.toks[d].is(tCap) && !institutionDets[s.lower(d)] && s.adjectiveBefore(d, head); n++ {
		d--
	}
	det := ""
	if s.word(d) {
		det = s.lower(d)
	}
	if (det == "a" || det == "an") && s.word(d-1) && s.lower(d-1) == "as" {
		// "to transform it as a private company", "registered as a
		// charity": what a body is made, no body of its own.
		return Mention{}, 0, instMention{}, false
	}
	if soleBodies[head] && s.kindOfBody(d, i) || head == "opposition" && s.stance(d, i) {
		return Mention{}, 0, instMention{}, false
	}
	state := ""
	if !institutionDets[det] && soleBodies[head] && !s.has(lForces, i) && s.word(d) && s.toks[d].is(tPoss) && s.stateBefore(lo) != "" {
		det = "the" // "Niger's junta", "Syria's regime": the state's one body ("Ukraine's army" is its forces, a group)
	} else if state = s.stateOwner(d, lo, i); state != "" {
		det = "the"
	} else if !institutionDets[det] {
		if !bareInstitutions[head] {
			return Mention{}, 0, instMention{}, false
		}
		lo, det = i, ""
	}
	end := i + 1
	var name strings.Builder
	for k := lo; k < i; k++ {
		name.WriteString(s.lower(k))
		name.WriteByte(' ')
	}
	// "commission of inquiry", "ministry of health": the noun after "of"
	// goes first, as "inquiry commission" and "health ministry" write it.
	members := false
	if !t.is(tPoss) && s.word(i+2) && s.lower(i+1) == "of" && !s.toks[i+2].is(tCap) && s.modifierNoun(i+2) && !s.modifierNoun(i+3) && !s.ofNotNamed(d, i+1) {
		if soleBodies[head] && !s.membersAt(i+2) {
			// A state has one government, of whatever kind: "a
			// government of service" is a kind promised, "the
			// government of technocrats" the government.
			if s.indefiniteBefore(lo) {
				return Mention{}, 0, instMention{}, false
			}
		} else if members = s.membersAt(i + 2); !members {
			name.WriteString(s.lower(i + 2))
			name.WriteByte(' ')
		}
		end = i + 3
	}
	name.WriteString(head)
	if members {
		name.WriteString(" of ")
		name.WriteString(s.lower(i + 2))
	}
	kind := timeline.Organization
	if !t.is(tPoss) && end == i+1 && s.word(i+1) && s.peopleAfter(i+1) {
		// "opposition deputies", "government officials": its people.
		name.WriteByte(' ')
		name.WriteString(s.lower(i + 1))
		kind, end = timeline.Group, i+2
	}
	start, stop := s.toks[lo].start, s.toks[end-1].end
	m := Mention{Start: start, End: stop, Text: s.text[start:stop], Name: name.String(), Kind: kind,
		Modifier: s.toks[end-1].is(tPoss) || kind == timeline.Organization && s.qualifiesNoun(end)}
	if kind == timeline.Organization && soleBodies[head] {
		m.Country = s.stateBefore(lo)
	}
	if kind == timeline.Organization && state != "" {
		m.Country = state
		if m.Name != head { // "the Egyptian ministry" names no field: it is the ministry named before, if any
			m.Name = s.stateWord(d, state) + " " + m.Name
		}
	}
	return m, end, instMention{head: head, definite: det != "a" && det != "an" && kind == timeline.Organization, owned: state != "" && m.Name != head,
		speaker: s.word(d) && (s.lower(d) == "our" || s.lower(d) == "my")}, true
}

// instMention is what the resolution of a body named by a common noun
// needs: its head noun, and whether the phrase is definite.
type instMention struct {
	at       int // index in the document's mentions
	head     string
	definite bool
	town     bool // "the town", "the city hall": the place named last
	owned    bool // "the French foreign ministry": a state body its state names
	speaker  bool // "our government", "my government": the speaker's (speakerbody.go)
}

// namesAll reports whether every word of the description desc is a word
// of name: "the seismological institute" may be "National Seismological
// Institute", "the construction ministry" is not "the health ministry".
func namesAll(name, desc string) bool {
	for w := range strings.FieldsSeq(desc) {
		found := false
		for v := range strings.FieldsSeq(name) {
			if strings.EqualFold(v, w) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// serviceBodies are the emergency services a country or a town has one
// of, named by two common nouns ("the coast guard said", "the fire
// brigade said"), where "a prison guard" is a person and "the service"
// or "the department" alone names no body. serviceHeads are their last
// words that name nothing alone.
var serviceBodies = map[string]bool{"coast guard": true, "fire brigade": true, "fire service": true,
	"fire department": true, "ambulance service": true}

var serviceHeads = map[string]bool{"guard": true, "brigade": true, "service": true}

// soleBodies are the nouns for a body a country has one of, so that
// "the government" or "parliament" names it without more words. "The
// court" or "the company" names one only through a name before it.
var soleBodies = map[string]bool{"government": true, "cabinet": true, "parliament": true, "senate": true, "congress": true,
	"legislature": true, "opposition": true, "army": true, "navy": true, "jury": true, "prosecution": true, "regime": true, "junta": true}

// resolveInstitutions gives each definite body named by a common noun the
// name of the nearest body before it whose name ends in the same noun,
// else of the most salient body before it of the type its noun says (see
// describe.go). A description written beside a name ("Carrow Capital, an
// investment firm", "the rail operator Nordrail") only describes it and is
// dropped, and tells the type of the body. A lone noun for a body of which
// there are many ("the court", "a company") that nothing before names is
// dropped: as an actor of its own it would join every court of the story.
func resolveInstitutions(g *gazetteer, text string, ms []Mention, inst []instMention, sents []timeline.Span) {
	d := newDocSalience(g, ms, sents)
	d.text, d.bare = text, bareNames(g, text, ms)
	d.noteSelfNamed()
	central := centralBanks(text, ms)
	apposed := make([]bool, len(inst))
	for k, in := range inst {
		if in.town {
			continue
		}
		if o, ok := d.apposed(text, &ms[in.at]); ok {
			d.give(o, in.head)
			apposed[k] = true
		}
	}
	for k, in := range inst {
		m := &ms[in.at]
		if in.town {
			m.Name = ""
			if o := townBefore(text, ms, in); o != nil {
				m.Name, m.Ref, m.Country = o.Name, o.Ref, o.Country
			}
			continue
		}
		if apposed[k] {
			m.Name = "" // ordered drops it; the name beside it is the mention
			continue
		}
		if in.speaker && soleBodies[in.head] && m.Kind == timeline.Organization && speakersBody(text, ms, m) {
			continue
		}
		if soleBodies[in.head] && m.Country != "" {
			// "the Danish government" is Denmark's whatever government
			// the text named before it: its state decides, and
			// giveOwners names it.
			continue
		}
		own := m.Name
		if desc, ok := descTypes[in.head]; ok && in.definite && m.Name == in.head && bankDesc(m, in.head) {
			if o := d.storyBank(ms, in.at, desc, central); o != nil {
				m.Name, m.Ref, m.Country = o.Name, o.Ref, o.Country
				continue
			}
		}
		if desc, ok := descTypes[in.head]; ok && in.definite {
			if o := d.sameEpithet(m, desc); o != nil {
				m.Name, m.Ref, m.Country = o.Name, o.Ref, o.Country // "the ruling party"
			}
		}
		if in.definite && m.Name == own && own != "group" {
			// "the group" alone is any body of members, which salience
			// picks, not the one whose name ends in "Group".
			desc, _, _ := strings.Cut(m.Name, " of ") // "cabinet of ministers" is a cabinet
			for j := in.at - 1; j >= 0; j-- {
				o := &ms[j]
				if o.Kind == timeline.Organization && o.Name != "" && (strings.EqualFold(lastWord(o.Name), in.head) && namesAll(o.Name, desc) || g.governs(o, desc)) {
					m.Name, m.Ref, m.Country = o.Name, o.Ref, o.Country
					break
				}
			}
		}
		if desc, ok := descTypes[in.head]; ok && in.definite && m.Name == in.head {
			if o := d.speakersBody(m, desc); o != nil {
				m.Name, m.Ref, m.Country = o.Name, o.Ref, o.Country
			} else if o := d.salientBare(m, desc); o != nil {
				if o.Kind == timeline.Person {
					makeBody(ms, o.Name) // "Microsoft said … The company said"
				}
				m.Name, m.Ref, m.Country = o.Name, o.Ref, o.Country
			}
		}
		if desc, ok := descTypes[in.head]; ok && in.definite && m.Name == own && own != in.head && !desc.bare && !fieldModified(g, own) {
			if o := d.soleOfType(m, desc); o != nil {
				m.Name, m.Ref, m.Country = o.Name, o.Ref, o.Country // "the spy agency" after the one agency named
			}
		}
		if desc, ok := descTypes[in.head]; ok && in.definite && m.Name == own && own != in.head {
			if o := d.tradeBody(m, desc); o != nil {
				m.Name, m.Ref, m.Country = o.Name, o.Ref, o.Country // "the mining company" (linedesc.go)
			} else if o := d.fieldNamed(m, desc); o != nil {
				m.Name, m.Ref, m.Country = o.Name, o.Ref, o.Country // "the charity regulator"
			}
		}
		if in.head == "ministry" && in.definite && m.Name == in.head {
			m.Name, m.Country = ministryOfMinister(ms)
			if m.Name == "" {
				m.Name = in.head
			}
		}
		if m.Name == in.head && !soleBodies[in.head] || m.Name == own && onlyNamed[in.head] && !in.owned && !serviceBodies[own] {
			m.Name = "" // ordered drops it
		}
	}
}

// governs reports whether body o is a state's government, which "the
// cabinet" or "the government" after it stands for, though its name
// ("Israel's security cabinet" is the gazetteer's "Israeli government")
// ends in the other word.
func (g *gazetteer) governs(o *Mention, desc string) bool {
	if desc != "cabinet" && desc != "government" || o.Country == "" {
		return false
	}
	if o.Ref == "" {
		return o.Name == "cabinet" || o.Name == "government" // "Norvia's cabinet", named by Resolve
	}
	e := g.government[o.Country]
	return e != nil && e.id == o.Ref
}

// onlyNamed are the nouns that name a body only as a description of one
// the text names: alone they are as often no body at all ("an office
// party", "a search team", "a trust fund") or too vague to be an actor
// ("a rail operator").
var onlyNamed = map[string]bool{"party": true, "team": true, "group": true, "fund": true, "trust": true, "operator": true,
	"lender": true, "insurer": true, "retailer": true, "carrier": true, "airline": true, "department": true,
	"carmaker": true, "automaker": true, "manufacturer": true, "conglomerate": true}

// indefiniteBefore reports whether "a" or "an" stands before token k,
// past an opening quotation mark: a "government of service".
func (s *sentence) indefiniteBefore(k int) bool {
	k--
	if s.punct(k, '"') || k >= 0 && k < len(s.toks) && strings.HasPrefix(s.text[s.toks[k].start:], "“") {
		k--
	}
	return s.word(k) && (s.lower(k) == "a" || s.lower(k) == "an")
}
