package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// Resolve groups the mentions of all documents into actors (aliases,
// spelling variants, titles), sets each mention's ID, and returns the
// actors sorted by ID. It first settles the tentative mentions: those the
// corpus confirms become mentions of its person or organisation, the rest
// are removed from docs[d], which may get shorter.
//
// Mentions naming the same gazetteer entry are one actor. Other persons
// join by name: a surname alone joins the one person of that surname, and
// spellings a short edit away join when they start with the same letter,
// their given names agree (or one is missing), their countries do not
// differ, and they are not two different gazetteer people; a full name
// with a second surname after it joins the full name (joinSecondSurnames). Candidates are
// compared only within blocks of the same first letter and near length.
func Resolve(docs [][]Mention) []timeline.Actor {
	g := loadDefault()
	confirm(g, docs)
	surnameBodies(docs)
	bodyNames(g, docs) // after a person any document marks is one in all
	openingBodies(g, docs)
	markedPersons(g, docs)
	owned := ownedBodies(docs)
	homeGovernment(g, docs)
	homeBodies(g, docs)
	statePolice(g, docs)
	giveOwners(g, owned)
	r := newResolver(g)
	r.twoGenerations = twoGenerations(docs)
	regnalNames(docs)
	nounBodiesAcross(docs)
	for d := range docs {
		for k := range docs[d] {
			r.add(&docs[d][k], d)
		}
	}
	r.joinPersons()
	r.joinSecondSurnames()
	r.joinLoneNames()
	r.joinInnerNames()
	r.joinDescribedBodies()
	r.joinShortNames()
	r.joinInvertedOf()
	r.joinTrailingNames()
	r.joinBodyVariants()
	r.joinInitials() // after the variants, which may be one body's ("Paris St Germain", "Paris Saint-Germain")
	r.joinDefinedNames()
	r.joinPartyMembers()
	r.joinSpacedNames()
	r.joinSpellings()
	actors := r.actors()
	for d := range docs {
		for k := range docs[d] {
			m := &docs[d][k]
			m.ID = r.idOf[r.find(r.keyOf(m))]
		}
	}
	return actors
}

// record is what is known of one key: a gazetteer entry or a name.
type record struct {
	key      string
	ref      *entry
	kind     string
	surnames []string
	firsts   []string
	middles  []string // the names between given name and surname: "Tayyip" of "Recep Tayyip Erdogan"
	country  string
	mentions []*Mention
	docs     int // how many documents mention it
	lastDoc  int // the last document counted in docs
}

type resolver struct {
	g      *gazetteer
	recs   map[string]*record
	order  []string // keys in first-seen order, for determinism
	parent map[string]string
	keys   map[keyParts]string
	// twoGenerations holds the names the corpus writes with two
	// generational suffixes ("Mark Vell Jr", "Mark Vell Sr"): father and
	// son, whom the name without a suffix cannot tell apart.
	twoGenerations map[string]bool
	idOf           map[string]string // set root key → actor id
	sets           map[string]*set   // root key → what its set knows
	// sharedSurnames holds the surnames (lower case) that name two
	// people of the story written in full: neither's alias alone.
	sharedSurnames map[string]bool
}

func newResolver(g *gazetteer) *resolver {
	return &resolver{g: g, recs: map[string]*record{}, parent: map[string]string{}, keys: map[keyParts]string{}, idOf: map[string]string{}, sets: map[string]*set{}}
}

// keyOf names the record a mention belongs to before any joining.
//
// The same few keys come back for most mentions, so each is built once.
func (r *resolver) keyOf(m *Mention) string {
	var k keyParts
	switch {
	case m.Ref != "":
		k = keyParts{tag: 'r', name: m.Ref}
	case m.Kind == timeline.Person:
		k = keyParts{tag: 'p', name: m.Name}
		if t := trimGeneration(m.Name); !r.twoGenerations[t] {
			k.name = t
		}
	default:
		k = keyParts{tag: 'n', kind: m.Kind, name: m.Name}
	}
	if key, ok := r.keys[k]; ok {
		return key
	}
	var key string
	switch k.tag {
	case 'r':
		key = "r:" + m.Ref
	case 'p':
		key = "p:" + k.name
	default:
		key = "n:" + m.Kind + ":" + slug(m.Name) // "Paris St Germain" is "Paris St-Germain", "Zürich" "Zurich"
	}
	r.keys[k] = key
	return key
}

// keyParts is what a record key is made of.
type keyParts struct {
	tag        byte
	kind, name string
}

// oneSpaced returns s with its runs of white space as single spaces and
// no space at either end, allocating only when s is not so already.
func oneSpaced(s string) string {
	prev := byte(' ')
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c >= 0x80 || c == ' ' && prev == ' ' {
			return strings.Join(strings.Fields(s), " ")
		}
		prev = c
	}
	if prev == ' ' && len(s) > 0 {
		return strings.TrimRight(s, " ")
	}
	return s
}

func (r *resolver) record(key string) *record {
	if rec := r.recs[key]; rec != nil {
		return rec
	}
	rec := &record{key: key, lastDoc: -1}
	r.recs[key] = rec
	r.parent[key] = key
	r.order = append(r.order, key)
	return rec
}

func (r *resolver) add(m *Mention, doc int) {
	key := r.keyOf(m)
	rec := r.record(key)
	rec.mentions = append(rec.mentions, m)
	if rec.lastDoc != doc {
		rec.docs++
		rec.lastDoc = doc
	}
	if rec.kind == "" {
		rec.kind = m.Kind
	}
	if rec.country == "" && m.Country != "" {
		rec.country = m.Country
	}
	if m.Ref != "" && rec.ref == nil {
		if e := r.g.byID[m.Ref]; e != nil {
			rec.ref = e
			rec.kind = e.kind
			if e.country != "" {
				rec.country = e.country
			}
		}
	}
	if m.Kind == timeline.Person && m.Ref == "" && len(rec.surnames) == 0 {
		name := trimGeneration(m.Name)
		if r.twoGenerations[name] {
			name = m.Name // father and son: neither joins by the plain name
		}
		words := strings.Fields(name)
		if len(words) > 0 {
			surname, given := r.g.personSurname(words)
			rec.surnames = []string{surname}
			if given != "" {
				rec.firsts = []string{given}
				rec.middles = r.g.middleNames(words)
			}
		}
	}
}

func (r *resolver) find(k string) string {
	for r.parent[k] != k {
		r.parent[k] = r.parent[r.parent[k]]
		k = r.parent[k]
	}
	return k
}

// set is the joined view of a union-find root, for the join guards.
type set struct {
	ref       *entry
	firsts    []string
	middles   []string
	countries []string
}

// setOf returns what the set rooted at root knows, building it for a
// record not joined yet.
func (r *resolver) setOf(root string) set {
	if s := r.sets[root]; s != nil {
		return *s
	}
	rec := r.recs[root]
	s := &set{ref: rec.ref, firsts: rec.firsts, middles: rec.middles}
	if rec.country != "" {
		s.countries = []string{rec.country}
	}
	r.sets[root] = s
	return *s
}
