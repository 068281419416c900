package extract

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// Deals and takeovers: what closing completes, and when acquiring is a
// company bought.

// dealNoun reports whether lemma names a transaction or an agreement:
// what closing completes ("closed the deal", "closed the acquisition").
func dealNoun(lemma string) bool {
	kinds := wn.Kinds(lemma, true)
	return slices.Contains(kinds, "transaction") || slices.Contains(kinds, KindAgreement)
}

// namesWhatChanges reports whether predicate i has a name for its object
// or, a noun, in its "of" phrase: what is acquired is a company or a
// holding, not a skill.
func (p parsed) namesWhatChanges(i int) bool {
	for k := range p.s.Words {
		h := p.head(k)
		if h != i || p.rel(k) != "obj" && !(p.rel(k) == "nmod" && (p.caseOf(k) == "of" || p.caseOf(k) == "")) {
			continue
		}
		for j := range p.s.Words {
			if p.word(j).UPOS == "PROPN" && !p.inTimex(j) && p.dominates(k, j) {
				return true
			}
		}
	}
	return false
}

// acquiresHolding reports whether predicate i, "acquire" or
// "acquisition", buys something: a name, or a thing that is owned (a
// company, a stake, a rival, weapons). What is learnt or come to ("a
// taste for politics", "skills", "citizenship", "momentum") is no
// purchase. A bare "the acquisition" in the news is a company's: no other
// sense of the noun is told as an event.
func (p parsed) acquiresHolding(i int, noun bool) bool {
	if p.namesWhatChanges(i) {
		return true
	}
	held := false
	for k := range p.s.Words {
		if p.head(k) != i || p.rel(k) != "obj" && !(noun && p.rel(k) == "nmod" && p.caseOf(k) == "of") {
			continue
		}
		if !abstractClass(wn.NounClass(strings.ToLower(p.word(k).Lemma))) {
			held = true
		} else {
			return false
		}
	}
	return held || noun
}

// abstractClass reports whether WordNet files a noun among things had in
// the mind or as a state or quality, which no one sells.
func abstractClass(class string) bool {
	switch class {
	case "cognition", "state", "attribute", "feeling", "Tops", "time", "perception", "motive":
		return true
	}
	return false
}

// takesOverFirm reports whether "take over" at verb i takes a business:
// its object an organisation, or a common noun of a body, a holding or
// the one that owns them ("its rival", "the lender", "the stake"). A
// place or a building taken over is seized, a role taken over is a
// post filled.
func (p parsed) takesOverFirm(f frame) bool {
	o := p.dependentOf(f.pred, "obj")
	if o < 0 && len(f.patients) > 0 {
		o = f.patients[0]
	}
	if o < 0 {
		return false
	}
	if a := p.actorAt(o); a >= 0 {
		return p.x.actors[a].Kind == timeline.Organization
	}
	if p.word(o).UPOS != "NOUN" {
		return false
	}
	switch wn.NounClass(strings.ToLower(p.word(o).Lemma)) {
	case "group", "possession":
		return true
	case "person":
		return true // "its stricken rival", "the lender": a firm by what it does
	}
	return false
}

// pactDeal reports whether deal noun n says by its modifier that it is a
// pact between sides, no sale: "a pay deal", "a peace deal", "a trade
// deal".
func (p parsed) pactDeal(n int) bool {
	for k := range p.s.Words {
		if p.head(k) == n && (p.rel(k) == "compound" || p.rel(k) == "amod") && pactMatters[strings.ToLower(p.word(k).Lemma)] {
			return true
		}
	}
	return false
}

// pactMatters are what a deal between sides settles.
var pactMatters = set("pay wage salary peace ceasefire truce trade coalition prisoner hostage labour labor")
