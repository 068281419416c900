package actor

import (
	"cmp"
	"slices"
	"sync"

	"github.com/storyline/storyline/timeline"
)

// Mention is one naming of an actor in a document.
type Mention struct {
	Start, End int    // byte offsets into the document's Text
	Text       string // the surface form as written: "Mr Okorro", "Kremlin"
	Name       string // the fullest name known for it in this document: "Tamsin Okorro"
	Kind       string // timeline.Person, Organization, Country, Place or Group
	Role       string // from a title or apposition: "US special envoy"
	Title      string // a capitalised title written right before the name: "President"
	Country    string // actor id of the country or side it belongs to, if known
	ID         string // the actor id across documents; set by Resolve

	// Ref is the id of the gazetteer entry the mention names ("steve-witkoff",
	// "russian-government" for a political "Moscow"), or of the group it
	// names ("russian-officials"); empty for names the gazetteer lacks.
	Ref string
	// Tentative is set by Find on a capitalised word that the document
	// gives no context for ("a call with Ashford"): it names a person, or
	// an organisation by its first word, only if another document names
	// one so. Resolve keeps the tentative mentions the corpus confirms,
	// clearing the flag, and drops the rest: use Find's mentions after
	// Resolve.
	Tentative bool
	// Modifier is set when the mention only qualifies a neighbour rather
	// than taking part itself: the possessive in "Brody’s envoy", the "US"
	// of "US Defense Secretary Lorna Bask".
	Modifier bool
	// aside marks a mention in a sentence that sets its own scene ("In
	// Ottawa, …"): no sign of the article's home country (sceneAsides).
	aside bool
	// speaks marks a word in capitals that says something ("KPMG said"):
	// a body of its own, or the one another article spells so.
	speaks bool
	// nounBody is the number of name words of a body written as a name
	// and a lower-case noun ("the Eastmoor trust": 1), which Resolve may
	// name after the body another document names in full.
	nounBody int
}

// Finder finds actor mentions using the embedded gazetteer. It is safe for
// concurrent use.
type Finder struct {
	g    *gazetteer
	pool sync.Pool
}

// scratch is per-call working memory, reused across calls.
type scratch struct {
	out   []Mention
	toks  []token
	loose []looseToken
	full  []surnameName
	pend  []pending
	inst  []instMention
	lower *lowerIndex // the document's words written in lower case
}

// looseToken is a capitalised word that matched no rule; it becomes a
// mention if the document names a person with that surname elsewhere.
type looseToken struct {
	start, end int
	kind       timeline.SpanKind
	first      bool   // no word before it in its sentence
	lex        uint16 // its word-list bits
}

// NewFinder returns a Finder with the embedded gazetteer loaded.
func NewFinder() *Finder {
	f := &Finder{g: loadDefault()}
	f.pool.New = func() any { return &scratch{toks: make([]token, 0, 256), lower: newLowerIndex("")} }
	return f
}

// Find returns the actor mentions in doc's kept sentences, sorted by Start.
// The bodies given are names another reader found in the text (the
// entity recogniser's organisations, see RecognisedBodies): they are read
// as the document's own before its descriptions are resolved, so that
// "the club" or "the company's chief executive" after a body only the
// recogniser knows stands for that body.
func (f *Finder) Find(doc *timeline.Document, bodies ...Mention) []Mention {
	s := f.pool.Get().(*scratch)
	defer f.pool.Put(s)
	s.loose, s.pend, s.inst = s.loose[:0], s.pend[:0], s.inst[:0]
	// The mentions gather in the pooled buffer; the caller gets an exact
	// copy, so that nothing spare is allocated or retained per document.
	out := s.out[:0]
	text := doc.Text
	s.lower.reset(text)
	for _, sp := range doc.Sentences {
		start, end := max(sp.Start, 0), min(sp.End, len(text))
		if start >= end || creditSentence(text[start:end]) {
			continue // "Photograph: Reuters": who supplied the picture, no actor
		}
		s.toks = tokenize(s.toks[:0], text, start, end)
		sc := sentence{f: f, g: f.g, text: text, toks: s.toks, kind: sp.Kind, pend: &s.pend, inst: &s.inst, lowered: s.lower}
		out = sc.find(out, &s.loose)
	}
	out = f.addBodies(out, bodies)
	basedNames(out)
	n := len(out)
	leadingInitials(out)
	// The bodies the text calls by a first word alone ("Halvorsen said")
	// are found by the linking, and a description may stand for them.
	out = f.linkDocument(text, out, s.loose, &s.full)
	f.g.firmWords(text, out)
	f.g.wholeInstitutions(text, out)
	f.g.structures(text, out)
	dropMedia(text, out)
	placeSurnames(f.g, text, out)
	namesakes(f.g, out)
	out = sportsClubs(f.g, text, out)
	settleAcronyms(text, out)
	f.g.titleAcronyms(out)
	policeIn(text, out)
	out = f.g.theForce(text, out)
	possessiveNames(text, out)
	boardVoices(text, out)
	resolveInstitutions(f.g, text, out, s.inst, doc.Sentences)
	f.settle(doc.Text, out, s.pend, doc.Sentences)
	sceneAsides(f.g, text, out, doc.Sentences)
	bodyRoles(f.g, text, out, doc.Sentences)
	settleBodyOffices(f.g, out, s.pend, doc.Sentences)
	out = lineOfBusiness(text, out, doc.Sentences)
	stormNames(f.g, text, out)
	articleBodies(out)
	f.g.listedFirms(text, out)
	capitalsNoPerson(out)
	out = nounBodies(text, out, doc.Sentences)
	s.lower.reset("") // hold no words of this document in the pool
	res := ordered(out, n)
	clear(out) // hold no strings of this document in the pool
	s.out = out[:0]
	if len(res) == 0 {
		return nil
	}
	return res
}

// ordered returns a copy of the kept mentions of ms (those with a Name;
// settle empties the Name of the rest) sorted by Start, then End, in a
// stable way. The sentences' mentions ms[:n] and those the document-level
// linking appended, ms[n:], are each in order as a rule, so the two runs
// are merged rather than sorted.
func ordered(ms []Mention, n int) []Mention {
	order := func(a, b *Mention) int { return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End)) }
	sorted := func(run []Mention) bool {
		for k := 1; k < len(run); k++ {
			if order(&run[k-1], &run[k]) > 0 {
				return false
			}
		}
		return true
	}
	if !sorted(ms[:n]) || !sorted(ms[n:]) {
		slices.SortStableFunc(ms, func(a, b Mention) int { return order(&a, &b) })
		n = len(ms)
	}
	kept := 0
	for k := range ms {
		if ms[k].Name != "" {
			kept++
		}
	}
	res := make([]Mention, 0, kept)
	i, j := 0, n
	for i < n || j < len(ms) {
		var m *Mention
		if j == len(ms) || i < n && order(&ms[i], &ms[j]) <= 0 {
			m, i = &ms[i], i+1
		} else {
			m, j = &ms[j], j+1
		}
		if m.Name != "" {
			res = append(res, *m)
		}
	}
	return res
}

// addBodies appends to ms each of bodies that no mention of ms overlaps,
// but one that would give way to it as the recogniser's name (see
// givesWayToOrg), which is dropped.
func (f *Finder) addBodies(ms []Mention, bodies []Mention) []Mention {
	for _, b := range bodies {
		n := timeline.TextRange{Start: b.Start, End: b.End}
		free := true
		for k := range ms {
			if m := &ms[k]; m.Name != "" && m.Start < b.End && b.Start < m.End && !f.g.givesWayToOrg(*m, n) {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		for k := range ms {
			if m := &ms[k]; m.Name != "" && m.Start < b.End && b.Start < m.End {
				m.Name = "" // ordered drops it
			}
		}
		ms = append(ms, b)
	}
	return ms
}

// RecognisedBodies returns the organisations of after (Recognised's
// mentions) at spans where before (Find's) held none: the bodies only the
// entity recogniser found, which a second Find may be given.
func RecognisedBodies(before, after []Mention) []Mention {
	var out []Mention
	for _, m := range after {
		if m.Kind != timeline.Organization {
			continue
		}
		if !slices.ContainsFunc(before, func(o Mention) bool { return o.Start == m.Start && o.End == m.End && o.Kind == m.Kind }) {
			out = append(out, m)
		}
	}
	return out
}

// KeepSettled returns the mentions of again (a second Find, given the
// recogniser's bodies) with those at a span that first (the first run's)
// also holds taken from first: a description the first run had settled
// keeps its body, and only those it had dropped for want of one are
// read anew. A body named only in a clause ("said EY had informed it")
// would otherwise outweigh the subject of the sentences before.
func KeepSettled(first, again []Mention) []Mention {
	for k := range again {
		if j := slices.IndexFunc(first, func(o Mention) bool { return o.Start == again[k].Start && o.End == again[k].End }); j >= 0 {
			again[k] = first[j]
		}
	}
	return again
}
