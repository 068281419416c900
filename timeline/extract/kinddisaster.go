package extract

import (
	"slices"
	"strings"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// A disaster acts in news as an attacker does: "the quake struck the
// coast", "the storm killed 48 people". These read the disasters, named
// ("Hurricane Lena") or not, and tell them from shooting ("artillery
// fire").

// disasterActs reports whether a disaster is the agent of a verb that
// would otherwise read as an attack, a killing, a movement, a meeting, a
// win or nothing (an accidental explosion, as the agent of anything but
// a killing):
// "the quake struck the coast", "a storm swept the town", "the quake
// destroyed the old town". The people it kills are news of their own
// (disasterKills).
func (p parsed) disasterActs(f frame, kind string) bool {
	switch kind {
	case "attack", "death", "movement", KindOther, "agreement", "transaction", "visit", "meeting":
		// "agreement": "the fire swept through a neighbourhood" is
		// no clean sweep of a series.
		return p.anyIs(f.agents, p.isDisaster) || kind != "death" && p.anyIs(f.agents, p.isAccidentalBlast)
	}
	return false
}

// isAccidentalBlast reports whether word j is an explosion no weapon set
// off: "an explosion tore through the plant", "the blast shattered
// windows"; not "a bomb blast". Whom it kills is a death of its own, as
// a disaster's is (disasterKills).
func (p parsed) isAccidentalBlast(j int) bool {
	w := p.word(j)
	return w.UPOS == "NOUN" && explosions[strings.ToLower(w.Lemma)] && !p.firedByWeapon(j) &&
		!p.hasModifier(j, "bomb") && !p.hasModifier(j, "suicide")
}

// vehicleAccident reports whether verb v tells a vehicle coming to grief
// with nothing done to anyone: "their truck overturned", "the ferry
// capsized", "a train derailed" (not "the court overturned the ruling").
func (p parsed) vehicleAccident(f frame, v int) bool {
	if len(f.patients) > 0 || p.hasDependent(v, "obj") {
		return false
	}
	switch strings.ToLower(p.word(v).Lemma) {
	case "overturn", "capsize", "derail", "sink", "collide", "plunge", "skid", "topple", "flip", "crash":
	default:
		return false
	}
	return p.anyIs(f.agents, func(j int) bool {
		return p.word(j).UPOS == "NOUN" && wn.NounClass(strings.ToLower(p.word(j).Lemma)) == "artifact"
	})
}

// machineCrashes reports whether verb v, "crash", tells a machine
// failing: "a faulty update crashed millions of computers" is the same
// accident as "the computers crashed", not a movement of whoever sent the
// update (WordNet's first sense of the verb is a noisy motion).
func (p parsed) machineCrashes(v int) bool {
	if !strings.EqualFold(p.word(v).Lemma, "crash") {
		return false
	}
	crashed := p.dependentOf(v, "obj")
	if crashed < 0 {
		crashed = p.dependentOf(v, "nsubj")
	}
	if crashed < 0 {
		return false
	}
	crashed = p.partitive(crashed) // "millions of computers"
	return p.word(crashed).UPOS == "NOUN" && wn.NounClass(strings.ToLower(p.word(crashed).Lemma)) == "artifact"
}

// vehicleStrikes reports whether verb v tells a vehicle running into a
// thing: "a cargo ship struck a pylon of the bridge", "the truck hit a
// wall" is a collision, not an attack (a missile striking a building is
// one: a weapon is no vehicle).
func (p parsed) vehicleStrikes(f frame, v int) bool {
	switch strings.ToLower(p.word(v).Lemma) {
	case "strike", "hit", "ram", "smash":
	default:
		return false
	}
	// The subject may be a conjunct's: "lost power and struck a pylon".
	if p.passive(v) || !p.anyIs(f.agents, func(j int) bool { return vehicles[strings.ToLower(p.word(j).Lemma)] }) {
		return false
	}
	return len(f.patients) > 0 && !slices.ContainsFunc(f.patients, func(j int) bool { return !p.isThing(j) })
}

// trainDerailment reports whether noun n, "derailment", tells a train
// leaving its rails, as it does in news unless it is of something no
// vehicle ("the derailment of the peace process"): WordNet's first
// senses are a rejection and a movement, so that "a fiery train
// derailment" and "the train derailed" were told as two kinds of event.
func (p parsed) trainDerailment(n int) bool {
	if !strings.EqualFold(p.word(n).Lemma, "derailment") {
		return false
	}
	for k := range p.s.Words {
		if p.head(k) == n && p.rel(k) == "nmod" && p.caseOf(k) == "of" && wn.NounClass(strings.ToLower(p.word(k).Lemma)) != "artifact" {
			return false // "of a freight train" is one
		}
	}
	return true
}

// vehicles are the nouns for what carries people or goods.
var vehicles = set("ship vessel boat ferry tanker freighter barge tugboat truck lorry car bus coach train tram locomotive plane aircraft airliner jet helicopter van vehicle")

// structureFails reports whether verb v tells a built thing giving way,
// with nothing done to anyone: "the dam collapsed", "a dam on the river
// burst", "the roof caved in", "a gas main exploded", "the building
// fell", "the roof gave way", "a wing of the tower came down" (not "the
// talks collapsed", "the company collapsed", "prices fell": no thing is
// built of those). A part of a built thing is one too ("Part of the
// tower collapsed"): WordNet's first sense of the verbs is a movement.
func (p parsed) structureFails(f frame, v int) bool {
	if len(f.patients) > 0 || p.hasDependent(v, "obj") || p.hasDependent(v, "xcomp") {
		// "tugboats failed to free the ship": a deed not done
		return false
	}
	switch strings.ToLower(p.word(v).Lemma) {
	case "collapse", "burst", "cave", "crumble", "explode", "buckle", "fail":
	case "fall", "fell", "come":
		if p.word(v).Lemma == "come" && !p.adverbAfter(v, "down") || p.anyIs(f.agents, p.counted) {
			return false // "two fans fell into the crowd": people (WordNet's first fan is a machine)
		}
	case "give":
		if !p.givesWay(v) {
			return false
		}
	default:
		return false
	}
	return p.anyIs(f.agents, func(j int) bool { return p.builtThing(j) || p.partOfBuilt(j) })
}

// counted reports whether noun j has a number: "two fans".
func (p parsed) counted(j int) bool { return p.hasDependent(j, "nummod") }

// givesWay reports whether verb v, "give", is "give way": the parse
// reads "way" as an adverb.
func (p parsed) givesWay(v int) bool {
	return strings.EqualFold(p.word(v).Lemma, "give") && p.adverbAfter(v, "way")
}

// adverbAfter reports whether verb v is followed right away by its
// adverb or particle form: "came down", "gave way".
func (p parsed) adverbAfter(v int, form string) bool {
	k := v + 1
	return k < len(p.s.Words) && p.head(k) == v && strings.EqualFold(p.word(k).Form, form) &&
		(p.rel(k) == "advmod" || p.rel(k) == "compound" || p.rel(k) == "obj")
}

// partOfBuilt reports whether word j names a part of a built thing: "part
// of the tower", "a wing of the building", "a section of the bridge".
func (p parsed) partOfBuilt(j int) bool {
	if !builtParts[strings.ToLower(p.word(j).Lemma)] {
		return false
	}
	for k := j + 1; k < len(p.s.Words) && k <= j+8; k++ { // "part of a 12-story beachfront condominium building"
		if p.head(k) == j && p.rel(k) == "nmod" && p.caseOf(k) == "of" {
			return p.builtThing(k)
		}
	}
	return false
}

// builtParts are the nouns for a part of a thing that may give way.
var builtParts = set("part section portion wing half side span stretch segment corner")

// builtThing reports whether word j names a made thing: "the dam", or a
// structure by its name, whose last word says what it is ("the Carl Dahl
// Bridge", "Riverton Dam"; not "Carl Glass", a person's name, whose first
// word heads it).
func (p parsed) builtThing(j int) bool {
	w := p.word(j)
	switch w.UPOS {
	case "NOUN":
	case "PROPN":
		if j == 0 || p.head(j-1) != j || p.rel(j-1) != "compound" {
			return false
		}
	default:
		return false
	}
	return wn.NounClass(strings.ToLower(w.Lemma)) == "artifact"
}

// waterBreaksOut reports whether verb v tells water breaking out of its
// bed, the start of a flood: "the river burst its banks", "the Kell broke
// its banks", "the lake overflowed", "the river overtopped its defences"
// (not "she broke the news", "sales overtopped forecasts").
func (p parsed) waterBreaksOut(f frame, v int) bool {
	switch strings.ToLower(p.word(v).Lemma) {
	case "burst", "break", "breach", "overtop", "overflow", "top":
	default:
		return false
	}
	for k := range p.s.Words {
		if p.head(k) == v && p.rel(k) == "obj" && !waterBounds[strings.ToLower(p.word(k).Lemma)] {
			return false
		}
	}
	return p.anyIs(f.agents, func(j int) bool {
		if waterBodies[strings.ToLower(p.word(j).Lemma)] {
			return true
		}
		// "the River Kell", "Lake Varna": the body's word before its name
		for k := range p.s.Words {
			if p.head(k) == j && (p.rel(k) == "compound" || p.rel(k) == "flat") && waterBodies[strings.ToLower(p.word(k).Lemma)] {
				return true
			}
		}
		return false
	})
}

// waterBodies hold water that floods; waterBounds hold it in.
var (
	waterBodies = set("river lake reservoir canal creek stream brook sea tide estuary")
	waterBounds = set("bank banks levee levees defence defences defense defenses embankment embankments dyke dykes dike dikes wall walls")
)

// naturalForces are the water, wind and weather that strike as a
// disaster does, though WordNet files them as phenomena with no kind: a
// wave is first a sign of the hand there.
var naturalForces = set("wave floodwater lava mudflow wind gale rain rainfall downpour hail lightning snow snowfall")

// ofWhat reports whether noun n says with "of" what it is made of, not
// how big it is: "a wave of strikes", not "waves of about 1.2 metres".
func (p parsed) ofWhat(n int) bool {
	for k := range p.s.Words {
		if p.head(k) == n && p.rel(k) == "nmod" && p.caseOf(k) == "of" && !p.hasDependent(k, "nummod") && wn.NounClass(strings.ToLower(p.word(k).Lemma)) != "quantity" {
			return true
		}
	}
	return false
}

// disasterKills reports whether a disaster is the agent of a verb of
// killing whose patients are people: "the quake killed 48 people" tells
// the toll, a death of its own, not the quake again.
func (p parsed) disasterKills(f frame, kind string) bool {
	return kind == "death" && p.anyIs(f.agents, p.isDisaster) && p.anyIs(f.patients, p.isPerson)
}

// isDisaster reports whether word j names a disaster: "the earthquake",
// "a storm", "the fire".
func (p parsed) isDisaster(j int) bool {
	w := p.word(j)
	if w.UPOS == "PROPN" && w.Form != "" && w.Form[0] >= 'a' && w.Form[0] <= 'z' {
		// "a passing hurricane", which the tagger may read as a name
		// ("Hurricane Dora" a sentence later): a name has a capital.
		c := *w
		c.UPOS, c.Lemma = "NOUN", c.Form
		w = &c
	}
	if w.UPOS == "NOUN" {
		if naturalForces[strings.ToLower(w.Lemma)] && !p.ofWhat(j) {
			return true // "waves of up to 15 metres struck the coast", "strong winds battered the town"; not "a wave of strikes"
		}
		l := strings.ToLower(w.Lemma)
		return (wn.Kind(l, true) == "disaster" || p.fireNoun(j)) && !p.firedByWeapon(j)
	}
	if w.UPOS != "PROPN" {
		return false
	}
	// A named storm: "Hurricane Lena" (the title heads the name) or
	// "Typhoon Haiyan" (the title before it).
	if stormTitle(w.Form) && p.hasDependent(j, "flat") {
		return true
	}
	for k := range p.s.Words {
		if p.head(k) == j && k < j && (p.rel(k) == "compound" || p.rel(k) == "flat") && stormTitle(p.word(k).Form) {
			return true
		}
	}
	return false
}

// firedByWeapon reports whether noun j, a word like "fire", is named by a
// weapon before it: "artillery fire", "rocket fire" is shooting, no
// disaster.
func (p parsed) firedByWeapon(j int) bool {
	if h := p.head(j); h >= 0 && p.rel(j) == "obj" && gunfireVerbs[strings.ToLower(p.word(h).Lemma)] {
		return true // "police opening fire on crowds", "returned fire": shots, whatever form the verb takes
	}
	for k := range j {
		if p.head(k) != j || p.rel(k) != "compound" && p.rel(k) != "amod" {
			continue
		}
		if stem, ing := strings.CutSuffix(strings.ToLower(p.word(k).Form), "ing"); ing && gunfireVerbs[stem] {
			return true // "with police opening fire", which the tagger reads as a noun compound
		}
		switch strings.ToLower(p.word(k).Lemma) {
		case "artillery", "rocket", "mortar", "gun", "machine-gun", "tank", "sniper", "cannon", "missile", "drone", "naval", "small-arms":
			return true
		}
	}
	return false
}

// fireNouns are the words news uses for a fire that WordNet files as a
// flame or a bright light: "the blaze destroyed 40 homes" is the
// disaster "the fire" is, and the two must share a kind to be merged.
var fireNouns = set("blaze bushfire brushfire")

// fireNoun reports whether noun j is one of the fireNouns told as a fire,
// not as a burst of something ("a blaze of gunfire", "a blaze of
// publicity").
func (p parsed) fireNoun(j int) bool {
	if !fireNouns[strings.ToLower(p.word(j).Lemma)] {
		return false
	}
	for k := range p.s.Words {
		if p.head(k) == j && p.rel(k) == "nmod" && p.caseOf(k) == "of" {
			return false
		}
	}
	return true
}

// gunfireVerbs are the verbs whose object "fire" is shooting.
var gunfireVerbs = map[string]bool{"open": true, "return": true, "exchange": true, "trade": true, "hold": true, "cease": true}

// isEventWord reports whether word j is an event noun: "the truce", "the
// deal".
func (p parsed) isEventWord(j int) bool {
	w := p.word(j)
	return w.UPOS == "NOUN" && (eventNoun(strings.ToLower(w.Lemma)) || eventNoun(strings.ToLower(w.Form)))
}

// stormTitle reports whether a word names a storm before its name.
func stormTitle(w string) bool {
	switch strings.ToLower(w) {
	case "hurricane", "typhoon", "cyclone", "storm":
		return true
	}
	return false
}
