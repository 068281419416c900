package actor

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"github.com/storyline/storyline/timeline"
)

//go:embed gazetteer.tsv
var gazetteerTSV string

// entry is one known actor of the gazetteer.
type entry struct {
	id, name, kind string
	country        string
	seat           string   // the actor a capital stands for in politics
	adj            []string // demonyms; adj[0] prefixes roles and names groups
	people         string   // the plural noun for its people: "Ukrainians"
	groups         [3]group // its officials, forces and leaders
	outlet         bool     // a news outlet: it reports events, never takes part
	organ          bool     // a government, presidency or administration of its country
	region         bool     // a state or province within its country
	bloc           bool     // a union or alliance of states that news calls "the bloc"
	generic        []string // the common names of its kind of body, in lower case: "treasury"
}

// genericKey is a common name of a body and the country whose body it
// names.
type genericKey struct{ name, country string }

// group is a body of people of a state or organisation: "Russian
// officials". Its name and id are made once, when the gazetteer is read.
type group struct{ name, id string }

// groupClasses are the group nouns' classes, in the order of entry.groups.
var groupClasses = [3]string{"officials", "forces", "leaders"}

// form says how a phrase names an entry.
type form uint8

const (
	formName   form = iota // its name or an alias: "Russia", "Kremlin"
	formAdj                // a demonym: "Russian"
	formPeople             // its people: "Ukrainians"
)

type hit struct {
	e    *entry
	form form
}

// node is a step of the phrase trie, keyed by token text.
type node struct {
	next map[string]*node
	hit  *hit
}

// gazetteer is the parsed data: a phrase trie over token texts, entries by
// id, and the word lists the finder's rules need.
type gazetteer struct {
	root    map[string]*node
	entries []*entry
	byID    map[string]*entry
	lex     map[string]map[string]bool
	// government maps a country id to the entry of its government, which
	// "the <name> administration" of one of its people stands for.
	government map[string]*entry
	// generic maps a common name of a body ("treasury", "parliament") and
	// a country id to that country's body of the kind.
	generic map[genericKey]*entry
	// namesakes maps a country id to the region of another country that
	// bears its name ("georgia" → the US state), read so by namesakes.
	namesakes map[string]*entry

	honorific, titleHead, titleMod, speech, locPrep, motion, stop, given, orgHead map[string]bool
	gender                                                                        map[string]byte // a given name's usual gender: 'f' or 'm'

	// words maps a lower-case word to the bits of the lists holding it,
	// so that one lookup answers every list.
	words map[string]uint16
}

// Word-list bits.
const (
	lStop uint16 = 1 << iota
	lTitleHead
	lTitleMod
	lSpeech
	lLocPrep
	lMotion
	lOrgHead
	lOfficials
	lForces
	lLeaders
	lDeterminer
	lPeopleNoun  // common nouns for people: "Analysts said" names no one
	lNamedOrg    // "administration": "the Brody administration" is a body
	lPossRole    // "envoy": "Brody’s envoy" makes Brody a person
	lCollective  // "rescuers": a body of people acting on its own
	lInstitution // "parliament": a body named by a common noun
)

// lexOf returns the word-list bits of w, matched in lower case without
// allocating for short ASCII words. A title shared ("co-CEO",
// "co-chair") is a title as its head is, and a deputy's hyphenated one
// ("Vice-Defence Minister", "Vice-Chancellor") one as its field or head.
func (g *gazetteer) lexOf(w string) uint16 {
	if bits := g.lexOfWord(w); bits != 0 || len(w) < 5 {
		return bits
	}
	if businessCompound(w) {
		return lOrgHead // "Marrow Unibank", "Orlen Datatech": a company's coined word, no surname
	}
	if strings.EqualFold(w[:3], "co-") {
		return g.lexOfWord(w[3:]) & lTitleHead
	}
	if len(w) > 6 && strings.EqualFold(w[:5], "vice-") {
		return g.lexOfWord(w[5:]) & (lTitleHead | lTitleMod) // "Vice-Defence Minister", "Vice-Chancellor"
	}
	return 0
}

// businessSuffixes end the coined words that name a company's line
// ("Unibank", "Metrobank", "Petrocorp", "Datatech"): a surname never
// ends so.
var businessSuffixes = []string{"bank", "corp", "tech"}

// businessCompound reports whether the capitalised w is one word made of
// something before a business suffix: "Unibank", not "Bank" or "bank".
func businessCompound(w string) bool {
	if len(w) < 6 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for _, suf := range businessSuffixes {
		if len(w) >= len(suf)+3 && strings.HasSuffix(w, suf) && !strings.ContainsAny(w, "-'’.") {
			return true
		}
	}
	return false
}

// lexOfWord is lexOf of w as written.
func (g *gazetteer) lexOfWord(w string) uint16 {
	var buf [32]byte
	if len(w) > len(buf) {
		return g.words[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return g.words[strings.ToLower(w)]
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return g.words[string(buf[:len(w)])]
}

var (
	defaultOnce sync.Once
	defaultGaz  *gazetteer
)

// loadDefault parses the embedded gazetteer once.
func loadDefault() *gazetteer {
	defaultOnce.Do(func() {
		g, err := parseGazetteer(gazetteerTSV)
		if err != nil {
			panic(fmt.Sprintf("actor: embedded gazetteer: %v", err)) // a build defect, caught by the tests
		}
		defaultGaz = g
	})
	return defaultGaz
}

var kinds = map[string]string{
	"country": timeline.Country,
	"place":   timeline.Place,
	"org":     timeline.Organization,
	"group":   timeline.Group,
}

// parseGazetteer reads gazetteer lines (see gazetteer.tsv for the format).
func parseGazetteer(data string) (*gazetteer, error) {
	g := &gazetteer{
		root:       map[string]*node{},
		byID:       map[string]*entry{},
		lex:        map[string]map[string]bool{},
		government: map[string]*entry{},
		generic:    map[genericKey]*entry{},
	}
	var toks []token
	var phrases []entryPhrase
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 3 {
			return nil, fmt.Errorf("gazetteer line %d: want kind, id and name, got %d columns", n+1, len(cols))
		}
		kind, id, name := cols[0], cols[1], cols[2]
		if id == "" || name == "" {
			return nil, fmt.Errorf("gazetteer line %d: empty id or name", n+1)
		}
		keys := map[string][]string{}
		for _, kv := range cols[3:] {
			k, v, ok := strings.Cut(kv, "=")
			if !ok || k == "" {
				return nil, fmt.Errorf("gazetteer line %d: field %q is not key=value", n+1, kv)
			}
			for _, w := range strings.Split(v, "|") {
				if w = strings.TrimSpace(w); w != "" {
					keys[k] = append(keys[k], w)
				}
			}
		}
		if kind == "lex" {
			set := g.lex[id]
			if set == nil {
				set = map[string]bool{}
				g.lex[id] = set
			}
			for _, w := range keys["words"] {
				set[w] = true
			}
			continue
		}
		if kind == "person" {
			// The project's rule: people come from the text, so that a
			// story the gazetteer was not written for reads as well.
			return nil, fmt.Errorf("gazetteer line %d: persons are found from the text, not listed", n+1)
		}
		tk, ok := kinds[kind]
		if !ok {
			return nil, fmt.Errorf("gazetteer line %d: unknown kind %q", n+1, kind)
		}
		if g.byID[id] != nil {
			return nil, fmt.Errorf("gazetteer line %d: duplicate id %q", n+1, id)
		}
		e := &entry{id: id, name: name, kind: tk, adj: keys["adj"]}
		e.country = first(keys["country"])
		e.seat = first(keys["seat"])
		e.outlet = first(keys["outlet"]) == "yes"
		e.organ = first(keys["organ"]) == "yes" && e.country != ""
		e.region = first(keys["region"]) == "yes"
		e.bloc = first(keys["bloc"]) == "yes"
		if n := first(keys["namesake"]); n != "" {
			if g.namesakes == nil {
				g.namesakes = map[string]*entry{}
			}
			g.namesakes[n] = e
		}
		g.byID[id] = e
		g.entries = append(g.entries, e)

		for _, a := range append([]string{name}, keys["alias"]...) {
			toks = tokenize(toks[:0], a, 0, len(a))
			g.add(a, toks, hit{e, formName})
			phrases = append(phrases, entryPhrase{e, a})
		}
		for _, w := range keys["generic"] {
			k := genericKey{strings.ToLower(w), e.country}
			if e.country == "" || g.generic[k] != nil {
				return nil, fmt.Errorf("gazetteer line %d: generic name %q needs one country, not none or two entries", n+1, w)
			}
			g.generic[k] = e
			e.generic = append(e.generic, k.name)
		}
		if e.organ && strings.HasSuffix(id, "-government") {
			g.government[e.country] = e
		}
		for _, a := range e.adj {
			toks = tokenize(toks[:0], a, 0, len(a))
			g.add(a, toks, hit{e, formAdj})
		}
		e.people = first(keys["people"])
		for _, p := range keys["people"] {
			toks = tokenize(toks[:0], p, 0, len(p))
			g.add(p, toks, hit{e, formPeople})
		}
	}
	g.addCountryForms(phrases)
	for _, e := range g.entries {
		prefix := e.name
		if len(e.adj) > 0 {
			prefix = e.adj[0]
		}
		for i, class := range groupClasses {
			name := prefix + " " + class
			e.groups[i] = group{name, slug(name)}
		}
		for _, ref := range []string{e.country, e.seat} {
			if ref != "" && g.byID[ref] == nil {
				return nil, fmt.Errorf("gazetteer: %s refers to unknown id %q", e.id, ref)
			}
		}
	}
	set := func(name string) map[string]bool {
		if s := g.lex[name]; s != nil {
			return s
		}
		return map[string]bool{}
	}
	g.honorific = set("honorific")
	g.titleHead = set("title-head")
	g.titleMod = set("title-mod")
	g.speech = set("speech")
	g.locPrep = set("loc-prep")
	g.motion = set("motion")
	g.stop = set("stop")
	g.given = map[string]bool{}
	g.gender = map[string]byte{}
	for list, gender := range map[string]byte{"given-female": 'f', "given-male": 'm', "given-either": 0} {
		for w := range g.lex[list] {
			// "Jose" and "José" are one given name, written either way.
			for _, v := range []string{w, foldName(w)} {
				g.given[v] = true
				if gender != 0 {
					g.gender[v] = gender
				}
			}
		}
	}
	g.orgHead = set("org-head")
	g.words = map[string]uint16{}
	for list, bit := range map[string]uint16{"stop": lStop, "title-head": lTitleHead, "title-mod": lTitleMod,
		"speech": lSpeech, "loc-prep": lLocPrep, "motion": lMotion, "org-head": lOrgHead,
		"group-officials": lOfficials, "group-forces": lForces, "group-leaders": lLeaders,
		"people-noun": lPeopleNoun, "named-org": lNamedOrg, "poss-role": lPossRole, "collective": lCollective, "institution": lInstitution} {
		for w := range g.lex[list] {
			g.words[strings.ToLower(w)] |= bit
		}
	}
	for w := range determiners {
		g.words[w] |= lDeterminer
	}
	return g, nil
}

// add puts a phrase in the trie; the first entry to claim a phrase keeps it.
func (g *gazetteer) add(phrase string, toks []token, h hit) {
	if len(toks) == 0 {
		return
	}
	m := g.root
	var nd *node
	for _, t := range toks {
		key := phrase[t.start:t.end]
		nd = m[key]
		if nd == nil {
			nd = &node{}
			m[key] = nd
		}
		if nd.next == nil {
			nd.next = map[string]*node{}
		}
		m = nd.next
	}
	if nd.hit == nil {
		nd.hit = &h
	}
}

func first(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
}

func appendNew(s []string, v string) []string {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

// NewsOutlet reports whether the actor id names a news outlet the
// gazetteer knows ("cnn", "reuters"): an outlet told something is the
// channel of a statement, not a party to the events it reports.
func NewsOutlet(id string) bool {
	e := loadDefault().byID[id]
	return e != nil && e.outlet
}

// StateOf returns the country a government, presidency or administration
// acts for ("russian-presidency" → "russia"), or "" for any other actor id:
// what the Kremlin does, Russia does.
func StateOf(id string) string {
	if e := loadDefault().byID[id]; e != nil && e.organ {
		return e.country
	}
	return ""
}

// isGiven reports whether w is a common given name, with or without its
// accents ("José Mourinho", "Jose Mourinho").
func (g *gazetteer) isGiven(w string) bool {
	return g.given[w] || g.given[foldName(w)]
}
