package actor

import (
	"sort"
	"strings"

	"github.com/storyline/storyline/timeline"
)

// News names a body once and then by what it is: "the company", "the
// club", "the regulator", "the lender". No name ends in those nouns, so
// the sieve of same-noun descriptions (resolveInstitutions) misses them.
// Such a description stands for the most salient body before it whose
// type agrees with its noun, as in the sieves of rule-based coreference:
// "Halvorsen Group offered 4 billion for Meridian Foods. The company
// said …" is Halvorsen, the subject, though Meridian was named last, and
// "the club" after "the Footballers' Association" is still the club.

// docSalience scores the bodies of one document for the descriptions in
// it.
type docSalience struct {
	g     *gazetteer
	ms    []Mention
	sents []timeline.Span
	byPos []int               // indices of ms by Start
	given map[string]bodyType // what the text calls a body beside its name
	text  string              // the document's text, when known: see ownObject
	bare  map[string]bool     // one-word names a business description may stand for: see bareNames
	skip  map[string]bool     // names salience passes over: the central banks, for a plain "the bank" (bankdesc.go)
}

func newDocSalience(g *gazetteer, ms []Mention, sents []timeline.Span) *docSalience {
	d := &docSalience{g: g, ms: ms, sents: sents, byPos: make([]int, len(ms))}
	for k := range d.byPos {
		d.byPos[k] = k
	}
	sort.SliceStable(d.byPos, func(a, b int) bool { return ms[d.byPos[a]].Start < ms[d.byPos[b]].Start })
	return d
}

// sentenceOf returns the index of the sentence holding byte offset at.
func (d *docSalience) sentenceOf(at int) int {
	return sort.Search(len(d.sents), func(i int) bool { return d.sents[i].End > at })
}

// named reports whether m is a body written with a proper name: not one
// named by a common noun ("the ministry"), nor a word only the corpus may
// confirm ("DUI").
func named(m *Mention) bool {
	return m.Kind == timeline.Organization && m.Name != "" && m.Name != strings.ToLower(m.Name) && !m.Tentative
}

// apposed returns the named body that the description at m is written
// beside, and true: ", a discount retailer" after a name, "the lender,
// Ostrand Bank," before one, or "the rail operator Nordrail". The
// description is that body, whatever came before. One that says
// something ("… from Halvorsen Group, the company said") is the subject
// of its own clause.
func (d *docSalience) apposed(text string, m *Mention) (*Mention, bool) {
	next, _, _ := strings.Cut(strings.TrimSpace(text[m.End:min(m.End+24, len(text))]), " ")
	if d.g.lexOf(strings.TrimRight(next, ",.;:"))&lSpeech != 0 {
		return nil, false
	}
	if lw := strings.ToLower(next); auxiliaries[lw] && lw != "who" && lw != "which" {
		return nil, false // "a member of the EU and Nato, the government cannot keep order": a clause's subject
	}
	for _, k := range d.byPos {
		o := &d.ms[k]
		if o == m || !named(o) {
			continue
		}
		switch {
		case o.End <= m.Start && o.End >= m.Start-40 && apposing(text[o.End:m.Start], o.End >= m.Start-6):
			return o, true
		case o.Start >= m.End && o.Start <= m.End+3 && (o.Start == m.End+1 && text[m.End] == ' ' ||
			strings.TrimSpace(text[m.End:o.Start]) == "," && strings.HasPrefix(text[o.End:], ",")):
			return o, true
		}
	}
	return nil, false
}

// typeOf returns what is known of the body o: the word that heads its
// name, the last one or the one before "of" or "for" ("Bank of Tessaly",
// "Kelburn College of Medicine", "Office for Civil Rights"), and the
// nouns the text gave it.
func (d *docSalience) typeOf(o *Mention) bodyType {
	head := lastWord(o.Name)
	for _, prep := range []string{" of ", " for "} {
		// "Bank of Tessaly", "Office for Civil Rights": the body's word
		// stands before its field.
		if i := strings.Index(o.Name, prep); i > 0 {
			if t := nameTypes[strings.ToLower(lastWord(o.Name[:i]))]; t != 0 {
				head = lastWord(o.Name[:i])
				break
			}
		}
	}
	t := nameTypes[strings.ToLower(head)] | d.given[strings.ToLower(o.Name)]
	if e := d.g.byID[o.Ref]; e != nil && e.bloc {
		t |= tyBloc
	}
	return t
}

// agrees reports whether the body o may be what the description desc
// says.
func (d *docSalience) agrees(o *Mention, desc described) bool {
	t := d.typeOf(o)
	if t == 0 {
		first, _, _ := strings.Cut(o.Name, " ")
		// A ship ("MV Aurora") is a crewed body, not a business.
		return (desc.bare || bareBank(o, desc)) && o.Ref == "" && !d.g.lex["vessel-prefix"][strings.ToLower(first)]
	}
	if t&desc.types == 0 && desc.types&(tyBank|tyInsurer|tyFund) != 0 && corporateForms[strings.ToLower(lastWord(o.Name))] {
		// "UnitedHealth Group … the insurer": a group's name says
		// nothing of its line, unless a word before its form does
		// ("Deposit Insurance Corporation" is no bank).
		return !linedName(o.Name)
	}
	return t&desc.types != 0
}

// salient returns the body before the description at m that its noun
// agrees with and that the text before it dwells on most, or nil. Each
// earlier mention of a body counts the more the nearer its sentence (half
// as much a sentence further back), twice as much when it opens its
// sentence, as a subject does, and half as much when it only qualifies
// a neighbour, or when the noun is one for any business ("the company")
// and the body is a bank, an insurer or a fund, which news calls so. A
// body named only in a person's role is the description's only when no
// other body of its type is named before it.
func (d *docSalience) salient(m *Mention, desc described) *Mention {
	return d.salientOf(m, desc, false, false)
}

// salientBare is salient, but when no body agrees with a description of
// a business it returns the most salient of the one-word names that may
// be the business (see bareNames), a person as Find read it.
func (d *docSalience) salientBare(m *Mention, desc described) *Mention {
	if o := d.newcomer(m, desc, false); o != nil {
		return o
	}
	if o := d.salientOf(m, desc, false, true); o != nil || !desc.bare || desc.types&tyBusiness == 0 || len(d.bare) == 0 {
		return o
	}
	return d.salientOf(m, desc, true, true)
}

// salientOf is salient, with the names of d.bare among the bodies when
// bare is set, and the lede's first body weighing more when topical is
// (a description, not a pronoun, which stands for what is near).
func (d *docSalience) salientOf(m *Mention, desc described, bare, topical bool) *Mention {
	here := d.sentenceOf(m.Start)
	score := map[string]float64{}
	acts := map[string]bool{} // bodies named other than in a person's role
	var best, bestActing *Mention
	bestScore, bestActingScore := 0.0, 0.0
	opened := -1  // the sentence whose first body has been seen
	lede := false // the lede's first body has been seen
	for _, k := range d.byPos {
		o := &d.ms[k]
		if o.Start >= m.Start {
			break
		}
		if o.Name == "" {
			continue // dropped: "the lender" beside "Ostrand Bank", which opens the sentence in its stead
		}
		s := d.sentenceOf(o.Start)
		first := false
		if s != opened && (o.Kind == timeline.Organization || o.Kind == timeline.Person || o.Kind == timeline.Group) {
			first, opened = true, s
		}
		topic := false
		if topical && s == 0 && !lede && named(o) && !d.outlet(o) {
			// The lede names first what the story is about ("Wirecard
			// AG filed for insolvency"), which a description far on
			// may still mean past a body named in passing since.
			topic, lede = true, true
		}
		if !named(o) && !(bare && o.Kind == timeline.Person && d.bare[o.Name]) || !d.agrees(o, desc) || s == here && d.ownObject(o, m) ||
			d.skip[strings.ToLower(o.Name)] || d.actsOnBank(o, m, desc) {
			continue
		}
		w := 1.0 / float64(uint(1)<<min(max(here-s, 0), 20))
		if topic && !d.openedNear(m, o, desc) {
			w += ledeWeight
		}
		switch {
		case first:
			w *= 2
		case o.Modifier:
			w /= 2
		}
		if desc.types == tyBusiness && d.typeOf(o)&(tyBank|tyInsurer|tyFund) != 0 {
			w /= 2 // news calls a bank "the bank" or "the lender", and "the company" the firm beside it
		}
		key := strings.ToLower(o.Name)
		score[key] += w
		if score[key] >= bestScore { // scores only grow: best holds the maximum
			best, bestScore = o, score[key]
		}
		if !o.Modifier || d.possessive(o) {
			acts[key] = true
		}
		if acts[key] && score[key] >= bestActingScore {
			bestActing, bestActingScore = o, score[key]
		}
	}
	if bestActing != nil {
		// "Dahl, the chief executive of Tarlon, said he had invested in
		// Norvex. He said the company …": a body named only in a
		// person's role describes the person, and is the description's
		// only when no other body of the type is named before.
		return bestActing
	}
	return best // ties go to the body mentioned last, as the running maximum keeps it
}

// ledeWeight is what the lede's first body gains, whatever the
// distance: as much as a body opening the sentence two back, so that
// one named as a subject right before the description still wins.
const ledeWeight = 0.5

// openedNear reports whether a body other than the lede's o that the
// description at m may be opens m's sentence before it or the sentence
// before: "Volkswagen will recall 40,000 cars, regulators said. The
// carmaker said" is Volkswagen, however the lede dwells on Chelsea. A
// bank does not count for "the company", which news calls the firm
// beside it.
func (d *docSalience) openedNear(m, lede *Mention, desc described) bool {
	here := d.sentenceOf(m.Start)
	opened := -1
	for _, k := range d.byPos {
		o := &d.ms[k]
		if o.Start >= m.Start {
			break
		}
		s := d.sentenceOf(o.Start)
		if s < here-1 || s == opened || o.Name == "" || !(o.Kind == timeline.Organization || o.Kind == timeline.Person || o.Kind == timeline.Group) {
			continue
		}
		opened = s
		if named(o) && !strings.EqualFold(o.Name, lede.Name) && d.agrees(o, desc) &&
			!(desc.types == tyBusiness && d.typeOf(o)&(tyBank|tyInsurer|tyFund) != 0) {
			return true
		}
	}
	return false
}

// outlet reports whether o is a news outlet the gazetteer knows, which a
// dateline names ("(Reuters) -") and no description stands for.
func (d *docSalience) outlet(o *Mention) bool {
	e := d.g.byID[o.Ref]
	return e != nil && e.outlet
}

// ownObject reports whether the description at m is the object of the
// verb right after the body o ("World Rugby fined the club"): a body
// acting on itself says "itself", so the description is another body. A
// clause between them ("Halvorsen said the company would") leaves it
// free.
func (d *docSalience) ownObject(o, m *Mention) bool {
	if d.text == "" || o.End > m.Start || m.Start-o.End > 40 {
		return false
	}
	verbs := 0
	for w := range strings.FieldsSeq(d.text[o.End:m.Start]) {
		lw := strings.ToLower(w)
		switch {
		case determiners[lw] || lw == "has" || lw == "have" || lw == "had" || lw == "will" || lw == "also":
		case w != lw || connectors[lw] || strings.ContainsAny(w, ",;:\"“”()'’") || clauseWords[lw] || auxiliaries[lw] ||
			d.g.lexOf(lw)&lSpeech != 0:
			return false // "Kraft Foods employee at the company's factory"
		default:
			verbs++
		}
	}
	return verbs == 1
}

// give notes that the text calls the body o by the noun head.
func (d *docSalience) give(o *Mention, head string) {
	if desc, ok := descTypes[head]; ok {
		if head == "group" {
			desc.types = tyBusiness // "RansomHub, a second group": any body "the group" may be, no insurer or bank
		}
		if d.given == nil {
			d.given = map[string]bodyType{}
		}
		d.given[strings.ToLower(o.Name)] |= desc.types
	}
}

// ministryOfMinister returns the ministry that "the ministry" of a
// document naming no ministry stands for: that of the one portfolio its
// ministers hold ("Transport Minister Luc Garnier … The ministry said"
// is the transport ministry), with the state of the minister, or "".
func ministryOfMinister(ms []Mention) (name, country string) {
	for k := range ms {
		m := &ms[k]
		if m.Kind != timeline.Person {
			continue
		}
		for _, role := range []string{m.Role, m.Title} {
			words := strings.Fields(strings.ToLower(role))
			n := len(words)
			if n < 2 || words[n-1] != "minister" {
				continue
			}
			switch p := words[n-2]; p {
			case "prime", "deputy", "vice", "first", "junior", "chief", "former", "state", "acting", "shadow":
			default:
				if name != "" && name != p+" ministry" {
					return "", "" // two portfolios: which ministry, nothing says
				}
				name, country = p+" ministry", m.Country
			}
		}
	}
	return name, country
}

// soleOfType returns the one named body before the description at m
// that its noun agrees with, or nil when the document names none or
// several: "the spy agency" after "the National Intelligence Service" is
// that service, the only agency the text names, though no word of the
// name is the description's.
func (d *docSalience) soleOfType(m *Mention, desc described) *Mention {
	var sole *Mention
	for _, k := range d.byPos {
		o := &d.ms[k]
		if o.Start >= m.Start {
			break
		}
		if o.Name == "" || !named(o) || !d.agrees(o, desc) {
			continue
		}
		if sole != nil && !strings.EqualFold(sole.Name, o.Name) {
			return nil
		}
		sole = o
	}
	return sole
}

// fieldModified reports whether a word before the noun of the
// description name is a field or portfolio ("the health ministry", "the
// finance agency"): it tells one body of the type from another, so the
// only one named is not it for that alone.
func fieldModified(g *gazetteer, name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 {
		return false // no word before the noun; an empty name (a description of punctuation) must not end the run
	}
	for _, w := range words[:len(words)-1] {
		if g.lexOf(w)&lTitleMod != 0 || g.lexOf(w)&(lPeopleNoun|lCollective) != 0 && strings.HasSuffix(w, "s") {
			return true // "the health ministry"; "the students union", its members'
		}
	}
	return false
}
