package extract

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/language"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// rekind corrects the trigger lexicon's events by the parse: their kind,
// as pickKind does for the events it reads (an earthquake that "struck"
// is no attack), and their doers; and it drops those the lexicon read
// wrong in ways only the parse shows, for the parse to read after.
func (x *extractor) rekind(sents []language.Sentence) {
	kept := x.res.Events[:0]
	at := make([]int, len(x.res.Events)) // an event's new index, -1 when dropped
	var read parsed                      // the sentence last read
	for i := range x.res.Events {
		ev := &x.res.Events[i]
		t := ev.Mention.Trigger
		at[i] = len(kept)
		if t == nil {
			kept = append(kept, *ev)
			continue
		}
		p, w, ok := parsedWordAt(x, sents, t.Start)
		if ok {
			if p.s != read.s {
				read = x.parse(p.s) // its time expressions, once a sentence
			}
			p = read
		}
		if ok && (p.consequenceParticiple(w) || x.datedByAnother(p, w, ev) || x.participleOfAnother(p, w, ev) || x.relativeOfAnother(p, w, ev) || p.nounModifierDoer(w, ev) || p.nounForVerb(w, ev) || x.objectOfAnother(p, w, ev) ||
			p.rel(w) == "case" || p.rel(w) == "mark" || ev.Kind == "attack" && p.workStoppage(w) || p.inCollocation(w) || p.labelParticiple(w)) {
			// The lexicon's word-order reading takes the main clause's
			// subject and mood for it ("investigators recovered the
			// recorders of a plane that crashed, killing 47"), a date
			// or a doer of another event's, or a preposition for a verb
			// ("following Saturday's defeat"), or a strike of workers
			// for one of bombs, or the noun of a verb's idiom ("set
			// fire to brush" is no blaze), or a label ("a worker named
			// Anna Berg"): the parse, read after, has
			// whose clause it closes and which sense its words give.
			at[i] = -1
			continue
		}
		kept = append(kept, *ev)
		ev = &kept[len(kept)-1]
		if !ok || p.word(w).UPOS != "VERB" {
			continue
		}
		f := frame{pred: w, clause: w}
		p.arguments(&f, false)
		if p.objectControlled(w) && x.otherAgent(p, w, ev) {
			// "criticised the organisers for allowing him to remain and
			// accept his award": the word order gave the object's deed
			// the main clause's subject; the parse's doer, if named,
			// takes its place (fillFromParse).
			ev.Actors = slices.DeleteFunc(ev.Actors, func(q timeline.Participant) bool { return q.Role == timeline.RoleAgent })
			if sum := p.summary(f); sum != "" {
				ev.Summary = sum
			}
		}
		switch {
		case p.disasterKills(f, wn.Kind(strings.ToLower(p.word(w).Lemma), false)),
			ev.Kind == "attack" && len(f.agents) == 0 && p.passive(w) && wn.Kind(strings.ToLower(p.word(w).Lemma), false) == "death":
			// "two workers were killed": with no one named who killed
			// them, what is told is their death.
			ev.Kind = "death"
		case p.disasterActs(f, ev.Kind):
			ev.Kind = "disaster"
		case p.wordKind(f, strings.ToLower(p.word(w).Lemma), false) != "":
			ev.Kind = p.wordKind(f, strings.ToLower(p.word(w).Lemma), false) // "would fight the decision": no attack
			if p.receives(f, strings.ToLower(p.word(w).Lemma)) {
				ev.Trigger = receptionTrigger
			}
			if p.namesAs(w) || p.fallsIll(w) {
				// "would call Putin a dictator": the lexicon read a
				// phone call and summed it up as one; "fell ill" a
				// fall, summed up without the illness.
				if sum := p.summary(f); sum != "" {
					ev.Summary = sum
				}
			}
		case p.senseKind(f, strings.ToLower(p.word(w).Lemma), false) != "":
			ev.Kind = p.senseKind(f, strings.ToLower(p.word(w).Lemma), false) // "would fight the suit", "would lead the talks": the trigger list's sense is not meant
		case measureVerbs[strings.ToLower(p.word(w).Lemma)] && p.measureObject(w):
			ev.Kind = KindAnnouncement // "declared a state of emergency": a measure, not a saying
			if sum := p.summary(f); sum != "" && ev.Speaker < 0 {
				// Summed up as a saying, it ran on to the sentence's end:
				// "declared a state of emergency … on Tuesday as the fire".
				ev.Summary = sum
			}
		case lawActs[strings.ToLower(p.word(w).Lemma)] && ev.Kind != "arrest" && p.anyIs(f.agents, p.isLawOfficer),
			ev.Kind == "attack" && seizures[strings.ToLower(p.word(w).Lemma)] && p.valuablesObject(w):
			// "regulators seized the bank", "the department seized 63.7
			// bitcoin": a step of the law, no attack
			ev.Kind = "legal"
		case ev.Kind == KindStatement && asksOfSomeone(strings.ToLower(p.word(w).Lemma)) && p.asksToDo(w):
			ev.Kind = "demand"
		case ev.Kind == "agreement" && attests(strings.ToLower(p.word(w).Lemma)) && !p.anyIs(f.patients, p.isPact) && !p.passive(w):
			ev.Kind = KindStatement // "officials confirmed 40 cases"
		}
		if ev.Status == timeline.Hypothetical && p.hasAuxForm(w, "would") && p.reportedBy(w) && p.status(w) == timeline.Planned {
			// "called the vote an ambush and said he would fight the
			// charges": the lexicon missed the saying the parse finds,
			// before which "would" is the future seen from the past.
			ev.Status = timeline.Planned
			if sum := p.summary(f); sum != "" {
				ev.Summary = sum
			}
		}
		if (ev.Status == timeline.Occurred || ev.Status == timeline.Reported) && p.deniedBy(w) {
			ev.Status = timeline.Denied // the lexicon's segments lost the denial across "on Wednesday"
		}
		if (ev.Status == timeline.Occurred || ev.Status == timeline.Reported) && p.mandated(w) {
			// "will recommend that shareholders accept the offer": the
			// lexicon read the subjunctive as told, "accepted".
			ev.Status = timeline.Hypothetical
			if sum := p.summary(f); sum != "" {
				ev.Summary = sum
			}
		}
		if (ev.Status == timeline.Occurred || ev.Status == timeline.Reported) && p.stillToCome(w) {
			// "until parliament approves a new government": the
			// lexicon reads the present as told of today.
			ev.Status = timeline.Expected
		}
		if ev.Status == timeline.Denied && p.conjOfDenial(w) {
			// "denied wrongdoing and blamed a supplement": she blamed it,
			// told directly, not as what she denied.
			ev.Status, ev.Speaker = timeline.Occurred, -1
			if sum := p.summary(f); sum != "" {
				ev.Summary = sum
			}
		}
		if ev.Speaker >= 0 && ev.Speaker < i && p.conjOfSaying(w, kept, at[ev.Speaker]) {
			freeFromSaying(ev)
		}
		if p.backgroundRelative(w) {
			ev.Salience = min(ev.Salience, bareSalience)
		}
		x.fillFromParse(ev, p, f)
		if len(ev.Actors) == 0 && (len(ev.Places) == 0 || ev.When == nil) {
			// The parse took away every participant the word order
			// gave: what is left is read as the parse's own events are.
			ev.Salience = min(ev.Salience, bareSalience)
		}
	}
	clear(x.res.Events[len(kept):])
	x.res.Events = kept
	x.renumber(at)
}

// renumber makes the events' speakers and the links, which name events by
// index, name them by their indexes after some were dropped (at[i] is
// event i's new index, -1 for a dropped one, whose links go with it).
func (x *extractor) renumber(at []int) {
	for i := range x.res.Events {
		if s := x.res.Events[i].Speaker; s >= 0 {
			x.res.Events[i].Speaker = at[s]
		}
	}
	links := x.res.Links[:0]
	for _, l := range x.res.Links {
		if at[l.From] >= 0 && at[l.To] >= 0 {
			l.From, l.To = at[l.From], at[l.To]
			links = append(links, l)
		}
	}
	x.res.Links = links
}

// fillFromParse names the agent and the patients the parse finds for a
// trigger lexicon's event that the token rules left out: they lose a
// subject after a clause word ("a day after Vasko accepted Aldria's
// offer") and an object before a clause ("had warned the government in
// 2023 that the fault was overdue").
func (x *extractor) fillFromParse(ev *EventMention, p parsed, f frame) {
	has := func(id string) bool {
		return slices.ContainsFunc(ev.Actors, func(q timeline.Participant) bool { return q.ID == id })
	}
	if len(ev.Actors) > 0 && ev.Actors[0].Role == timeline.RoleAgent && p.sharesPassive(f.pred) && !p.hasDependent(f.pred, "obl:agent") {
		// "were released on Tuesday and flown to the capital": the
		// word order took the passive's subject for the doer.
		ev.Actors[0].Role = timeline.RolePatient
		if sum := p.summary(f); sum != "" {
			ev.Summary = sum
		}
	}
	if p.dropThingModifier(ev, f) {
		if sum := p.summary(f); sum != "" {
			ev.Summary = sum // "the James Webb telescope observed", not "James Webb observed"
		}
	}
	if h := p.relativeHead(f.pred); h >= 0 && len(f.patients) > 0 && f.patients[0] == h && !strings.Contains(ev.Summary, p.word(h).Form) {
		// "snags he blamed on Hamas": the word order found no object
		// after the verb; the noun the clause modifies is it.
		if sum := p.summary(f); sum != "" {
			ev.Summary = sum
		}
	}
	if ev.Speaker < 0 && p.doerInConjunctsObject(ev, f) {
		// "Officials said the release followed talks with the
		// government, but denied that a ransom had been paid": the
		// word order took a name in the first verb's object for the
		// second's doer, which shares the first's subject.
		ev.Actors = slices.DeleteFunc(ev.Actors, func(q timeline.Participant) bool { return q.Role == timeline.RoleAgent })
		if sum := p.summary(f); sum != "" {
			ev.Summary = sum
		}
		if len(ev.Actors) == 0 {
			ev.Salience = min(ev.Salience, bareSalience) // no one named: as the parse's events
		}
	}
	// A reported event's doer may have been made a participant on purpose
	// (see emit): only one told directly takes the parse's agent.
	if ev.Speaker < 0 && !slices.ContainsFunc(ev.Actors, func(q timeline.Participant) bool { return q.Role == timeline.RoleAgent }) {
		for _, a := range f.agents {
			if ref := p.actorAt(a); ref >= 0 && !p.namesThing(a) {
				id := x.id(ref)
				ev.Actors = slices.DeleteFunc(ev.Actors, func(q timeline.Participant) bool { return q.ID == id })
				ev.Actors = slices.Insert(ev.Actors, 0, timeline.Participant{ID: id, Role: timeline.RoleAgent})
				break
			}
		}
	}
	for _, j := range f.patients {
		if ref := p.actorAt(j); ref >= 0 && !has(x.id(ref)) && x.actors[ref].Kind != timeline.Place {
			ev.Actors = append(ev.Actors, timeline.Participant{ID: x.id(ref), Role: timeline.RolePatient})
		}
	}
	if ev.Speaker < 0 && len(f.agents) > 0 && p.word(f.agents[0]).UPOS == "NOUN" && !p.passive(f.pred) &&
		!slices.ContainsFunc(ev.Actors, func(q timeline.Participant) bool { return q.Role == timeline.RoleAgent }) {
		// A doer the word-order reading missed and no actor names ("A
		// group of army officers seized the broadcaster"): without it
		// the summary read "Attack in Port Selim", as if nobody did it.
		if sum := p.summary(f); sum != "" {
			ev.Summary = sum
		}
	}
}

// doerInConjunctsObject reports whether ev's doer, as the word order
// read it, is named inside the object or complement of the verb that
// verb w (f.pred) is the conjunct of, while w has no subject of its own.
func (p parsed) doerInConjunctsObject(ev *EventMention, f frame) bool {
	w := f.pred
	h := p.head(w)
	if h < 0 || p.rel(w) != "conj" || !p.hasDependent(w, "cc") || len(ev.Actors) == 0 || ev.Actors[0].Role != timeline.RoleAgent ||
		p.hasDependent(w, "nsubj") || p.hasDependent(w, "nsubj:pass") || !p.hasDependent(h, "nsubj") {
		return false // a conjunct with no "and" or "but" is as often a misread apposition or quote
	}
	for ref, m := range p.x.actors {
		if m.Start < p.s.Span.Start || m.End > p.s.Span.End || p.x.id(ref) != ev.Actors[0].ID {
			continue
		}
		k := p.wordAtByte(m.End - 1)
		if k < 0 || k >= w-1 {
			return false // right before the verb, it is the verb's subject the parse missed
		}
		for c := range p.s.Words {
			if p.head(c) == h && c < w && (p.rel(c) == "obj" || p.rel(c) == "ccomp" || p.rel(c) == "obl") && p.dominates(c, k) {
				return true
			}
		}
		return false
	}
	return false
}

// wordAtByte returns the word that starts at or covers byte b, or -1.
func (p parsed) wordAtByte(b int) int {
	for k := range p.s.Words {
		if p.word(k).Start <= b && b < p.word(k).End {
			return k
		}
	}
	return -1
}

// conjOfDenial reports whether finite verb w is a conjunct of a verb of
// denying, a second act of its subject rather than what is denied.
func (p parsed) conjOfDenial(w int) bool {
	h := p.head(w)
	return h >= 0 && p.rel(w) == "conj" && (p.word(w).XPOS == "VBD" || p.word(w).XPOS == "VBZ" || p.word(w).XPOS == "VBP") &&
		strings.EqualFold(p.word(h).Lemma, "deny")
}

// parsedWordAt returns the sentence and word that start at byte start.
func parsedWordAt(x *extractor, sents []language.Sentence, start int) (parsed, int, bool) {
	for si := range sents {
		s := &sents[si]
		if start < s.Span.Start || start >= s.Span.End {
			continue
		}
		for w := range s.Words {
			if s.Words[w].Start == start {
				return parsed{x: x, s: s}, w, true
			}
		}
	}
	return parsed{}, 0, false
}

// hasAuxForm reports whether verb v has the auxiliary form ("would").
func (p parsed) hasAuxForm(v int, form string) bool {
	for k := range p.s.Words {
		if p.head(k) == v && p.rel(k) == "aux" && strings.EqualFold(p.word(k).Form, form) {
			return true
		}
	}
	return false
}

// nounModifierDoer reports whether the lexicon gave a doer to a
// participle the parse reads as a noun's modifier: in "accused Norland of
// ignoring repeated warnings" nobody repeated anything, and in "a fired
// accountant" the one fired is the noun, not the clause's subject. The
// parse reads such a participle itself (what befell the noun).
func (p parsed) nounModifierDoer(w int, ev *EventMention) bool {
	if p.word(w).UPOS != "VERB" || p.word(w).Deprel != "amod" || p.head(w) <= w {
		return false
	}
	return slices.ContainsFunc(ev.Actors, func(q timeline.Participant) bool { return q.Role == timeline.RoleAgent })
}

// othersEvents are verbs whose object is an event someone else did:
// "ignored the warnings", "rejected the proposal", "condemned the
// attack".
var othersEvents = set("ignore heed reject dismiss investigate probe survive suffer witness")

// objectOfAnother reports whether the lexicon gave an event noun that is
// a verb's object a doer by word order that the parse does not give the
// verb, or any doer where the verb answers someone else's event: in
// "accusing them of helping to plan an attack" the attack is not the
// accuser's, and in "denied that it had ignored safety warnings" the
// warnings are not the denier's. Light verbs ("held talks") give their
// subject to their noun and stay.
func (x *extractor) objectOfAnother(p parsed, w int, ev *EventMention) bool {
	v := p.head(w)
	if p.word(w).UPOS != "NOUN" || p.word(w).Deprel != "obj" || v < 0 || p.word(v).UPOS != "VERB" || lightVerbs[strings.ToLower(p.word(v).Form)] {
		return false
	}
	if lemma := strings.ToLower(p.word(v).Lemma); othersEvents[lemma] || reactions[lemma] {
		return slices.ContainsFunc(ev.Actors, func(q timeline.Participant) bool { return q.Role == timeline.RoleAgent })
	}
	return x.otherAgent(p, v, ev)
}

// nounForVerb reports whether the lexicon read as a verb a word the parse
// reads as a noun modifying another, one that names no event: in
// "airline and state officials said" nobody stated anything. A noun of an
// event ("the murder charge") stays the event it names.
func (p parsed) nounForVerb(w int, ev *EventMention) bool {
	if p.word(w).UPOS != "NOUN" || p.rel(w) != "compound" || ev.Trigger != strings.ToLower(p.word(w).Lemma) {
		return false
	}
	h := p.head(w)
	return h > w && p.word(h).UPOS == "NOUN" && !eventNoun(ev.Trigger) && !wn.IsEventNoun(ev.Trigger)
}
