package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// An event noun that is the subject of a clause is no surer than the
// clause: "another eruption could come within weeks" tells of no
// eruption yet, "a new strike is likely next month" of one expected,
// while the verb the noun is subject of is read as the clause reads it.

// subjectClauseStatus returns the status that the clause event noun c is
// the subject of gives it, and whether the clause gives one: what is
// likely, possible or still to come. A clause that only goes on with an
// event ("the strike could end", "the fire may spread") says nothing of
// whether it happened, unless the noun names a new one ("a new strike
// could cripple the port").
func (p parsed) subjectClauseStatus(c int) (string, bool) {
	h := p.head(c)
	if h < 0 || p.word(c).UPOS != "NOUN" || p.rel(c) != "nsubj" && p.rel(c) != "nsubj:pass" {
		return "", false
	}
	if p.word(h).UPOS == "ADJ" || p.rel(c) == "nsubj:pass" {
		// "a trial is unlikely to begin", "talks are expected to
		// resume": the infinitive tells the event, its governor how
		// sure it is.
		if x := p.dependentOf(h, "xcomp"); x >= 0 && p.word(x).UPOS == "VERB" {
			h = x
		} else if p.word(h).UPOS == "ADJ" {
			return likelihood(p.word(h).Lemma) // "a new strike is possible"
		}
	}
	if p.hasDependent(h, "cop") {
		// "a new strike is likely next month", the parser reading
		// "likely" as an adverb of the time phrase.
		for k := c + 1; k < h; k++ {
			if p.head(k) == h && p.rel(k) == "advmod" {
				if st, ok := likelihood(p.word(k).Lemma); ok {
					return st, true
				}
			}
		}
	}
	if p.word(h).UPOS != "VERB" || !p.comesAbout(h) && !p.newEvent(c) {
		return "", false
	}
	switch st := p.status(h); st {
	case timeline.Hypothetical, timeline.Expected, timeline.Planned:
		return st, true
	}
	return "", false
}

// comesAbout reports whether verb v tells that its subject, an event,
// happens: "another eruption could come", "protests may follow", "a
// vote will be held".
func (p parsed) comesAbout(v int) bool {
	o := p.dependentOf(v, "obj")
	switch strings.ToLower(p.word(v).Lemma) {
	case "come", "follow", "begin", "start", "occur", "happen", "erupt", "ensue", "arise", "resume", "hold", "stage":
		return o < 0 // not "the inquiry will begin hearings", "sparks started it": the subject acts
	case "take":
		return o >= 0 && strings.EqualFold(p.word(o).Lemma, "place") // "the vote could take place"
	case "break":
		return p.particle(v, "out") // "fighting could break out"
	case "go":
		return p.particle(v, "ahead") // "the strike may go ahead"
	}
	return false
}

// newEvent reports whether event noun n names an event not told before:
// "another eruption", "a new strike", "further protests". "A" alone
// only introduces the noun: "a hit-and-run accident may be considered
// reckless" tells of any accident.
func (p parsed) newEvent(n int) bool {
	for k := range n {
		if p.head(k) != n {
			continue
		}
		switch strings.ToLower(p.word(k).Form) {
		case "another", "new", "fresh", "further", "renewed", "additional", "more":
			return true
		}
	}
	return false
}

// likelihood returns the status a word of likelihood gives the event it
// is told of, and whether the word is one.
func likelihood(lemma string) (string, bool) {
	switch strings.ToLower(lemma) {
	case "likely", "imminent", "poised":
		return timeline.Expected, true
	case "unlikely", "possible", "doubtful", "improbable":
		return timeline.Hypothetical, true
	}
	return "", false
}
