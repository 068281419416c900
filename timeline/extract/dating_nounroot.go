package extract

import (
	"github.com/storyline/storyline/timeline"
)

// nounRootTime returns the time a sentence the parse left without a main
// verb sets for the story, and whether it sets one. "The flood struck in
// the early hours of September 11" may come out as the noun "flood" with
// "struck" hung from it, and "The two dams burst on the night of
// September 10" with "burst" read as a noun: the sentence still tells its
// news at that date, and what follows ("The water tore through the
// centre", "Thousands of people died") goes on from it, not from the day
// an earlier sentence set. The root noun's event, or a verb hung from it,
// dated by the text to a day stands in for the main verb (see
// storyTime); a period there ("The company forecast first-quarter
// revenue", the verb read as a noun) is left to the figures it may
// date (see nextStory).
func (x *extractor) nounRootTime(p parsed, group []placed) (*timeline.When, bool) {
	root := -1
	for i := range p.s.Words {
		if p.head(i) < 0 {
			root = i
			break
		}
	}
	if root < 0 || p.word(root).UPOS != "NOUN" || p.hasDependent(root, "cop") || p.s.Span.Kind == timeline.Heading {
		return nil, false // "A nurse … was among those who attended": a copula is a verb
	}
	for _, pl := range group {
		w := x.res.Events[pl.event].When
		if w == nil || w.Basis != "" && w.Basis != BasisText || w.Granularity != timeline.Day {
			continue
		}
		if pl.word == root || p.head(pl.word) == root && p.misreadMainVerb(pl.word) {
			return p.storyDay(w)
		}
	}
	if p.timeOfRoot() {
		// "The two dams on the Wadi Derna burst on the night of
		// September 10", the verb read as a noun: a time the sentence
		// names for its news ends the thread, as it does for a verb's
		// sentence that dates another clause (see dateByTense).
		return background, true
	}
	return nil, false
}

// timeOfRoot reports whether one of the sentence's days hangs from its
// root through no clause of a noun: "burst on the night
// of September 10" with the parse's root "dams", not "a nurse who was
// injured in the 1998 bombing".
func (p parsed) timeOfRoot() bool {
	for _, c := range p.txs {
		if iv := p.x.timexes[c.ref].Interval; c.att == heldTimex || iv == nil || iv.Days() > 1 {
			continue
		}
		own := true
		for w, hops := c.top, 0; w >= 0 && hops < len(p.s.Words); w, hops = p.head(w), hops+1 {
			own = own && p.rel(w) != "acl"
		}
		if own {
			return true
		}
	}
	return false
}

// misreadMainVerb reports whether verb v, hung from a noun as a clause of
// it, is the sentence's main verb the parse missed: a finite past ("The
// flood struck") with no subject of its own, not a relative clause ("who
// was injured") nor a participle ("the men arrested in May").
func (p parsed) misreadMainVerb(v int) bool {
	w := p.word(v)
	return w.Deprel == "acl" && w.UPOS == "VERB" && w.XPOS == "VBD" && !p.hasDependent(v, "nsubj") && !p.hasDependent(v, "aux")
}
