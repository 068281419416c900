package extract

import (
	"strings"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// stateKind returns the kind of a predicate that puts someone in a state
// or finds them in one, which the word's first sense misses: "put 5,000
// soldiers on alert" or "placed the city under curfew" puts a measure in
// place (WordNet's first "put" is a saying: "put it bluntly"), and "six
// people are dead" tells deaths, the core fact of a disaster story, where
// "dead" alone has no kind, and so do those who "did not survive". It
// returns "" for any other predicate.
func (p parsed) stateKind(f frame, lemma string, noun bool) string {
	switch {
	case noun:
		return ""
	case (lemma == "put" || lemma == "place") && p.inMeasure(f.pred):
		return KindAnnouncement
	case lemma == "dead" && p.deadOnes(f.pred):
		return "death"
	case lemma == "survive" && p.negated(f.pred):
		return "death" // "five people did not survive"
	}
	return ""
}

// fallsIll reports whether verb v has "ill", "sick" or "unwell" for its
// complement, or an adverb as the parse may read it: "fell ill", "was
// taken ill".
func (p parsed) fallsIll(v int) bool {
	return v+1 < len(p.s.Words) && p.head(v+1) == v && (p.rel(v+1) == "xcomp" || p.rel(v+1) == "advmod") && illWord(p.word(v+1).Form)
}

func illWord(form string) bool {
	switch strings.ToLower(form) {
	case "ill", "sick", "unwell":
		return true
	}
	return false
}

// inMeasure reports whether verb v puts its object on or under a measure:
// "on alert", "on standby", "under curfew", "under lockdown".
func (p parsed) inMeasure(v int) bool {
	for k := range p.s.Words {
		if p.head(k) != v || p.rel(k) != "obl" {
			continue
		}
		l := strings.ToLower(p.word(k).Lemma)
		if c := p.caseOf(k); (c == "on" || c == "under") && (measureNouns[l] || l == "standby" || l == "notice") {
			return true
		}
	}
	return false
}

// deadOnes reports whether predicate "dead" at d gives a toll: "six
// people are dead", "at least 40 are dead", a count of people with the
// copula. Not a thing ("the deal is dead"); one person found or presumed
// dead is told by the finding, which the plot links read (on ECB+ train
// every "dead" a death cost links F1 46.3 -> 44.5).
func (p parsed) deadOnes(d int) bool {
	s := p.dependentOf(d, "nsubj")
	if s < 0 || !p.hasDependent(d, "cop") {
		return false
	}
	w := p.word(s)
	if w.UPOS == "NUM" {
		return true
	}
	class := wn.NounClass(strings.ToLower(w.Lemma))
	return p.hasDependent(s, "nummod") && (class == "person" || class == "group")
}
