package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// "Strike" is a blow, a stoppage of work or a deal struck: the words
// around it tell which.

// workStoppage reports whether noun w is a strike that workers stage, not
// one of weapons: one joined, called, staged or backed, a general, national
// or hunger strike, a strike by a union or its workers; "strikes on the
// grid" and "air strikes" stay attacks.
func (p parsed) workStoppage(w int) bool {
	if p.word(w).UPOS != "NOUN" || !strings.EqualFold(p.word(w).Lemma, "strike") || p.weaponStrike(w) {
		return false
	}
	for k := range p.s.Words {
		if p.head(k) != w {
			continue
		}
		switch l := strings.ToLower(p.word(k).Lemma); {
		case p.rel(k) == "amod" || p.rel(k) == "compound":
			switch l {
			case "general", "national", "nationwide", "hunger", "indefinite", "rail", "teacher", "worker", "doctor", "nurse", "union", "wildcat":
				return true
			}
		case p.rel(k) == "nmod" && p.caseOf(k) == "by" && p.x != nil:
			return p.actorAt(k) >= 0 && p.x.actors[p.actorAt(k)].Kind != timeline.Country
		case p.word(k).Deprel == "nmod:poss" && p.x != nil:
			// "the dock workers' last strike", "the union's strike"; not
			// "Russia's strikes"
			if a := p.actorAt(k); a >= 0 && (p.x.actors[a].Kind == timeline.Group || p.x.actors[a].Kind == timeline.Organization) {
				return true
			}
		case p.rel(k) == "case" && l == "on" && !p.hasDependent(w, "det"):
			return true // "went on strike"
		case p.rel(k) == "nmod" && p.caseOf(k) == "at" && p.workplace(k):
			return true // "the strike at Halvard Motors", "a strike at the plant"
		}
	}
	if h := p.head(w); h >= 0 && p.word(h).UPOS == "VERB" && p.rel(w) == "obj" && !p.namesObject(h, w) {
		// Not "called the strike a tragic mistake": a strike named.
		switch strings.ToLower(p.word(h).Lemma) {
		case "join", "call", "stage", "hold", "end", "back", "support", "organise", "organize", "announce", "vote", "suspend", "call off":
			return true
		}
	}
	return false
}

// weaponStrike reports whether noun w is a strike of weapons: on or
// against a target, from the air or by missiles, drones or a state's
// forces ("Russian strikes on the grid", "air strikes").
func (p parsed) weaponStrike(w int) bool {
	for k := range p.s.Words {
		if p.head(k) != w {
			continue
		}
		switch l := strings.ToLower(p.word(k).Lemma); {
		case p.rel(k) == "nmod" && (p.caseOf(k) == "on" || p.caseOf(k) == "against"):
			if !timeWord(l) && (p.x == nil || !p.inTimex(k)) {
				return true // not "a strike on Wednesday"
			}
		case p.rel(k) == "amod" || p.rel(k) == "compound":
			switch l {
			case "air", "airstrike", "missile", "drone", "rocket", "artillery", "military", "pre-emptive", "retaliatory", "precision", "nuclear":
				return true
			}
			if p.x != nil && p.actorAt(k) >= 0 && p.x.actors[p.actorAt(k)].Kind == timeline.Country {
				return true
			}
		case p.word(k).Deprel == "nmod:poss" || p.rel(k) == "nmod" && p.caseOf(k) == "by":
			if armedForces[l] {
				return true // "the military's strike", "a strike by the air force"
			}
		}
	}
	// A strike that kills or wounds is a blow: "the strike killed 10
	// civilians"; a stoppage of work kills no one.
	if h := p.head(w); h >= 0 && p.rel(w) == "nsubj" && p.word(h).UPOS == "VERB" {
		switch wn.Kind(strings.ToLower(p.word(h).Lemma), false) {
		case "death", "attack":
			return true
		}
	}
	return false
}

// armedForces are the nouns of a state's armed forces, whose strikes are
// blows.
var armedForces = set("military army navy forces force troops jets warplanes drones pentagon")

// struckWhat returns the kind of verb "strike" that its object gives:
// "struck a deal" is an agreement, "struck a loyal tone" no blow at all;
// "" when the object says nothing of it.
func (p parsed) struckWhat(f frame, lemma string, noun bool) string {
	if noun || lemma != "strike" || len(f.patients) == 0 || p.word(f.patients[0]).UPOS != "NOUN" {
		return ""
	}
	switch o := strings.ToLower(p.word(f.patients[0]).Lemma); {
	case o == "deal" || o == "agreement" || o == "accord" || o == "bargain" || o == "compromise":
		return "agreement"
	case abstractNoun(o):
		return KindOther
	}
	return ""
}

// abstractNoun reports whether a noun names a quality, an idea or a
// relation, which one strikes as a tone or a balance, not as a blow.
func abstractNoun(lemma string) bool {
	switch wn.NounClass(lemma) {
	case "attribute", "communication", "cognition", "feeling", "state", "relation":
		return true
	}
	return false
}

// stopsWork reports whether verb v tells workers stopping work: "voted to
// strike over pay", "nurses will strike for better conditions", "staff
// walked out on Thursday". A strike with an object or a victim ("struck
// the convoy", "was struck by lightning"), or one by what is no one
// ("the quake struck"), is not; nor is walking out of a place.
func (p parsed) stopsWork(v int) bool {
	if p.walksOffJob(v) {
		return true // "walked off the job"
	}
	if p.word(v).UPOS != "VERB" || p.passive(v) || p.hasDependent(v, "obj") {
		return false
	}
	switch l := strings.ToLower(p.word(v).Lemma); {
	case l == "walk out" || l == "walk" && p.hasParticle(v, "out"):
		return !p.hasCase(v, "of") || p.anyOf(v, "of", p.isEventWord)
	case l != "strike":
		return false
	}
	if h := p.head(v); h >= 0 && (p.rel(v) == "xcomp" || p.rel(v) == "advcl") && p.tense(v) == nonFinite {
		switch strings.ToLower(p.word(h).Lemma) {
		case "vote", "threaten", "plan", "decide", "prepare", "vow", "agree", "intend", "continue", "begin", "start", "ballot":
			return true // "voted to strike", "threatened to strike"
		}
	}
	// "will strike over pay", "struck for higher wages"; not "struck
	// over the weekend" or "for the second time".
	return p.anyOf(v, "over", p.notTime) || p.anyOf(v, "for", p.notTime)
}

// notTime reports whether word k names no time: "pay", not "the weekend".
func (p parsed) notTime(k int) bool {
	l := strings.ToLower(p.word(k).Lemma)
	return !timeWord(l) && l != "time" && wn.NounClass(l) != "time" && (p.x == nil || !p.inTimex(k))
}

// hasParticle reports whether verb v has the particle (or adverb read for
// one) prt: "walked out".
func (p parsed) hasParticle(v int, prt string) bool {
	for k := v + 1; k < len(p.s.Words) && k <= v+2; k++ {
		if p.head(k) == v && (p.rel(k) == "compound:prt" || p.rel(k) == "advmod") && strings.EqualFold(p.word(k).Form, prt) {
			return true
		}
	}
	return false
}

// anyOf reports whether an oblique of verb v with preposition prep is a
// word for which is holds: "walked out of the talks".
func (p parsed) anyOf(v int, prep string, is func(int) bool) bool {
	for k := range p.s.Words {
		if p.head(k) == v && p.rel(k) == "obl" && p.caseOf(k) == prep && is(k) {
			return true
		}
	}
	return false
}

// workplaceNouns are the places work stops at in a strike.
var workplaceNouns = set("plant factory mine mill works refinery shipyard port dock depot warehouse company firm carmaker airline")

// workplace reports whether word k names a place of work: a company, or
// a plant, mine or port.
func (p parsed) workplace(k int) bool {
	if workplaceNouns[strings.ToLower(p.word(k).Lemma)] {
		return true
	}
	if p.x == nil || p.actorAt(k) < 0 {
		return false
	}
	return p.x.actors[p.actorAt(k)].Kind == timeline.Organization
}

// weaponHits reports whether verb f.pred ("hit", "strike") is a blow of
// weapons: done by a missile, shell or drone, or with one ("hit the
// cruiser with two missiles", "was hit by two missiles"). WordNet's first
// sense of "hit" is a touch, which told the sinking of a warship as
// "other".
func (p parsed) weaponHits(f frame) bool {
	if p.anyIs(f.agents, p.isWeapon) || p.anyOf(f.pred, "with", p.isWeapon) || p.anyOf(f.pred, "by", p.isWeapon) {
		return true
	}
	for k := range p.s.Words {
		if o := p.head(k); o >= 0 && p.head(o) == f.pred && p.rel(o) == "obj" && p.rel(k) == "nmod" && p.caseOf(k) == "with" && p.isWeapon(k) {
			return true // "hit the cruiser with two missiles", the parse hanging the weapon on the target
		}
	}
	return false
}

// isWeapon reports whether word j is a fired weapon or its charge: "two
// Neptune missiles", "a drone", "artillery shells".
func (p parsed) isWeapon(j int) bool {
	w := p.word(j)
	return w.UPOS == "NOUN" && firedWeapons[strings.ToLower(w.Lemma)]
}

// firedWeapons are the nouns for what is fired, dropped or launched at a
// target.
var firedWeapons = set("missile rocket shell bomb drone torpedo artillery mortar grenade projectile bullet munition warhead airstrike")

// blowKind reads a verb that deals a blow, with a person for what it
// strikes, as an attack: "slapped comedian Chris Rock", "a guard was
// stabbed", "punched the referee". WordNet files these verbs as contact,
// beside "touch" and "hold", and gives them no kind; a ball hit or a
// penalty kicked is no attack.
func (p parsed) blowKind(f frame, lemma string, noun bool) string {
	if noun && blowNouns[lemma] && !p.idiomaticBlow(f.pred) {
		return "attack" // "the slap", "a punch to the face", "the stabbing"
	}
	if noun || !blowVerbs[lemma] || !p.anyIs(f.patients, p.isPerson) || p.oblique(f.pred, "to", "death") {
		return "" // "was stabbed to death" tells a death (wordKind)
	}
	if p.anyIs(f.agents, func(j int) bool { return p.word(j).UPOS == "NOUN" && vehicles[strings.ToLower(p.word(j).Lemma)] }) {
		return "disaster" // "was hit by a car": an accident, no blow dealt
	}
	return "attack"
}

// blowNouns are the nouns of a blow dealt to someone. "Kick" and "hit"
// are left out: a free kick and a hit record are no blows.
var blowNouns = set("slap punch headbutt head-butt stabbing knifing slapping punching")

// idiomaticBlow reports whether blow noun n is the object of a verb that
// makes it a figure of speech: "packs a punch", "pulled no punches".
func (p parsed) idiomaticBlow(n int) bool {
	h := p.head(n)
	if h < 0 || p.rel(n) != "obj" {
		return false
	}
	switch strings.ToLower(p.word(h).Lemma) {
	case "pack", "pull":
		return true
	}
	return false
}

// blowVerbs are the verbs of dealing a blow to someone.
var blowVerbs = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`hit slap punch kick stab knife beat batter pummel smack thump whip
		bludgeon club headbutt slash maul kneecap pistol-whip`) {
		blowVerbs[w] = true
	}
}

// namesObject reports whether verb v says what its object w is, with a
// predicate after it ("called the strike a tragic mistake"), as the
// parse writes it: an xcomp or a second object.
func (p parsed) namesObject(v, w int) bool {
	for k := w + 1; k < len(p.s.Words); k++ {
		if p.head(k) == v && (p.rel(k) == "xcomp" || p.rel(k) == "obj") {
			return true
		}
	}
	return false
}
