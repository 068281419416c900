package extract

import (
	"slices"
	"strings"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// Some words' kinds hang on one argument more than on their senses'
// order: "claimed responsibility" is something said, "an attempt" an
// attack only on someone, "fight the ruling" no fighting, "were
// released" no statement.

// wordKind returns the kind that predicate f's word takes by its
// arguments, or "" when its senses decide.
func (p parsed) wordKind(f frame, lemma string, noun bool) string {
	if k := p.actKind(f, lemma, noun); k != "" {
		return k
	}
	switch {
	case !noun && (lemma == "fall" || lemma == "take" || lemma == "become") && p.fallsIll(f.pred),
		!noun && lemma == "fight" && p.oblique(f.pred, "for", "life"):
		return KindOther // "fell ill", "was taken ill", "are fighting for their lives": an illness, no fall or fight
	case !noun && lemma == "demonstrate" && (p.hasDependent(f.pred, "obj") || p.hasDependent(f.pred, "ccomp")):
		return KindOther // "their response demonstrated disdain", "demonstrated that it works": shown, no protest
	case !noun && (lemma == "kill" || lemma == "shoot" || lemma == "hang") && p.reflexiveObject(f.pred):
		return "death" // "killed himself in his cell": a suicide, no attack on anyone
	case !noun && p.policeCapture(f, lemma):
		return "arrest" // "police captured two of the inmates": held, not attacked (kindcapture.go)
	case !noun && p.namedAsPerson(f.pred):
		return KindStatement // "named the three as Viktor Sand, …": who they are, no post (kindidentify.go)
	case !noun && lemma == "leave" && p.leftState(f.pred) >= 0:
		return KindOther // "has left commuters stranded": a state brought about, no one going away (resultative.go)
	case !noun && lemma == "suffer":
		return KindOther // "is suffering its worst crisis": what befell, no agreement borne
	case !noun && lemma == "bear" && strings.EqualFold(p.word(f.pred).Form, "born"):
		return KindOther // "born in Prague in 1941": a birth, no agreement borne
	case !noun && (lemma == "take office" || lemma == "take" && p.takesOffice(f)):
		return "appointment" // "took office as president", "was sworn in": the start of a term
	case !noun && strings.HasPrefix(lemma, "re-") && len(wn.Kinds(lemma, false)) == 0 && len(wn.Kinds(lemma[3:], false)) > 0:
		return wn.Kinds(lemma[3:], false)[0] // "was re-elected" is elected again
	case !noun && (lemma == "pour" || lemma == "flood" || lemma == "pour in" || lemma == "flood in") && p.anyIs(f.agents, p.saidThing):
		return KindStatement // "tributes poured in": words, not a crowd gathering
	case !noun && (lemma == "offer" || lemma == "extend" || lemma == "express" || lemma == "send" || lemma == "pay") && p.anyIs(f.patients, p.courtesy):
		return KindStatement // "offered his condolences", "extended thanks", "paid tribute": words said, no offer made
	case !noun && (lemma == "beat" || lemma == "defeat" || lemma == "thrash") && p.score(f.pred):
		return KindOther // "beat Eastport 2-1": a result, no blow struck
	case !noun && naming[lemma] && (p.namesAs(f.pred) || p.namedInQuotes(f.pred)):
		// "called the vote a political ambush": words about the vote, no
		// vote called; "called the expulsions \"totally unacceptable\"":
		// quoted words name them, however the parse hangs them.
		return KindStatement
	case !noun && (lemma == "meet" || lemma == "satisfy") && len(f.patients) > 0 && !slices.ContainsFunc(f.patients, func(j int) bool { return !p.isThing(j) }):
		return KindOther // "the tower had met the seismic code": a standard met, no meeting
	case !noun && p.oblique(f.pred, "to", "death"):
		return "death" // "fell to his death", "was stabbed to death"
	case noun && wn.Kind(lemma, true) == KindRejection && slices.Contains(wn.Verbs(lemma), lemma) && wn.Kind(lemma, false) != "" && !speechKind(wn.Kind(lemma, false)):
		// A noun of rejection whose own verb rejects nothing in words
		// is that verb's deed: "the escape" is the escaping, a movement,
		// not an evasion.
		return wn.Kind(lemma, false)
	case !noun && (lemma == "suspend" && p.anyIs(f.patients, p.isStaff) || (lemma == "place" || lemma == "put") && p.oblique(f.pred, "on", "leave")):
		return "dismissal" // "was suspended from office", "was placed on administrative leave": out of the post for now
	case (lemma == "acquire" || lemma == "acquisition") && p.acquiresHolding(f.pred, noun),
		!noun && lemma == "take over" && p.takesOverFirm(f):
		return "transaction" // "acquired Activision Blizzard", "the acquisition", "took over its rival": a company bought, not a taste acquired
	case !noun && (lemma == "hit" || lemma == "strike") && p.weaponHits(f):
		return "attack" // "two missiles hit the cruiser", "was hit by two missiles": a blow of weapons
	case !noun && lemma == "commission" && p.thingDone(f):
		return KindOther // "a cruiser commissioned in 1983", "commissioned a report": put in service or ordered, no one agreed
	case !noun && lemma == "sign" && p.anyIs(f.patients, p.isDecree):
		return KindAnnouncement // "signed an executive order", "signed a decree": a measure decreed, no one agreed with anyone
	case !noun && lemma == "claim":
		return KindStatement // "claimed responsibility", "claimed that …": said, not demanded
	case !noun && lemma == "try" && p.hasDependent(f.pred, "xcomp"):
		return KindOther // "will try to sell them": an attempt, no trial
	case !noun && (lemma == "find" || lemma == "discover") && p.foundDead(f.pred):
		return "death" // "a woman was found dead in her home": a death, whoever found her
	case !noun && p.stopsWork(f.pred):
		return "protest" // "voted to strike over pay", "walked out": a stoppage, no blow
	case !noun && lemma == "vote" && p.votedToDo(f.pred) >= 0:
		// "the council voted to sue him", "workers voted to strike": a
		// decision to do what the infinitive says, no election.
		if p.stopsWork(p.votedToDo(f.pred)) {
			return "protest"
		}
		if kind := wn.Kind(strings.ToLower(p.word(p.votedToDo(f.pred)).Lemma), false); kind != "" {
			return kind
		}
		return KindOther
	case noun && lemma == "attempt" && !p.hasNominal(f.pred, "on"):
		return KindOther // "an earlier attempt failed"; "an attempt on his life" is an attack
	case !noun && lemma == "run" && p.untimedObject(f.pred):
		return KindOther // "computers running Windows", "the firm that runs the block": operated, no one ran
	case !noun && lemma == "fight" && p.anyIs(f.patients, p.contested):
		return KindOther // "we will fight the decision": contested, not attacked
	case !noun && (lemma == "fight" || lemma == "battle") && p.anyIs(f.patients, p.isDisaster):
		return KindOther // "firefighters fought the blaze": put out, no one attacked
	case !noun && lemma == "charge" && !p.hasDependent(f.pred, "obj") && !p.hasCase(f.pred, "at", "into", "toward", "towards", "through"):
		return "legal" // "Ferry captain charged after deadly sinking": a charge with no target is the law's
	case (lemma == "fall" || lemma == "fell" && !p.hasDependent(f.pred, "obj")) && p.anyIs(f.agents, p.isThing) && (noun || !p.structureFails(f, f.pred)),
		marketMoves[lemma] && !noun && p.anyIs(f.agents, p.isFigure),
		// A measured change is a figure's whatever its subject's tag
		// ("Revenue declined 12 percent", the first word read as a name).
		marketMoves[lemma] && !noun && p.measured(f.pred) && !p.anyIs(f.agents, p.countsPeople):
		// ("fell" with no object is "fall", which the tagger may
		// even read as a noun after "profit".)
		return "movement" // "its annual profit fell by 40 percent": no one died; "shares jumped 24 percent": no one attacked
	case !noun && lemma == "sweep" && p.hasCase(f.pred, "into", "through", "across", "over") && !p.anyIs(f.agents, p.isDisaster):
		return "movement" // "fighters swept into Kabul": a way gone, no clean sweep of a series (a fire sweeping through is the fire's)
	case inquiries[lemma]:
		// an impeachment is a formal proceeding, not a word of blame
		return "legal" // "opened an in-depth investigation", "regulators are investigating": the authorities' step
	case !noun && wn.Kind(lemma, false) == "death" && len(f.patients) > 0 && !slices.ContainsFunc(f.patients, func(j int) bool { return !p.isThing(j) }):
		if p.anyIs(f.agents, p.isDisaster) {
			return "disaster" // "the wildfire has destroyed 112 homes"
		}
		return KindOther // "40 homes have been destroyed": damage, no one died
	case noun && wn.NounClass(lemma) == "phenomenon" && tellingKinds[wn.Kind(lemma, true)] &&
		!slices.ContainsFunc(wn.Verbs(lemma), func(v string) bool { return wn.VerbClass(v) == "communication" }):
		return KindOther // "strong winds": the weather, not a later sense's empty talk
	case !noun && cutsJobs(lemma) && p.anyIs(f.patients, p.isJobs):
		return "dismissal" // "will cut 3,000 jobs": a lay-off
	case !noun && (lemma == "appeal" || lemma == "challenge") && p.anyIs(f.patients, p.courtsWord):
		return "legal" // "appealed the verdict": a step of the law, whoever takes it
	case !noun && sanctions[lemma] && p.anyIs(f.patients, p.isStaff):
		return "legal" // "banned the sprinter for four years", "fined the club": a penalty, no law passed
	case !noun && sanctionChanges[lemma] && p.anyIs(f.patients, p.penaltyWord):
		return "legal" // "reduced her doping ban to two years", "upheld the suspension": a ruling, no cut in staff
	case !noun && (lemma == "jail" || lemma == "imprison") && p.forTime(f.pred):
		return "legal" // "jailed for six years": a sentence, no arrest
	case !noun && gathers(lemma) && p.anyIs(f.agents, p.protesters):
		return "protest" // "protesters gathered outside the courthouse"
	case noun && lemma != "release" && slices.Contains(wn.Kinds(lemma, true), "dismissal") && p.ofPeople(f):
		return "dismissal" // "his dismissal", "the dismissal of the coach": no case thrown out of court
	case noun && lemma == "release" && (p.releasesPeople(f.pred) || p.releasedPossessor(f)):
		return KindOther // "the release of the hostages", "Griner's release": freed, no statement
	case !noun && (lemma == "welcome" || lemma == "hail" || lemma == "applaud") && p.anyIs(f.patients, p.isEventWord):
		return KindStatement // "welcomed the release": a word of praise, no one welcomed in
	case !noun && (lemma == "release" || lemma == "free") && p.anyIs(f.patients, p.freedPeople):
		return KindOther // "three aid workers were released", "released four of them": freed, no statement
	}
	return ""
}

// speechKind reports whether kind is one of saying: a telling or a
// rejection.
func speechKind(kind string) bool { return tellingKinds[kind] || kind == KindRejection }

// marketMoves are the verbs that say how a price or a figure moved.
var marketMoves = set("jump surge soar climb rise slump plunge tumble drop sink slide dip rally spike crash decline slip")

// countsPeople reports whether subject j is a person or a count of
// people or deaths: "the death toll rose to 137", "deaths from the storm
// rose to 137" are deaths, no market's move.
func (p parsed) countsPeople(j int) bool {
	l := strings.ToLower(p.word(j).Lemma)
	return p.isPerson(j) || l == "toll" || wn.Kind(l, true) == "death" || wn.NounClass(l) == "person"
}

// inquiries are the words of an inquiry into something, and of an
// impeachment, a formal proceeding rather than a word of blame.
var inquiries = set("investigation inquiry enquiry probe investigate impeach impeachment")

// isFigure reports whether noun j names what a market or a count moves:
// "Baltmar shares", "prices", "the index", "inflation" (a thing, whoever
// it belongs to).
func (p parsed) isFigure(j int) bool {
	w := p.word(j)
	if w.UPOS != "NOUN" || strings.EqualFold(w.Lemma, "toll") {
		return false // a death toll that rises is deaths
	}
	switch wn.NounClass(strings.ToLower(w.Lemma)) {
	case "possession", "quantity", "attribute", "relation", "process", "state":
		return true
	}
	return false
}

// ofPeople reports whether event noun f.pred is someone's: a possessor
// or an "of" phrase that names a person or people.
func (p parsed) ofPeople(f frame) bool {
	if f.possessor >= 0 && p.isStaff(f.possessor) {
		return true
	}
	return p.releasesPeople(f.pred)
}

// releasesPeople reports whether noun n is the release of people: "the
// release of the hostages".
func (p parsed) releasesPeople(n int) bool {
	for k := range p.s.Words {
		if p.head(k) == n && p.rel(k) == "nmod" && p.caseOf(k) == "of" && p.isStaff(k) {
			return true
		}
	}
	return false
}

// releasedPossessor reports whether the possessor of release noun f is
// a person, the one freed: "Griner's release", "his release".
func (p parsed) releasedPossessor(f frame) bool {
	return f.possessor >= 0 && p.isPerson(f.possessor)
}

// courtsWord reports whether noun j names what a court decides: "the
// verdict", "the ruling", "his conviction".
func (p parsed) courtsWord(j int) bool {
	switch strings.ToLower(p.word(j).Lemma) {
	case "verdict", "ruling", "conviction", "sentence", "judgment", "judgement", "decision", "acquittal":
		return true
	}
	return false
}

// penaltyWord reports whether noun j names a penalty a court or a
// governing body sets: "her doping ban", "the suspension", "his sentence".
func (p parsed) penaltyWord(j int) bool {
	switch strings.ToLower(p.word(j).Lemma) {
	case "ban", "suspension", "sentence", "penalty", "fine", "disqualification":
		return true
	}
	return false
}

// sanctions punish the one they fall on; sanctionChanges rule on a
// penalty set before.
var (
	sanctions       = set("ban bar disqualify fine")
	sanctionChanges = set("reduce cut halve uphold overturn quash extend increase lengthen shorten annul")
)

// takesOffice reports whether "take" has an office for its object: "took
// office", "took the oath of office", "took power".
func (p parsed) takesOffice(f frame) bool {
	for _, o := range f.patients {
		switch strings.ToLower(p.word(o).Lemma) {
		case "office", "oath", "power", "helm", "reins":
			return true
		}
	}
	return false
}

// courtesy reports whether noun j names words of courtesy one offers or
// sends: "condolences", "thanks", "an apology", "tribute".
func (p parsed) courtesy(j int) bool {
	switch strings.ToLower(p.word(j).Lemma) {
	case "condolence", "condolences", "sympathy", "sympathies", "apology", "apologies", "congratulation",
		"congratulations", "thanks", "tribute", "tributes", "prayer", "prayers", "greeting", "greetings", "regret", "regrets":
		return true
	}
	return false
}

// saidThing reports whether noun j names something said: "tributes",
// "messages", "condolences".
func (p parsed) saidThing(j int) bool {
	return p.word(j).UPOS == "NOUN" && wn.NounClass(strings.ToLower(p.word(j).Lemma)) == "communication"
}

// score reports whether a match score ("2-1", "3-0") hangs on verb v's
// phrase: a number, a dash and a number.
func (p parsed) score(v int) bool {
	for k := 0; k+2 < len(p.s.Words); k++ {
		if p.word(k).UPOS == "NUM" && (p.word(k+1).Form == "-" || p.word(k+1).Form == "–") && p.word(k+2).UPOS == "NUM" && p.dominates(v, k) {
			return true
		}
	}
	return false
}

// cutsJobs reports whether a verb takes away what it acts on.
func cutsJobs(lemma string) bool {
	switch lemma {
	case "cut", "slash", "shed", "eliminate", "axe", "lay off", "scrap":
		return true
	}
	return false
}

// isJobs reports whether noun j names jobs or the people who hold them.
func (p parsed) isJobs(j int) bool {
	switch strings.ToLower(p.word(j).Lemma) {
	case "job", "post", "position", "role", "staff", "worker", "employee", "workforce", "workplace":
		return true
	}
	return false
}

// gathers reports whether a verb brings people together in one place.
func gathers(lemma string) bool {
	switch lemma {
	case "gather", "assemble", "rally", "march", "converge", "mass", "congregate":
		return true
	}
	return false
}

// protesters reports whether word j names people who protest.
func (p parsed) protesters(j int) bool {
	switch strings.ToLower(p.word(j).Lemma) {
	case "protester", "protestor", "demonstrator", "activist", "marcher", "striker":
		return true
	}
	return false
}

// forTime reports whether verb v has a "for" phrase of a length of time:
// "jailed for six years".
func (p parsed) forTime(v int) bool {
	for k := range p.s.Words {
		if p.head(k) == v && p.rel(k) == "obl" && p.caseOf(k) == "for" && timeUnit(p.word(k).Lemma) {
			return true
		}
	}
	return false
}

// contested reports whether noun j names what one may fight without
// arms: a decision, a charge, a plan, a crime ("fight the ruling", "fight
// corruption"), not a battle or forces.
func (p parsed) contested(j int) bool {
	w := p.word(j)
	if w.UPOS != "NOUN" || p.actorAt(j) >= 0 {
		return false
	}
	switch l := strings.ToLower(w.Lemma); l {
	case "battle", "war", "fight", "campaign", "offensive", "attack", "insurgency", "rebellion":
		return false
	default:
		switch wn.NounClass(l) {
		case "act", "communication", "cognition":
			return true
		}
	}
	return false
}

// hasNominal reports whether noun n has a phrase introduced by prep under
// it: "an attempt on his life".
func (p parsed) hasNominal(n int, prep string) bool {
	for k := range p.s.Words {
		if p.head(k) == n && p.rel(k) == "nmod" && p.caseOf(k) == prep {
			return true
		}
	}
	return false
}

// votedToDo returns the infinitive that says what vote v decided ("voted
// to sue him", "voted on Monday to close the plant"), or -1.
func (p parsed) votedToDo(v int) int {
	for k := v + 1; k < len(p.s.Words); k++ {
		if p.head(k) != v || p.word(k).UPOS != "VERB" || p.rel(k) != "xcomp" && p.rel(k) != "advcl" {
			continue
		}
		for j := v + 1; j < k; j++ {
			if p.head(j) == k && p.rel(j) == "mark" && strings.EqualFold(p.word(j).Form, "to") {
				return k
			}
		}
	}
	return -1
}

// foundDead reports whether verb v finds someone dead: "was found dead",
// "found the man dead in his car".
func (p parsed) foundDead(v int) bool {
	for k := v + 1; k < len(p.s.Words); k++ {
		if p.head(k) == v && p.rel(k) == "xcomp" {
			switch strings.ToLower(p.word(k).Lemma) {
			case "dead", "lifeless":
				return true
			}
		}
	}
	return false
}

// thingDone reports whether what verb f.pred is done to is a thing, not
// people or a body: "a cruiser commissioned in 1983" (read by WordNet's
// class, since the tagger makes the participle after the noun part of
// it, which isThing refuses).
func (p parsed) thingDone(f frame) bool {
	return len(f.patients) > 0 && !slices.ContainsFunc(f.patients, func(j int) bool {
		w := p.word(j)
		switch wn.NounClass(strings.ToLower(w.Lemma)) {
		case "", "person", "group":
			return true
		}
		return w.UPOS != "NOUN" || p.actorAt(j) >= 0
	})
}

// isDecree reports whether word j names an order one authority gives
// alone: "an executive order", "a decree".
func (p parsed) isDecree(j int) bool {
	switch strings.ToLower(p.word(j).Lemma) {
	case "order", "decree", "edict", "proclamation", "ordinance", "directive":
		return p.word(j).UPOS == "NOUN"
	}
	return false
}

// reflexiveObject reports whether verb v's object is a reflexive pronoun:
// "killed himself".
func (p parsed) reflexiveObject(v int) bool {
	o := p.dependentOf(v, "obj")
	return o >= 0 && strings.Contains(p.word(o).Feats, "Reflex=Yes")
}
