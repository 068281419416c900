package actor

import (
	"strings"
	"unicode/utf8"

	"github.com/storyline/storyline/timeline"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// confirm settles the tentative mentions of every document: a word that
// is the surname of one person the corpus names with context ("Ashford"
// where another article writes "Lena Ashford said") becomes a mention of
// that person, the first word of one organisation named by its shape
// ("Halvard" of "Halvard Construction") one of that organisation, the
// name of a state found from the text one of that state (as is a person
// of that name alone: a state speaks too); any other tentative mention is
// dropped, so that docs[d] may get shorter.
func confirm(g *gazetteer, docs [][]Mention) {
	known := map[string]confirmed{}
	note := func(key string, c confirmed) {
		old, ok := known[key]
		switch {
		case !ok:
			known[key] = c
		case old.kind != c.kind || old.name != c.name && !sameOwner(old.name, c.name):
			known[key] = confirmed{ambiguous: true}
		case len(c.name) > len(old.name):
			known[key] = c // the fuller name of one person
		}
	}
	any := false
	states := map[string]bool{} // states the gazetteer lacks, found from the text
	// initials a document found a body by on their own ("KPMG said",
	// "FTX co-founder Gary Wang"): the same body in an article that
	// writes them where nothing tells a body ("FTX collapsed")
	ownInitials := map[string]bool{}
	people := map[string]*holderFacts{}
	firms := map[string]bool{} // one-word bodies found by a cue
	var names []string         // people's names in first-seen order, for determinism
	for _, ms := range docs {
		for _, m := range ms {
			if m.Kind == timeline.Organization && !m.Tentative && m.Ref == "" && m.Name == m.Text && len(m.Text) > 2 && strings.ToUpper(m.Text) == m.Text && !strings.Contains(m.Text, " ") {
				ownInitials[capsOf(m.Text)] = true
			}
			switch {
			case m.Tentative:
				any = true
			case m.Kind == timeline.Person && !isDescriptor(m.Text):
				note(lastWord(m.Name), confirmed{name: m.Name, kind: m.Kind})
				h := people[m.Name]
				if h == nil {
					h = &holderFacts{}
					people[m.Name] = h
					names = append(names, m.Name)
				}
				h.add(m)
			case m.Kind == timeline.Organization && m.Text != m.Name && len(m.Text) > 1 && strings.ToUpper(m.Text) == m.Text && !strings.Contains(m.Text, " ") &&
				acronym(m.Name) != m.Text:
				// "FDP" that stood bracketed after "the Free Democrats":
				// the party in an article that writes only "the FDP" (the
				// initials a name spells are noted below).
				note(acronymKey+capsOf(m.Text), confirmed{name: m.Name, kind: m.Kind})
			case m.Kind == timeline.Country && m.Ref == "" && !strings.Contains(m.Name, " "):
				// A state the gazetteer lacks, named as one in some
				// article ("neighbouring Aldria"): its bare name in
				// another ("Aldria promised 150 million") is that state.
				note(m.Name, confirmed{name: m.Name, kind: m.Kind})
				note(demonym(m.Name), confirmed{name: m.Name, kind: m.Kind}) // "Aldrian teams"
				states[m.Name] = true
			case m.Kind == timeline.Organization && m.Ref == "" && m.Name == m.Text && len(m.Text) > 1 && !strings.Contains(m.Text, " ") &&
				strings.ToUpper(m.Text) != m.Text && startsUpper(m.Text) && !commonNoun(m.Text):
				// A firm one article names by one word with a cue ("Audi's
				// new model", "WeWork said it would") is the firm where
				// another writes the word bare ("co-founded WeWork"); not a
				// common noun ("Park", "Chargers"), which a bare capital
				// may only open a sentence with or name something else by.
				// Kept apart from known: a surname there goes first.
				firms[m.Name] = true
			case m.Kind == timeline.Organization && m.Ref == "" && strings.Contains(m.Name, " ") &&
				(g.lexOf(lastWord(m.Name))&lOrgHead != 0 || agencyName(m.Name)):
				first := m.Name[:strings.IndexByte(m.Name, ' ')]
				if !agencyName(m.Name) && !orgAdjectives[first] && g.lexOf(first)&(lStop|lOrgHead|lTitleMod|lTitleHead) == 0 && !placeFirst(m.Name) {
					note(first, confirmed{name: m.Name, kind: m.Kind})
				}
				if a := acronym(m.Name); len(a) > 2 {
					note(acronymKey+a, confirmed{name: m.Name, kind: m.Kind}) // "UKHSA" of "UK Health Security Agency"
				}
				if first, rest, _ := strings.Cut(m.Name, " "); len(strings.ReplaceAll(first, ".", "")) <= 3 && strings.ToUpper(first) == first {
					if a := acronym(rest); len(a) > 2 {
						note(acronymKey+a, confirmed{name: m.Name, kind: m.Kind}) // "FDIC" of "U.S. Federal Deposit Insurance Corporation"
					}
				}
			}
		}
	}
	if !any && len(states) == 0 {
		return
	}
	for d, ms := range docs {
		kept := ms[:0]
		for _, m := range ms {
			if m.Kind == timeline.Person && states[m.Name] && m.Title == "" && m.Role == "" {
				// "Aldria denied the accusations", read as a person by the
				// verb of saying, where "Aldria's ambassador" names a state.
				m.Kind = timeline.Country
			}
			if m.Tentative && m.Role != "" {
				// "the Russian leader" where the document gave no one the
				// office: the one person the corpus gives it.
				name := ""
				if m.Country == "" && deedParts[m.Role] {
					name = deedHolder(people, names, m.Role) // "the gunman" another article names
				} else if m.Country == "" && strings.Contains(m.Role, " of ") {
					name = bodyOfficeHolder(people, names, m.Role) // "the chief executive of Varna Hydro"
				} else {
					name = officeHolder(g, people, names, m.Country, m.Role)
				}
				if name == "" {
					continue
				}
				m.Tentative, m.Name, m.Role = false, name, ""
			} else if m.Tentative {
				key := lastWord(m.Text)
				if acronymMention(&m) {
					key = acronymKey + capsOf(m.Text) // initials, never a surname or a first word
				}
				c, ok := known[key]
				if !ok && firms[m.Text] {
					c, ok = confirmed{name: m.Text, kind: timeline.Organization}, true
				}
				if !ok && acronymMention(&m) && ownInitials[capsOf(m.Text)] {
					m.Tentative = false
					kept = append(kept, m)
					continue
				}
				if !ok || c.ambiguous {
					continue
				}
				name, ok := confirmedName(m.Text, c)
				if !ok {
					continue
				}
				m.Tentative, m.Name, m.Kind = false, name, c.kind
			} else if m.speaks && m.Name == m.Text {
				// "TEPCO said", a body of its own in its document, is the
				// body another article spells so.
				if c, ok := known[acronymKey+capsOf(m.Text)]; ok && !c.ambiguous {
					if name, ok := confirmedName(m.Text, c); ok {
						m.Name, m.Kind = name, c.kind
					}
				}
			}
			kept = append(kept, m)
		}
		clear(ms[len(kept):])
		docs[d] = kept
	}
}

// confirmed is what the corpus names by a surname or a first word.
type confirmed struct {
	name, kind string
	ambiguous  bool // two people or bodies go by it
}

// sameOwner reports whether two names of one surname may be one person:
// one is the surname alone, or their given names agree ("Lena Ashford",
// "Ashford", "L. Ashford").
func sameOwner(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	if len(fa) < 2 || len(fb) < 2 {
		return true
	}
	return sameGiven(fa[0], fb[0])
}

// holderFacts are the states and roles the corpus gives one person.
type holderFacts struct {
	countries, roles []string
}

func (h *holderFacts) add(m Mention) {
	if m.Country != "" {
		h.countries = appendNew(h.countries, m.Country)
	}
	for _, r := range []string{m.Role, m.Title} {
		if r != "" {
			h.roles = appendNew(h.roles, r)
		}
	}
}

// officeHolder returns the one person of the corpus of the state whose
// role is the office (or, for "leader", the first of its titles held by
// exactly one), or "".
func officeHolder(g *gazetteer, people map[string]*holderFacts, names []string, state, office string) string {
	offices := officeAlike[office]
	if offices == nil {
		offices = []string{office}
	}
	ofState := func(h *holderFacts) bool { return len(h.countries) == 1 && h.countries[0] == state }
	for _, o := range offices {
		o = strings.ReplaceAll(o, "defence", "defense")
		if found, two := soleHolder(people, names, ofState, func(r string) bool { return g.holds(r, o) }); found != "" || two {
			return found
		}
	}
	return ""
}

// soleHolder returns the one full name of names (two words or more) whose
// facts keep accepts and one of whose roles fits (two spellings of one
// name, "Volodymyr Zelenskiy" and "Volodymyr Zelenskyy", are one, the
// first written); "" when none does, and
// "" with two true when more than one does, which settles the question
// for the callers: no other office is tried then.
func soleHolder(people map[string]*holderFacts, names []string, keep func(*holderFacts) bool, fits func(role string) bool) (found string, two bool) {
	for _, n := range names {
		h := people[n]
		if !strings.Contains(n, " ") || !keep(h) {
			continue
		}
		for _, r := range h.roles {
			if fits(r) {
				if found != "" && found != n && !sameSpelled(found, n) {
					return "", true
				}
				if found == "" {
					found = n
				}
			}
		}
	}
	return found, false
}

// sameSpelled reports whether two full names are spellings of one name:
// as many words, the given names alike and the surnames a short edit
// apart, as transliterations are ("Zelenskiy", "Zelenskyy").
func sameSpelled(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	if len(fa) != len(fb) || len(fa) < 2 {
		return false
	}
	for i := range fa[:len(fa)-1] {
		if !sameGiven(fa[i], fb[i]) {
			return false
		}
	}
	sa, sb := strings.ToLower(fa[len(fa)-1]), strings.ToLower(fb[len(fb)-1])
	n := allowed(min(utf8.RuneCountInString(sa), utf8.RuneCountInString(sb)))
	return sa[0] == sb[0] && editDistance(sa, sb, n) <= n
}

// agencyName reports whether name is an agency's that "Administration"
// ends after two words at least ("Federal Aviation Administration"): its
// initials ("FAA") are the agency in another article, though its first
// word is no short name of it.
func agencyName(name string) bool {
	return strings.HasSuffix(name, " Administration") && strings.Count(name, " ") >= 2
}

// commonNoun reports whether w, or its singular, is a noun WordNet knows:
// "Park", "Chargers".
func commonNoun(w string) bool {
	w = strings.ToLower(w)
	if wn.NounClass(w) != "" {
		return true
	}
	stem, ok := strings.CutSuffix(w, "s")
	return ok && wn.NounClass(stem) != ""
}
