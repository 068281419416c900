package actor

import (
	"strings"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// Headlines capitalise every word, verbs too: "Esther Vell Dies Aged 91",
// "Worker Calls Alleged Shooter". In such a line a capitalised run goes
// on past the name into the verb, and the whole run became a person
// ("Esther Vell Dies"). A run of two words or more stops before an
// inflected verb there.

// headlineSmall are the words a title-cased headline may leave in lower
// case.
var headlineSmall = map[string]bool{"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "of": true,
	"to": true, "in": true, "on": true, "at": true, "for": true, "by": true, "as": true, "with": true, "from": true,
	"vs": true, "via": true}

// titleCased reports whether the sentence is written as a headline: three
// capitalised words or more, and no word in lower case but headlineSmall.
func (s *sentence) titleCased() bool {
	if s.titleCase == 0 {
		s.titleCase = 2
		caps := 0
		for k := range s.toks {
			switch {
			case !s.word(k) || s.toks[k].is(tDigit):
			case s.toks[k].is(tCap):
				caps++
			case !headlineSmall[s.lower(k)]:
				return false
			}
		}
		if caps >= 3 {
			s.titleCase = 1
		}
	}
	return s.titleCase == 1
}

// irregularVerbs are inflected verbs headlines use that no ending gives
// the lemma of.
var irregularVerbs = map[string]bool{"is": true, "are": true, "was": true, "were": true, "has": true, "had": true,
	"held": true, "shot": true, "found": true, "won": true, "left": true, "took": true, "got": true, "made": true,
	"gave": true, "went": true, "fled": true, "led": true, "sold": true, "told": true, "said": true, "hit": true,
	"struck": true, "fell": true, "quit": true, "set": true, "caught": true, "hurt": true, "sought": true,
	"brought": true, "kept": true, "slain": true, "stolen": true, "taken": true, "beaten": true, "chosen": true,
	"freed": true, "bought": true, "lost": true, "met": true, "sent": true, "spent": true, "thrown": true,
	"being": true, "been": true, "does": true, "did": true}

// inflectedVerb reports whether the lower-case word w is a verb with an
// ending, or one of irregularVerbs: "dies", "overturns", "released".
func inflectedVerb(w string) bool {
	if irregularVerbs[w] {
		return true
	}
	var stems []string
	switch {
	case len(w) > 4 && w[len(w)-2:] == "ed":
		stems = []string{w[:len(w)-2], w[:len(w)-1]}
	case len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's':
		stems = []string{w[:len(w)-1]}
		if w[len(w)-2] == 'e' {
			stems = append(stems, w[:len(w)-2])
		}
	}
	for _, st := range stems {
		if _, verb := wn.PartsOfSpeech([]byte(st)); verb {
			return true
		}
	}
	return false
}

// headlineVerb reports whether token k, inside a run that started at i,
// is a headline's verb: a run of two words or more stops before it, and
// a run right after a title opens with none ("Worker Calls Alleged
// Shooter"). After a title one word that is no given name is the whole
// name, the surname a title goes with ("Governor Walz Announces Budget"),
// so the run stops after it.
func (s *sentence) headlineVerb(i, k int) bool {
	short := k == i || k == i+1 && !s.g.isGiven(s.str(i))
	if short && s.has(lTitleHead, i-1) && k == i && headlineParticiples[s.lower(k)] {
		return true // "Gunman Sought after mall shooting", in any case
	}
	return (k-i >= 2 || short && s.has(lTitleHead, i-1)) && !s.g.isGiven(s.str(k)) && inflectedVerb(s.lower(k)) &&
		(s.titleCased() || s.casedFragment(k))
}

// headlineParticiples are the auxiliaries and participles news headlines
// put after a part played ("Shooter Being Sought", "Gunman Arrested"):
// no one's name, however the line is cased.
var headlineParticiples = map[string]bool{"being": true, "been": true, "sought": true, "slain": true, "caught": true,
	"found": true, "taken": true, "shot": true, "killed": true, "arrested": true, "wounded": true, "injured": true,
	"charged": true, "jailed": true, "convicted": true, "sentenced": true, "identified": true, "named": true}

// casedFragment reports whether token k stands in a headline run inside
// a longer line: the words from the last ";" or ":" before it to the next
// are three or more, all capitalised or headlineSmall ("…at least 8th;
// Shooter Being SOUGHT").
func (s *sentence) casedFragment(k int) bool {
	a := k
	for a > 0 && !s.punct(a-1, ';') && !s.punct(a-1, ':') {
		a--
	}
	if a == 0 {
		return false // the whole line, which titleCased read
	}
	caps := 0
	for j := a; j < len(s.toks) && !s.punct(j, ';') && !s.punct(j, ':'); j++ {
		switch {
		case !s.word(j) || s.toks[j].is(tDigit):
		case s.toks[j].is(tCap):
			caps++
		case !headlineSmall[s.lower(j)]:
			return false
		}
	}
	return caps >= 3
}

// verbBeforeGiven reports whether token i is a past verb capitalised
// before a given name, as in a transactions list ("Sacked Bill Marsh,
// coach"): the name starts after it. A given name at i ("Alfred Hale")
// is the name's own.
func (s *sentence) verbBeforeGiven(i int) bool {
	if !s.capName(i) || !s.capName(i+1) || s.g.isGiven(s.str(i)) || !s.g.isGiven(s.str(i+1)) {
		return false
	}
	w := s.lower(i)
	return (strings.HasSuffix(w, "ed") || irregularVerbs[w]) && inflectedVerb(w)
}
