package extract

import (
	"slices"
	"strings"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// A word's first sense does not always name what happened: "fire" is a
// shooting or a dismissal, "strike" an attack or what an earthquake does,
// "charge" an attack or an accusation. The arguments tell them apart.

// pickKind returns the kind of predicate f among its word's kinds
// (lexicon.Kinds, most frequent sense first), chosen by its arguments.
func (p parsed) pickKind(f frame, lemma string, noun bool) string {
	kinds := wn.Kinds(lemma, noun)
	first := KindOther
	if len(kinds) > 0 {
		first = kinds[0]
	}
	if k := p.struckWhat(f, lemma, noun); k != "" {
		return k
	}
	if k := p.blowKind(f, lemma, noun); k != "" {
		return k
	}
	if k := p.stateKind(f, lemma, noun); k != "" {
		return k
	}
	if k := p.senseKind(f, lemma, noun); k != "" {
		return k
	}
	if k := p.wordKind(f, lemma, noun); k != "" {
		return k
	}
	if k := p.scheduleKind(f, lemma, noun); k != "" {
		return k // "postponed the vote", "called off the strike"
	}
	if k := p.thingDoneKind(f, lemma, noun); k != "" {
		return k
	}
	if noun && p.trainDerailment(f.pred) {
		return "disaster"
	}
	if !noun && (p.vehicleAccident(f, f.pred) || p.vehicleStrikes(f, f.pred) || p.structureFails(f, f.pred) || p.waterBreaksOut(f, f.pred) || p.machineCrashes(f.pred)) {
		return "disaster"
	}
	if !noun && (first == "movement" || first == KindOther || first == "") && p.moneyObject(f.pred) {
		// "Customers withdrew $2 billion", "pulled $9 billion": money
		// moved is a transaction, not a retreat.
		return "transaction"
	}
	if !noun && measureVerbs[lemma] && p.measureObject(f.pred) {
		// "imposed a curfew", "lifted sanctions", "declared a state of
		// emergency": a measure decided, put in place or ended, not a
		// lifting or a saying.
		return KindAnnouncement
	}
	if o := p.dependentOf(f.pred, "obj"); !noun && lemma == "meet" && o >= 0 && strings.EqualFold(p.word(o).Form, "it") {
		return KindOther // "stayed to meet it" (the storm): no one is met
	}
	if !noun && lemma == "sit" && !p.hasDependent(f.pred, "compound:prt") {
		return KindOther // "Harbor City sit 17th in the league": a place held; "sat down" for talks is a meeting
	}
	if noun && lemma == "action" && p.hasModifier(f.pred, "industrial") {
		return "protest" // "industrial action": a strike
	}
	if noun && (lemma == "conference" || lemma == "briefing") && (p.hasModifier(f.pred, "news") || p.hasModifier(f.pred, "press")) {
		return KindStatement // "a news conference": someone speaks to reporters; no one meets
	}
	switch {
	case noun && lemma == "strike" && p.weaponStrike(f.pred):
		return "attack"
	case noun && lemma == "strike" && p.workStoppage(f.pred):
		return "protest"
	case noun && f.clause != f.pred && slices.Contains(kinds, KindMeeting) && p.convenes(f.clause):
		return KindMeeting // "held a session", "resumed the talks"
	case noun && lemma == "deal" && (p.concluded(f) || p.pactDeal(f.pred)):
		return "agreement" // "reached a pay deal", "sealed a deal", "a deal was signed", "accepted a pay deal": no sale
	case !noun && concludes(lemma) && p.anyIs(f.patients, p.isDeal):
		return "agreement" // "the two companies sealed a deal"
	case !noun && aspectual(lemma) && len(f.agents) > 0 && p.fireNoun(f.agents[0]) && !p.firedByWeapon(f.agents[0]):
		return "disaster" // "the blaze started near a rest stop", as "the fire began"
	case !noun && aspectual(lemma) && len(f.agents) > 0 && p.isEventWord(f.agents[0]):
		// "talks resumed", "the fighting continued": the event goes on.
		a := p.word(f.agents[0])
		for _, l := range []string{strings.ToLower(a.Form), strings.ToLower(a.Lemma)} {
			if k := wn.Kind(l, true); k != "" {
				return k
			}
		}
		return KindOther
	case !noun && lemma == "admit" && p.passive(f.pred),
		!noun && p.passive(f.pred) && wn.VerbClass(lemma) == "emotion":
		return KindOther // "were admitted to hospital"; "was deeply alarmed", "were shocked": a feeling, no warning or attack
	case !noun && (first == "attack" || first == "warning") && wn.VerbClass(lemma) == "emotion":
		// "the slap shocked the audience", "the ruling outraged fans",
		// "the move alarmed officials": the verb's first sense is the
		// feeling; its attack or warning is a rarer sense's.
		return KindOther
	case !noun && first == "agreement" && attests(lemma) && !p.anyIs(f.patients, p.isPact):
		return KindStatement // "officials confirmed 40 cases"; "confirmed the deal" stays an agreement
	case !noun && lemma == "call" && p.hasDependent(f.pred, "xcomp"):
		return KindStatement // "called the proposal a positive one" names it
	case !noun && lemma == "call" && p.namesWhat(f.pred):
		return KindStatement // "in what the president's office called an attempted coup" names it
	case !noun && lemma == "expect" && !p.asksToDo(f.pred):
		return KindOther // "the decision was widely expected": a forecast, no demand
	case !noun && lemma == "file" && (p.hasCase(f.pred, "for") || p.hasDependent(f.pred, "obj")):
		return "legal" // "filed a lawsuit", "filed for bankruptcy": a step of the law, no line of people
	case !noun && lemma == "poll":
		return KindOther // "economists polled by the newspaper": a survey, no election
	case !noun && lemma == "trap" && !p.anyIs(f.agents, p.isLawOfficer):
		return "disaster" // "14 miners were trapped underground": no arrest
	case !noun && lemma == "call" && p.hasCase(f.pred, "for"):
		return "demand" // "called for guarantees"
	case noun && lemma == "call" && p.asksFor(f.pred):
		return "demand" // "calls for his resignation", "calls to resign"
	case !noun && asksOfSomeone(lemma) && p.asksToDo(f.pred):
		return "demand" // "asked the prosecutor to examine the collapse"
	case !noun && p.electionOutcome(f, lemma):
		return "election" // "Labour has won 326 seats", "lost the primary"
	case !noun && outcomeVerb(lemma) && p.eventPatientKind(f) != "":
		// "won the election", "lost a confidence vote", "called a
		// strike": the verb says how the event went or that it was
		// set off; the event is the noun's.
		return p.eventPatientKind(f)
	case lemma == "detain" && p.anyIs(f.agents, p.isLawOfficer):
		return "arrest" // "police detained the captain for questioning"
	case lawActs[lemma] && p.anyIs(f.agents, p.isLawOfficer):
		return "legal" // "investigators searched the offices", "police opened an investigation"
	case !noun && p.verdict(f.pred):
		return "legal" // "the jury found him guilty", "pleaded not guilty"
	case noun && first == "legal" && p.countsIllness(f.pred):
		return KindOther // "40 cases of measles": a count of the sick, no court case
	case noun && p.fireNoun(f.pred) && !p.firedByWeapon(f.pred):
		return "disaster" // "the blaze", as "the fire" is
	case noun && first == "disaster" && p.firedByWeapon(f.pred):
		return "attack" // "artillery fire"
	case noun && first == "attack" && slices.Contains(kinds, "accusation") && p.chargeInLaw(f.pred):
		return "accusation" // "denied the charges", "faces the same charge"
	case noun:
		return first
	case first == "death" && len(f.patients) == 0 && p.anyIs(f.agents, p.isEventWord):
		return KindOther // "the truce expired", "the deal died": no one died
	case p.disasterKills(f, first) || p.anyIs(f.agents, p.isToll) || p.raisesToll(f) || p.deathsMove(f, lemma):
		return "death" // "the quake killed 48 people", "the death toll rose to 137", "stood at 58", "raising the toll to 19"
	case p.disasterActs(f, first):
		return "disaster"
	case slices.Contains(kinds, "dismissal") && p.anyIs(f.patients, p.mayBePerson):
		return "dismissal" // "fired the coach", "Olsen was fired"
	case personKinds[first] && len(f.patients) == 0 && !p.passive(f.pred) && p.anyIs(f.agents, p.isEventOrThing),
		personKinds[first] && p.anyIs(f.patients, p.isThing) && !p.anyIs(f.patients, p.isStaff):
		// Only people are appointed, hired or dismissed, alone or as a
		// team: "exchanged attacks" is no appointment, whatever the
		// word's first sense.
		for _, k := range kinds[1:] {
			if !personKinds[k] {
				return k
			}
		}
		return KindOther
	case slices.Contains(kinds, "accusation") && (p.hasCase(f.clause, "with", "of", "over") || p.anyIs(f.patients, p.mayBePerson)):
		if len(f.agents) == 0 && p.passive(f.clause) || p.anyIs(f.agents, p.isLawOfficer) {
			// "was charged with murder", "two men were charged",
			// "police charged him with fraud": a step of the law, not
			// someone's words.
			return "legal"
		}
		return "accusation" // "Russia accused Kyiv of sabotage"
	case lemma == "stand" && !p.hasDependent(f.pred, "compound:prt"):
		return KindOther // "the rate stands at 4.5 percent": a level held, no attack, whatever the word's first sense
	}
	if k := p.bareKind(f, lemma, first); k != "" {
		return k // "survivors were struggling", "raced against time to find", "jurors deliberated"
	}
	return first
}

// isEventOrThing reports whether word j names an event or a thing, which
// appoints, hires or dismisses no one: "the protest devolved into chaos".
func (p parsed) isEventOrThing(j int) bool {
	return p.isEventWord(j) || p.isThing(j)
}

// asksOfSomeone reports whether a verb asks its object for a deed when an
// infinitive follows: "asked", "requested", "pressed", "begged".
func asksOfSomeone(lemma string) bool {
	switch lemma {
	case "ask", "request", "press", "beg", "implore", "order", "command", "instruct", "direct":
		return true
	}
	return false
}

// asksToDo reports whether verb v has an infinitive with "to" under it
// ("asked the prosecutor to examine", however the parse hangs the
// prosecutor).
func (p parsed) asksToDo(v int) bool {
	for k := range p.s.Words {
		h := p.head(k)
		onObject := h >= 0 && p.head(h) == v && (p.rel(h) == "obj" || p.rel(h) == "iobj") && p.rel(k) == "acl"
		// "ordered the automaker to fix the cars", the infinitive read as
		// one of purpose (advcl) after the object
		afterObject := h == v && p.rel(k) == "advcl" && p.dependentOf(v, "obj") >= 0 && p.dependentOf(v, "obj") < k
		if (h == v && (p.rel(k) == "xcomp" || p.rel(k) == "ccomp") || onObject || afterObject) && p.hasToMark(k) {
			return true
		}
	}
	return false
}

// aspectual reports whether a verb tells that an event begins or goes
// on. One that ends it ("the war could end") tells of the end, an event
// of its own.
func aspectual(lemma string) bool {
	switch lemma {
	case "begin", "start", "resume", "continue":
		return true
	}
	return false
}

// attests reports whether a verb says that something is so: "confirm",
// "admit", "acknowledge".
func attests(lemma string) bool {
	switch lemma {
	case "confirm", "admit", "acknowledge":
		return true
	}
	return false
}

// isPact reports whether word j names what one agrees to: a deal, an
// offer, an appointment.
func (p parsed) isPact(j int) bool {
	if !p.isEventWord(j) {
		return false
	}
	switch wn.Kind(strings.ToLower(p.word(j).Lemma), true) {
	case "agreement", "proposal", "transaction", "appointment":
		return true
	}
	return false
}

// outcomeVerb reports whether a verb with an event for its object is that
// event's outcome or its calling: "won the vote", "called an election".
// Verbs that end, delay or block an event ("ended the war") are events of
// their own.
func outcomeVerb(lemma string) bool {
	switch lemma {
	case "win", "lose", "call":
		return true
	}
	return false
}

// eventPatientKind returns the kind of f's first patient when it is an
// event noun with a kind other than other, else "".
func (p parsed) eventPatientKind(f frame) string {
	if len(f.patients) == 0 {
		return ""
	}
	j := f.patients[0]
	if p.word(j).UPOS != "NOUN" || !eventNoun(strings.ToLower(p.word(j).Lemma)) {
		return ""
	}
	if k := wn.Kind(strings.ToLower(p.word(j).Lemma), true); k != KindOther && k != "" {
		return k
	}
	return ""
}

// convenes reports whether light verb v is one that holds a meeting.
func (p parsed) convenes(v int) bool {
	switch strings.ToLower(p.word(v).Lemma) {
	case "hold", "host", "begin", "start", "resume", "chair", "convene", "attend", "open":
		return true
	}
	return false
}

// concludes reports whether a light verb concludes a deal: "reached",
// "signed", "sealed", "struck" a deal is an agreement made, whatever the
// deal is about.
func concludes(lemma string) bool {
	switch strings.ToLower(lemma) {
	case "reach", "sign", "seal", "strike", "clinch", "conclude", "broker", "agree", "finalise", "finalize":
		return true
	}
	return false
}

// concluded reports whether deal noun f is the object of a verb that
// concludes it, or of such a light verb.
func (p parsed) concluded(f frame) bool {
	if f.clause != f.pred {
		return concludes(p.word(f.clause).Lemma)
	}
	h := p.head(f.pred)
	return h >= 0 && (p.rel(f.pred) == "obj" || p.word(f.pred).Deprel == "nsubj:pass") && concludes(p.word(h).Lemma)
}

// isDeal reports whether word j names an agreement one concludes.
func (p parsed) isDeal(j int) bool {
	switch strings.ToLower(p.word(j).Lemma) {
	case "deal", "agreement", "accord", "settlement", "compromise", "pact", "treaty":
		return true
	}
	return false
}

// raisesToll reports whether frame f moves a toll of the dead, done by
// no one or by a thing or an event: "a dam burst, raising the death toll
// to 19". When someone puts the toll somewhere ("the agency put the death
// toll at 48"), that is their statement.
func (p parsed) raisesToll(f frame) bool {
	if !p.anyIs(f.patients, p.isToll) {
		return false
	}
	for _, a := range f.agents {
		if !p.isThing(a) && !p.isEventWord(a) {
			return false
		}
	}
	return true
}

// isThing reports whether word j is a common noun WordNet knows for
// something other than people: "attacks", "views", "missiles".
func (p parsed) isThing(j int) bool {
	w := p.word(j)
	if w.UPOS != "NOUN" || p.actorAt(j) >= 0 {
		return false
	}
	if j+1 < len(p.s.Words) {
		if n := p.word(j + 1); n.UPOS == "NOUN" || n.UPOS == "VERB" && n.XPOS != "VBD" && n.XPOS != "VBZ" && n.XPOS != "VBP" {
			return false // "high-level negotiating teams" parsed apart: a modifier, not the object
		}
	}
	switch wn.NounClass(strings.ToLower(w.Lemma)) {
	case "", "person", "group":
		return false
	}
	return true
}

// hasCase reports whether word v has an oblique introduced by one of the
// prepositions.
func (p parsed) hasCase(v int, preps ...string) bool {
	for k := range p.s.Words {
		if p.head(k) == v && p.rel(k) == "obl" && slices.Contains(preps, p.caseOf(k)) {
			return true
		}
	}
	return false
}

// oblique reports whether verb v has an oblique of preposition prep whose
// noun is lemma: "fell to his death", "placed on leave", "goes on trial".
func (p parsed) oblique(v int, prep, lemma string) bool {
	for k := range p.s.Words {
		if p.head(k) == v && p.rel(k) == "obl" && p.caseOf(k) == prep && strings.EqualFold(p.word(k).Lemma, lemma) {
			return true
		}
	}
	return false
}

// personKinds are the kinds whose patient is a person.
var personKinds = map[string]bool{"appointment": true, "dismissal": true, "hiring": true}

// undergoerKinds are the kinds whose event noun's possessor is the one it
// befalls, not its doer: "Dahl's arrest", "her appointment".
var undergoerKinds = map[string]bool{"appointment": true, "dismissal": true, "hiring": true, "arrest": true}

// hasModifier reports whether noun n has an adjective or noun modifier of
// lemma l.
func (p parsed) hasModifier(n int, l string) bool {
	for k := range p.s.Words {
		if p.head(k) == n && (p.rel(k) == "amod" || p.rel(k) == "compound") && strings.EqualFold(p.word(k).Lemma, l) {
			return true
		}
	}
	return false
}
