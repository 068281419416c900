package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// A verb that moves what was to happen to a later day ("postponed the
// vote", "the trial was delayed") or stops it happening ("called off the
// strike", "suspended its share buyback", "scrapped the plan") is news as
// the thing it moves is: WordNet files "postpone" and "delay" under no
// kind of the lexicon (a stative or a change), "scrap" under attack,
// "halt" under movement, and the decision that sinks or shifts a meeting,
// a trial or the Games fell to "other" and out of the pictures. Each is
// a kind of its own, so that one outlet's "postponed" and another's
// "delayed" can be one event.

const (
	KindPostponement = "postponement"
	KindCancellation = "cancellation"
)

var (
	postponeVerbs = set("postpone delay defer adjourn reschedule")
	cancelVerbs   = set("cancel scrap suspend halt")
	// postponeNouns and cancelNouns name the decision itself; "delay"
	// and "suspension" are left to their senses ("without delay", "a
	// three-match suspension").
	postponeNouns = set("postponement deferral adjournment")
	cancelNouns   = set("cancellation")
)

// scheduleKind returns the kind of a predicate that postpones or cancels
// something, or "". A verb needs a thing it is done to: people are
// suspended from a post (a dismissal, wordKind) or delayed on a road, and
// a bare "halted" is a stop on the way.
func (p parsed) scheduleKind(f frame, lemma string, noun bool) string {
	if noun {
		switch {
		case postponeNouns[lemma]:
			return KindPostponement
		case cancelNouns[lemma]:
			return KindCancellation
		}
		return ""
	}
	kind := ""
	switch {
	case postponeVerbs[lemma] || phrasalSchedule(lemma, "put off", "push back"):
		kind = KindPostponement
	case cancelVerbs[lemma] || phrasalSchedule(lemma, "call off"):
		kind = KindCancellation
	default:
		return ""
	}
	if p.measureObject(f.pred) {
		return "" // "suspended sanctions" ends a measure (pickKind)
	}
	if len(f.patients) == 0 && !p.hasDependent(f.pred, "obj") && !p.passive(f.pred) {
		return ""
	}
	if p.anyIs(p.doneTo(f), p.someone) {
		return "" // "delayed the passengers", "suspended two officers", "had been suspended by FIFA"
	}
	if kind == KindCancellation && p.anyIs(p.doneTo(f), p.isFighting) {
		return "" // "halting the fighting", "suspended attacks": a truce, which the talks about it tell
	}
	return kind
}

// doneTo returns the words verb f is done to: its patients, its object
// and its passive subject.
func (p parsed) doneTo(f frame) []int {
	out := append([]int(nil), f.patients...)
	for k := range p.s.Words {
		if p.head(k) == f.pred && (p.rel(k) == "obj" || p.rel(k) == "nsubj:pass") {
			out = append(out, k)
		}
	}
	return out
}

// someone reports whether word j is a person, a named party (a company,
// a group, a country) or one told by age ("the 46-year-old"): one
// suspends or delays people and parties, and postpones or cancels things.
func (p parsed) someone(j int) bool {
	if namedEventHeads[strings.ToLower(p.word(j).Form)] {
		return false // "the Olympics", "the Games", "the World Cup", whatever the actors make of them
	}
	if p.isPerson(j) || p.toldByAge(j) {
		return true
	}
	if ref := p.actorAt(j); ref >= 0 {
		return p.x.actors[ref].Kind != timeline.Place
	}
	return p.word(j).UPOS == "PROPN"
}

// phrasalSchedule reports whether lemma is one of the phrasal verbs,
// their particle joined by a space ("call off").
func phrasalSchedule(lemma string, phrasal ...string) bool {
	for _, ph := range phrasal {
		if strings.EqualFold(lemma, ph) {
			return true
		}
	}
	return false
}

// toldByAge reports whether word j is "old" of "the 46-year-old", which
// the tokenizer may split at its hyphens.
func (p parsed) toldByAge(j int) bool {
	w := strings.ToLower(p.word(j).Form)
	if strings.HasSuffix(w, "-year-old") {
		return true
	}
	return w == "old" && j >= 2 && p.word(j-1).Form == "-" && strings.EqualFold(p.word(j-2).Lemma, "year")
}

// isFighting reports whether word j names fighting: "the fighting",
// "attacks", "hostilities".
func (p parsed) isFighting(j int) bool {
	w := p.word(j)
	return w.UPOS == "NOUN" && (wn.Kind(strings.ToLower(w.Lemma), true) == KindAttack || wn.Kind(strings.ToLower(w.Form), true) == KindAttack)
}
