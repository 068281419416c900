package resolve

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/storyline/storyline/timeline"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// Two events of one kind in one story, told in the same words by similar
// documents ("arrested for drunk driving", "died on the mountain"), are
// told apart by who they happened to: two players each arrested, two
// climbers each killed. In an archive, where time cannot tell them apart,
// the named people and organisations of two events count for a merge
// when one of them is the same, and against it when they clearly differ.
// A pronoun, a generic noun ("police", "the climber") or no one named
// says nothing either way: only actors with a proper name count.

// person is how a named actor is compared: a person by surname and given
// name ("Vincent Jackson" is "Jackson" but not "Jamal Williams" nor
// "Paul Jackson"), an organisation by its names.
type person struct {
	named bool
	org   bool
	// surname and given are case-folded; given is "" when the name is a
	// surname alone.
	surname, given string
	// words are the person's name, case-folded, without a suffix.
	words []string
	names []string // case-folded name and aliases (organisations)
}

// people returns, for each interned actor id, how it is compared, from
// the resolved actors (Options.Actors); ids the actors do not describe
// are not named.
func people(ids []string, actors []timeline.Actor) []person {
	byID := make(map[string]*timeline.Actor, len(actors))
	for i := range actors {
		byID[actors[i].ID] = &actors[i]
	}
	out := make([]person, len(ids))
	for i, id := range ids {
		if a := byID[id]; a != nil {
			out[i] = personOf(a)
		}
	}
	return out
}

// personOf describes a: only people and organisations written with a
// capital count as named, never a group ("police", "rescuers"), a place or
// a country, which many sides of different events share.
func personOf(a *timeline.Actor) person {
	words := strings.Fields(a.Name)
	if len(words) == 0 || !proper(words[0]) {
		return person{}
	}
	switch a.Kind {
	case "person":
		for len(words) > 1 && suffixes[strings.ToLower(strings.TrimSuffix(words[len(words)-1], "."))] {
			words = words[:len(words)-1] // "Anthony LaCalamita III" is a LaCalamita
		}
		p := person{named: true, surname: strings.ToLower(words[len(words)-1])}
		for _, w := range words {
			p.words = append(p.words, strings.ToLower(w))
		}
		if len(words) > 1 {
			p.given = strings.ToLower(words[0])
		}
		return p
	case "organization":
		p := person{named: true, org: true, names: []string{strings.ToLower(a.Name)}}
		for _, al := range a.Aliases {
			p.names = append(p.names, strings.ToLower(al))
		}
		return p
	}
	return person{}
}

// suffixes follow a surname without being one.
var suffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

func proper(word string) bool {
	for _, r := range word {
		return unicode.IsUpper(r)
	}
	return false
}

// samePerson reports whether two named actors can be one: a surname
// alone matches any given name with it; two given names must agree, by
// their initial when one is an initial ("J. Williams").
func samePerson(x, y *person) bool {
	if x.org || y.org {
		if x.org != y.org {
			return false
		}
		for _, a := range x.names {
			for _, b := range y.names {
				if a == b {
					return true
				}
			}
		}
		return false
	}
	if x.surname != y.surname {
		// A name alone may be the given name of the other's full name:
		// "Tara" is "Tara Reid" told again, as news calls the famous.
		return x.given == "" && y.given == x.surname || y.given == "" && x.given == y.surname
	}
	if x.given == "" || y.given == "" || x.given == y.given {
		return true
	}
	// A surname of two words is told alone too: "Lo Verde" is "Marco
	// Lo Verde", "De Wit" "Anna De Wit".
	if endsWith(x.words, y.words) || endsWith(y.words, x.words) {
		return true
	}
	gx, gy := strings.TrimSuffix(x.given, "."), strings.TrimSuffix(y.given, ".")
	return len(gx) == 1 && strings.HasPrefix(gy, gx) || len(gy) == 1 && strings.HasPrefix(gx, gy)
}

// endsWith reports whether name ends with the shorter tail, word for word.
func endsWith(name, tail []string) bool {
	return len(tail) < len(name) && slices.Equal(name[len(name)-len(tail):], tail)
}

// Who two events happened to: whoAgree when they name one person in
// common, whoDiffer when both name people and none can be the other's.
const (
	whoUnknown = iota
	whoAgree
	whoDiffer
)

// whoFit compares two lists of actor ids by their named actors: people
// with people, organisations with organisations. An event naming a person
// and one naming only an organisation ("Reggie Bush placed on injured
// reserve", "the Times-Picayune reported") name no one the other could
// be, and so differ in nothing.
func whoFit(a, b []int32, ps []person) int {
	var seen [2][2]bool // [org][side]: a named actor of the kind on that side
	for _, x := range a {
		if !ps[x].named {
			continue
		}
		seen[b2i(ps[x].org)][0] = true
		for _, y := range b {
			if ps[y].named && (x == y || samePerson(&ps[x], &ps[y])) {
				return whoAgree
			}
		}
	}
	for _, y := range b {
		if ps[y].named {
			seen[b2i(ps[y].org)][1] = true
		}
	}
	if seen[0][0] && seen[0][1] || seen[1][0] && seen[1][1] {
		return whoDiffer
	}
	return whoUnknown
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// docWho is a document's word for an event, as a verb ("arrest" for
// "arrested" and "the arrest").
type docWho struct {
	doc  int32
	word string
}

// speaker is an actor speaking in a document.
type speaker struct {
	doc   int32
	actor int32
}

// eventWord returns the verb a trigger is a form of, or the trigger.
func eventWord(t string) string {
	if vs := wn.Verbs(t); len(vs) > 0 {
		return vs[0]
	}
	return t
}

// tellWho sets each cluster's who, its own named actors, and its docWho:
// for each of its documents, the person that document names most (its
// DocTerms) when that person takes part in an event of the same word
// there. A document about one player's arrest names him most, and names
// the other player arrested a month before less; two documents whose
// arrests are of different people tell different arrests, whoever each
// telling names.
func (ps *pairScorer) tellWho(cs *clusterList, recs []record) {
	named := ps.named
	// Who speaks in a document tells of its events, and takes no part
	// in them: "the shooting was random, Sheriff Pickell said". (Only the
	// speakers of the same sentence: ECB+ dev CoNLL F1 0.3 lower.) What
	// happened to a speaker is still his: "Williams was arrested".
	speakers := map[speaker]bool{}
	for i := range recs {
		if r := &recs[i]; r.family == famSpeech {
			for _, a := range r.agents() {
				speakers[speaker{r.doc, a}] = true
			}
		}
	}
	// The most named person of each (document, word) that takes part,
	// the first by name on a tie, so that the input's order does not
	// matter.
	top := map[docWho]int32{}
	for i := range recs {
		r := &recs[i]
		if r.trigger == "" || r.family == famSpeech {
			continue
		}
		k := docWho{r.doc, eventWord(r.trigger)}
		for _, a := range r.actors() {
			if !ps.people[a].named || speakers[speaker{r.doc, a}] {
				continue
			}
			if b, ok := top[k]; !ok || cmp.Or(cmp.Compare(named[r.doc][a], named[r.doc][b]), cmp.Compare(ps.actorRank[b], ps.actorRank[a])) > 0 {
				top[k] = a
			}
		}
	}
	most := make([]int32, len(named)) // the most any person is named, per document
	for d, m := range named {
		for a, n := range m {
			if ps.people[a].named && !ps.people[a].org {
				most[d] = max(most[d], n)
			}
		}
	}
	for ci := range cs.n {
		c := cs.at(ci)
		speech := familyOf(c.kind, "") == famSpeech
		var w clusterWho
		for _, ri := range c.members {
			r := &recs[ri]
			for _, a := range r.actors() {
				if ps.people[a].named && (speech || !speakers[speaker{r.doc, a}] || !slices.Contains(r.agents(), a)) && !slices.Contains(w.who, a) {
					w.who = append(w.who, a)
				}
			}
			// A person the document names less than another is not what
			// it is about ("the team's second arrest this month").
			if a, ok := top[docWho{r.doc, eventWord(r.trigger)}]; ok && named[r.doc][a] >= most[r.doc] && !slices.Contains(w.docWho, a) {
				w.docWho = append(w.docWho, a)
			}
		}
		if len(w.who)+len(w.docWho) > 0 {
			c.named = &w
		}
	}
}

// clusterWho is who an event happened to, in an archive (see tellWho):
// who are the named actors of its own tellings, docWho those its
// documents are about.
type clusterWho struct {
	who, docWho []int32
}

// who returns c's named actors (tellWho), if any.
func (c *cluster) who() []int32 {
	if c.named == nil {
		return nil
	}
	return c.named.who
}

// docWho returns the named actors c's documents are about (tellWho), if
// any.
func (c *cluster) docWho() []int32 {
	if c.named == nil {
		return nil
	}
	return c.named.docWho
}

// namedCounts counts, for each document, how often its terms name each
// actor id (Options.DocTerms gives an actor as "@id" once per mention,
// never where it only qualifies another: "the Chargers' receiver").
func namedCounts(f *flattener, terms map[string][]string) []map[int32]int32 {
	out := make([]map[int32]int32, len(f.docs.names))
	for d, name := range f.docs.names {
		out[d] = map[int32]int32{}
		for _, t := range terms[name] {
			if id, ok := strings.CutPrefix(t, "@"); ok {
				if a, ok := f.actors.ids[id]; ok {
					out[d][a]++
				}
			}
		}
	}
	return out
}
