package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// Crime and disaster news calls a person by what they did long before, or
// instead of, naming them: "the gunman", "the suspect", "the attacker",
// "the victim". Such a description is an office of the story (see
// portfolioHeads): it names the one person the document gives that part,
// by a title ("suspect Tomas Brede"), an apposition ("The suspect, Petr
// Hanak,") or an identification ("the gunman, whom police identified as
// Tomas Brede", "police named the victim as Marie Johnson"). The words
// for whoever did the deed stand for one another, as a reader takes "the
// suspect" of a story that named "the gunman": the description tries its
// own word first, then the others, and two persons given one word leave
// it unresolved rather than guess. A description the document gives no
// one waits for the one person another document gives such a part
// (Tentative, settled in confirm).

// perpetrators are the words for the person who did the deed, in the
// order tried after the description's own word.
var perpetrators = []string{"suspect", "gunman", "attacker", "assailant", "hostage-taker", "hijacker", "kidnapper",
	"shooter", "bomber", "killer", "robber", "perpetrator", "intruder", "sniper", "arsonist"}

// deedParts are the parts a person plays in a story that a description
// by deed names: the perpetrators, and those the deed befell or who
// drove.
var deedParts = func() map[string]bool {
	m := map[string]bool{"victim": true, "driver": true}
	for _, w := range perpetrators {
		m[w] = true
	}
	return m
}()

func init() {
	for w := range deedParts {
		portfolioHeads[w] = true // "the gunman" is the document's one gunman
	}
	// Each perpetrator word tries itself, then the others.
	for _, w := range perpetrators {
		alike := []string{w}
		for _, o := range perpetrators {
			if o != w {
				alike = append(alike, o)
			}
		}
		officeAlike[w] = alike
	}
}

// identifiedAs reads the part that an identification gives the name at
// token i: "the gunman, whom police identified as Tomas Brede", "police
// named the victim as Marie Johnson", "the suspect, identified as …". It
// returns the part ("gunman") and true.
func (s *sentence) identifiedAs(i int) (string, bool) {
	if !s.word(i-1) || s.lower(i-1) != "as" {
		return "", false
	}
	k := i - 2
	if s.word(k) && deedParts[s.lower(k)] {
		// "named the victim as": the part is the verb's object.
		if s.word(k-1) && s.has(lDeterminer, k-1) && s.word(k-2) && identifying(s.lower(k-2)) {
			return s.lower(k), true
		}
		return "", false
	}
	if !s.word(k) || !identifying(s.lower(k)) {
		return "", false
	}
	// ", whom police identified as", ", identified by police as": back
	// over a short clause to the comma after the part.
	for j := k - 1; j >= 0 && k-j <= 5; j-- {
		if s.punct(j, ',') {
			if s.word(j-1) && deedParts[s.lower(j-1)] && s.word(j-2) && (s.has(lDeterminer, j-2) || describing(s.lower(j-2))) {
				return s.lower(j - 1), true
			}
			return "", false
		}
		if !s.word(j) || s.toks[j].is(tCap) && !strings.EqualFold(s.str(j), "police") {
			return "", false
		}
	}
	return "", false
}

// identifying reports whether a verb gives a name to a part: "identified",
// "named".
func identifying(w string) bool {
	return w == "identified" || w == "named"
}

// deedHolder returns the one person of the corpus given the part (or,
// for a perpetrator, the first other word for one that a single person
// is given), whatever their state, or "".
func deedHolder(people map[string]*holderFacts, names []string, part string) string {
	parts := officeAlike[part]
	if parts == nil {
		parts = []string{part}
	}
	anyone := func(*holderFacts) bool { return true }
	for _, o := range parts {
		if found, two := soleHolder(people, names, anyone, func(r string) bool { return strings.ToLower(lastWord(r)) == o }); found != "" || two {
			return found
		}
	}
	return ""
}

// deedClause reads "the man" or "the woman" at token i ("the") that a
// reduced clause says did the deed: "the man holding hostages", "the
// woman accused of", "the man suspected of". It is the story's suspect,
// as "the suspect" is. Only clauses that cannot be the man's own verb
// count ("the man accused his neighbour" is a sentence of its own).
func (s *sentence) deedClause(out []Mention, i int) ([]Mention, int, bool) {
	j := i + 1
	if !s.word(j+2) || s.kind == timeline.Heading {
		return out, i, false
	}
	if w := s.lower(j); w != "man" && w != "woman" {
		return out, i, false
	}
	switch verb, next := s.lower(j+1), s.lower(j+2); {
	case verb == "holding" && (next == "hostages" || next == "hostage"):
	case (verb == "accused" || verb == "suspected") && next == "of":
	default:
		return out, i, false
	}
	start, stop := s.toks[i].start, s.toks[j].end
	*s.pend = append(*s.pend, pending{at: len(out), kind: pendOffice, office: "suspect", from: s.toks[0].start})
	return append(out, Mention{Start: start, End: stop, Text: s.text[start:stop], Name: s.text[start:stop],
		Kind: timeline.Person}), j + 1, true
}
