package extract

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// A name that qualifies a thing is no doer: in "the James Webb telescope
// observed the galaxy" or "the Hubble and James Webb space telescopes
// observed the crash" the telescope observed, and a person named James
// Webb did nothing. The word-order rules take any name before the verb
// for its subject when no known modifier head ("spokesman", "forces")
// follows it; the parse knows the subject is the thing.

// dropThingModifier removes from ev the agents named inside its subject
// when the parse's subject is a thing (an artifact, a substance, a
// possession: no person or group), and reports whether it did.
func (p parsed) dropThingModifier(ev *EventMention, f frame) bool {
	if len(f.agents) != 1 || !p.namesThing(f.agents[0]) {
		return false
	}
	h := f.agents[0]
	var inside []string
	for k := range h {
		if ref := p.actorAt(k); ref >= 0 && p.dominates(h, k) && p.qualifiesNoun(k, h) {
			inside = append(inside, p.x.id(ref))
		}
	}
	if len(inside) == 0 {
		return false
	}
	n := len(ev.Actors)
	ev.Actors = slices.DeleteFunc(ev.Actors, func(q timeline.Participant) bool {
		return q.Role == timeline.RoleAgent && slices.Contains(inside, q.ID)
	})
	return len(ev.Actors) < n
}

// qualifiesNoun reports whether word k qualifies noun h as a compound or a
// conjunct of one ("Hubble and James Webb space telescopes"), not as a
// possessor or an apposition.
func (p parsed) qualifiesNoun(k, h int) bool {
	for ; k >= 0 && k != h; k = p.head(k) {
		switch p.rel(k) {
		case "compound", "conj", "flat", "cc":
		default:
			return false
		}
	}
	return k == h
}

// thingHead reports whether word h is a common noun for a made or
// natural thing ("telescope", "tanker", "vaccine"): no person, group or
// act ("the Boeing engineers", "the Biden administration", "Biden plans"
// are people's doing).
func (p parsed) thingHead(h int) bool {
	if p.word(h).UPOS != "NOUN" {
		return false
	}
	switch wn.NounClass(strings.ToLower(p.word(h).Lemma)) {
	case "artifact", "object", "substance", "food", "plant", "animal":
		return true
	}
	return false
}

// namesThing reports whether the only actor word a names is a person's
// name qualifying it, a thing: "the James Webb telescope".
func (p parsed) namesThing(a int) bool {
	if !p.thingHead(a) {
		return false
	}
	// A body's name before a thing names the body's thing, and the body
	// takes part: "the Ethiopian Airlines jet crashed".
	ref := p.namedAt(a)
	return ref >= 0 && p.x.actors[ref].Kind == timeline.Person && p.x.actors[ref].End <= p.word(a).Start && p.actorAt(a) == ref
}
