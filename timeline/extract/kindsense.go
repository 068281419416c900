package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// WordNet files some common news verbs under a sense that is rarely the
// news one: "lead" and "run" are motion, "expect" a demand, "name" an
// appointment, "trust" an agreement. Their arguments say which sense a
// sentence means.

// senseKind returns the kind of verb frame f when its arguments show the
// word's filed sense is not meant, else "".
func (p parsed) senseKind(f frame, lemma string, noun bool) string {
	v := f.pred
	if noun {
		if lemma == "fault" && !p.hasCase(v, "at") {
			return KindOther // "traced the fault to a supplier": a defect, no blame
		}
		return ""
	}
	switch {
	case lemma == "lead" && !p.ledSomewhere(v):
		return KindOther // "would lead the talks", "an inquiry led by a retired admiral": heads it, goes nowhere
	case lemma == "run" && p.ranWhatHeads(v):
		return KindOther // "the hospital he once ran": managed, no one ran
	case (lemma == "run out" || lemma == "run" && p.wordsAfter(v, "out", "of")) && p.spentSupply(v):
		return KindOther // "might run out of fruit": a stock spent, nothing moved
	case lemma == "expect" && p.forecastsThing(v):
		return KindOther // "expected the trial to last three weeks": a forecast, no one asked to do anything
	case lemma == "name" && p.namesKnownThing(f):
		return KindStatement // "did not name the supplier": who it is, told or withheld, no post filled
	case lemma == "trust" || lemma == "notice" || lemma == "trace" && !p.passive(v):
		return KindOther // "the people who trusted him", "noticed unusual traffic", "traced the fault to a supplier": a belief, a sight, a finding, no pact, words or way gone
	case lemma == "call" && p.anyIs(f.patients, p.isWitness):
		return "legal" // "allowed to call a key witness": a step of a trial, no phone call
	case lemma == "mean" && (p.passive(v) || p.word(v).XPOS == "VBN" && !p.hasDependent(v, "aux")):
		return KindOther // "a fund meant for patients": a purpose, nothing said
	case lemma == "suspect" && (p.passive(v) || p.hasCase(v, "of")):
		return KindAccusation // "is suspected of being a member": a charge laid, no rejection
	case lemma == "leak" && (p.anyIs(f.patients, p.isSubstance) || len(f.patients) == 0 && p.anyIs(f.agents, p.isThing)):
		return KindOther // "a hose could leak fluid", "the tank leaked": a thing spilling, no secret told
	case lemma == "suggest" && len(f.agents) > 0 && !p.anyIs(f.agents, p.mayBePerson) && p.anyIs(f.agents, p.isEventOrThing):
		return KindOther // "emails suggest that engineers knew": evidence, no one's proposal
	case (lemma == "fight" || lemma == "contest") && p.anyIs(f.patients, p.isLawsuit):
		return "legal" // "would fight the suit in court": a step of the law, no attack
	case (lemma == "bring" || lemma == "take" || lemma == "push") && p.anyIs(f.patients, p.isTally):
		return KindOther // "bringing the total to 390,000": a sum, nothing carried
	}
	return ""
}

// ledSomewhere reports whether "lead" at v takes someone to a place: it
// has a particle or a phrase of direction, on the verb or, as the parse
// may hang it, on the object ("led the hikers to safety", "led them out
// of the mine").
func (p parsed) ledSomewhere(v int) bool {
	if p.anyParticle(v) {
		return true
	}
	o := p.dependentOf(v, "obj")
	for k := range p.s.Words {
		if h := p.head(k); h < 0 || h != v && (h != o || o < 0) || p.rel(k) != "obl" && p.rel(k) != "nmod" {
			continue
		}
		switch p.caseOf(k) {
		case "to", "into", "out", "across", "through", "toward", "towards", "onto", "away", "back", "from", "past", "along", "down", "up":
			return true
		}
	}
	return false
}

// ranWhatHeads reports whether "run" at v closes a relative clause whose
// noun is what was run: "the hospital he once ran", "the firm that she
// ran for a decade". The noun is an institution or a thing, no way or
// race ("the route he ran", "the marathon she ran"), and the verb has no
// object or direction of its own. The words are read in order, as the
// parse may hang such a clause anywhere.
func (p parsed) ranWhatHeads(v int) bool {
	if p.hasDependent(v, "obj") || p.anyParticle(v) {
		return false
	}
	for k := v + 1; k < len(p.s.Words); k++ {
		if p.head(k) == v && p.rel(k) == "obl" && !p.inTimex(k) && p.caseOf(k) != "for" {
			return false // "the road he ran down to the river"
		}
	}
	j := v - 1
	for j >= 0 && p.word(j).UPOS == "ADV" {
		j--
	}
	if j < 1 || p.head(j) != v || !strings.HasPrefix(p.rel(j), "nsubj") {
		return false
	}
	j--
	if f := strings.ToLower(p.word(j).Form); f == "that" || f == "which" {
		j--
	}
	if j < 0 {
		return false
	}
	if ref := p.actorAt(j); ref >= 0 {
		return p.x.actors[ref].Kind == timeline.Organization
	}
	if w := p.word(j); w.UPOS == "NOUN" {
		switch wn.NounClass(strings.ToLower(w.Lemma)) {
		case "artifact", "group":
			return true
		}
	}
	return false
}

// forecastsThing reports whether "expect" at v says that a thing or an
// event will do something: "expected the trial to last", "expects prices
// to rise". Only a person can be asked to do something.
func (p parsed) forecastsThing(v int) bool {
	o := p.dependentOf(v, "obj")
	if o < 0 || !p.asksToDo(v) {
		return false
	}
	return p.isEventWord(o) || p.isThing(o)
}

// namesKnownThing reports whether "name" at v has for its object a thing
// or someone the story already knows, with no post given: "did not name
// the supplier", "declined to name the company". A post ("named her
// chief executive", "named as coach") or a new person ("named a new
// coach", "named Anna Berg") is an appointment.
func (p parsed) namesKnownThing(f frame) bool {
	v := f.pred
	o := p.dependentOf(v, "obj")
	if o < 0 || p.namesAs(v) || p.hasDependent(v, "xcomp") || p.hasCase(v, "as", "to") || p.word(o).UPOS != "NOUN" {
		return false
	}
	d := p.dependentOf(o, "det")
	return d >= 0 && strings.EqualFold(p.word(d).Form, "the")
}

// isTally reports whether word j is a running sum: "the total", "the
// number", "the tally".
func (p parsed) isTally(j int) bool {
	switch strings.ToLower(p.word(j).Lemma) {
	case "total", "tally", "number", "count", "sum":
		return true
	}
	return false
}

// wordsAfter reports whether the words right after v are forms, in
// order, however the parse hangs them: "run out of", the particle read
// for a preposition.
func (p parsed) wordsAfter(v int, forms ...string) bool {
	for i, f := range forms {
		k := v + 1 + i
		if k >= len(p.s.Words) || !strings.EqualFold(p.word(k).Form, f) {
			return false
		}
	}
	return true
}

// spentSupply reports whether "run out" at v tells a supply spent, not a
// way out: "might run out of fruit", "ran out of money" name no place,
// "ran out of the building" does.
func (p parsed) spentSupply(v int) bool {
	for k := v + 1; k < len(p.s.Words); k++ {
		if p.head(k) != v || p.rel(k) != "obl" || p.caseOf(k) != "of" && !p.wordsAfter(v, "out", "of") {
			continue
		}
		if p.actorAt(k) >= 0 || p.hasDependent(k, "nmod:poss") {
			return false
		}
		d := p.dependentOf(k, "det")
		return d < 0 || !strings.EqualFold(p.word(d).Form, "the")
	}
	return !p.hasCase(v, "of")
}

// isSubstance reports whether word j names a stuff that flows: "fluid",
// "oil", "water".
func (p parsed) isSubstance(j int) bool {
	w := p.word(j)
	return w.UPOS == "NOUN" && wn.NounClass(strings.ToLower(w.Lemma)) == "substance"
}

// isLawsuit reports whether word j names a case brought in court: "the
// suit", "the lawsuit", "the charges".
func (p parsed) isLawsuit(j int) bool {
	switch strings.ToLower(p.word(j).Lemma) {
	case "suit", "lawsuit", "claim", "charge", "case", "extradition", "indictment", "prosecution":
		return true
	}
	return false
}

// isWitness reports whether word j names one called to testify.
func (p parsed) isWitness(j int) bool {
	switch strings.ToLower(p.word(j).Lemma) {
	case "witness", "expert":
		return true
	}
	return false
}
