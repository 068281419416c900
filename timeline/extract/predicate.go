package extract

import (
	"cmp"
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/language"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// KindOther is the kind of an event whose predicate falls in no class.
const KindOther = "other"

// predicates adds an event for every predicate of the parse that the
// trigger lexicon left unread: a verb that heads a clause, or an event noun
// ("the verdict", "a brawl"), with its arguments from the dependencies.
// They are kept with a salience, so that renderers can leave the minor
// ones out while the events document keeps every event the text states.
// Unlike the lexicon, it reads headings too: a headline is a telling of
// its own ("Police Arrest Drunk Driver"), which the resolver merges with
// the body's. Sentence by sentence, it then dates the events of the
// sentence, the lexicon's and its own (see date).
func (x *extractor) predicates(sents []language.Sentence) {
	taken := make([]timeline.TextRange, 0, len(x.res.Events))
	for _, ev := range x.res.Events {
		if ev.Mention.Trigger != nil {
			taken = append(taken, *ev.Mention.Trigger)
		}
	}
	lexical := x.placeEvents(sents) // the lexicon's events, in text order
	var story *timeline.When        // the time the story last set (see date)
	var group []placed
	var nouns []nounEvent
	ledeRead := false // past the first sentence of the body
	for si := range sents {
		s := &sents[si]
		n := 0
		for n < len(lexical) && lexical[n].sent == si {
			n++
		}
		group = append(group[:0], lexical[:n]...)
		lexical = lexical[n:]
		if s.Span.Kind != timeline.Heading && !x.kept(s.Span) {
			continue // a repeated standfirst
		}
		p := x.parse(s)
		for i := range s.Words {
			if !p.isPredicate(i) || overlapsAny(taken, s.Words[i].Start, s.Words[i].End) ||
				s.Span.Kind == timeline.Caption && photoVerbs[strings.ToLower(s.Words[i].Lemma)] || p.prolongs(i) {
				continue
			}
			if ev, ok := p.event(i); ok {
				group = append(group, placed{event: len(x.res.Events), sent: si, word: i})
				x.res.Events = append(x.res.Events, ev)
			}
		}
		slices.SortStableFunc(group, func(a, b placed) int { return cmp.Compare(a.word, b.word) })
		x.date(p, group, &story)
		x.datedSteps(p, group)
		for _, g := range group {
			if p.word(g.word).UPOS == "NOUN" && p.storyNoun(g.word) {
				nouns = append(nouns, nounEvent{g.event, si, s.Span.Kind == timeline.Heading || !ledeRead, p.rel(g.word) == "nsubj"})
			}
		}
		ledeRead = ledeRead || s.Span.Kind != timeline.Heading
	}
	x.storySubject(nouns)
}

// kept reports whether sp lies inside a sentence the extractor read (not
// a heading, not a repeated standfirst).
func (x *extractor) kept(sp timeline.Span) bool {
	for _, k := range x.spans {
		if k.Start <= sp.Start && sp.End <= k.End {
			return true
		}
	}
	return false
}

func overlapsAny(rs []timeline.TextRange, start, end int) bool {
	for _, r := range rs {
		if r.Start < end && start < r.End {
			return true
		}
	}
	return false
}

// parsed reads events off one parsed sentence.
type parsed struct {
	x   *extractor
	s   *language.Sentence
	txs []sentTimex // its usable time expressions
}

func (p parsed) word(i int) *language.Word { return &p.s.Words[i] }

// head returns the 0-based index of word i's head, or -1 for the root.
func (p parsed) head(i int) int { return p.s.Words[i].Head - 1 }

// rel returns word i's relation without its subtype: "nsubj" for
// "nsubj:pass".
func (p parsed) rel(i int) string {
	r, _, _ := strings.Cut(p.s.Words[i].Deprel, ":")
	return r
}

// isPredicate reports whether word i names an event: a verb that is not an
// auxiliary, a copula or a modifier, or an event noun in an argument
// position.
func (p parsed) isPredicate(i int) bool {
	w := p.word(i)
	switch w.UPOS {
	case "VERB":
		switch p.rel(i) {
		case "amod":
			return p.befallenParticiple(i) || w.XPOS == "VBG" && changing[strings.ToLower(w.Lemma)] // "rising interest rates"
		case "aux", "cop", "compound", "case", "mark", "det", "fixed", "flat", "goeswith", "discourse":
			return false
		}
		if p.x != nil && w.End < len(p.x.doc.Text) && p.x.doc.Text[w.End] == '-' {
			return false // a verb inside a hyphenated word: "walk-in clinics", "a drive-by"
		}
		if w.XPOS == "VB" && !p.hasDependent(i, "mark") && !p.hasDependent(i, "aux") && p.firstOfName(i) {
			return false // "Credit Suisse took up the offer": a bank's name, no verb
		}
		if p.startingTime(i) {
			return false // "free of charge starting next month": when the replacing begins, no start of its own
		}
		if p.yieldsAsManner(i) {
			return false // "bowing to pressure, the bank launched an inquiry": why the inquiry, no deed of its own
		}
		if p.namesItself(i) || p.namedParticiple(i) {
			return false // "a group calling itself Black Lantern": a name, not a call
		}
		if p.connectionIdiom(i) {
			return false // "has nothing to do with this" (nothingtodo.go)
		}
		if p.wantedFugitive(i) {
			return false // "a man wanted for murder" (wantedfugitive.go)
		}
		if p.reachedForComment(i) {
			return false // "could not be reached for comment" (commentformula.go)
		}
		if w.XPOS == "VBG" && w.Form != "" && 'A' <= w.Form[0] && w.Form[0] <= 'Z' && p.inActorName(i) {
			return false // "Manning threw for 364 yards": a surname read as a gerund
		}
		return !lightVerb(p, i)
	case "NOUN":
		switch p.rel(i) {
		case "nsubj", "obj", "obl", "nmod", "root", "conj", "appos", "iobj", "dep", "parataxis":
		case "compound":
			// "a piracy attempt", "the murder charge": a deed named
			// before the event noun it is the matter of; not a field
			// ("energy talks", "television interview").
			l := strings.ToLower(w.Lemma)
			if h := p.head(i); h < 0 || p.word(h).UPOS != "NOUN" || !eventNoun(strings.ToLower(p.word(h).Lemma)) || p.bareThing(h, strings.ToLower(p.word(h).Lemma)) ||
				!wn.IsEventNoun(l) || wn.NounClass(l) != "act" {
				return false
			}
		default:
			return false
		}
		if measureWord(w) {
			return false // "a step closer": how much, no event
		}
		if p.namingWord(i) {
			return false // "called the vote a political ambush": what the vote is called
		}
		if p.outletProgramme(i) {
			return false // "told NBC's Today show"
		}
		if p.firstOfName(i) {
			return false // "keep Credit Suisse's Swiss business"
		}
		l := strings.ToLower(w.Lemma)
		return (eventNoun(l) && !p.thingFirst(i, l) && !p.bareThing(i, l) || p.eventInContext(i, l)) && !p.inCollocation(i) && !p.inActorName(i) && !p.prepositionalIdiom(i, l) &&
			!p.inComplexPreposition(i, l) && !p.quantifiedThings(i, l) && !p.deathInName(i, l) && !p.atWork(i, l) && !p.courtSide(i, l) && !p.heldPost(i, l) &&
			!p.askedComment(i, l)
	case "ADJ":
		return p.predicativeState(i)
	case "PROPN":
		return p.namedEvent(i) || offenceAbbreviation(w.Form) && !p.inActorName(i)
	}
	return false
}

// offenceAbbreviation reports whether a word is the abbreviation news
// writes for a driving offence, a deed like the words it stands for:
// "arrested on suspicion of DUI".
func offenceAbbreviation(form string) bool {
	switch form {
	case "DUI", "DWI", "OUI", "OWI":
		return true
	}
	return false
}

// prepositionalIdiom reports whether bare noun i, lemma l, is the noun
// of a fixed phrase with its preposition: "free of charge", "the officer
// in charge", "at stake", "in question", "in turn", "in effect".
func (p parsed) prepositionalIdiom(i int, l string) bool {
	if p.hasDependent(i, "det") || p.hasDependent(i, "nmod:poss") {
		return false // "in the charge of", "at his trial"
	}
	prep := p.caseOf(i)
	switch l {
	case "charge":
		return prep == "in" || prep == "of" && i >= 2 && strings.EqualFold(p.word(i-2).Form, "free")
	case "stake":
		return prep == "at"
	case "question", "turn", "effect", "fact", "place", "force", "power":
		return prep == "in" // "the man in question", "in effect", "in place"; "came to power" is an event
	case "purpose", "hold":
		return prep == "on"
	case "chance":
		return prep == "by"
	}
	return false
}

// befallenParticiple reports whether participle i, a noun's modifier,
// tells what befell the noun: "a fired accountant", "the arrested man",
// "the ousted leader". A participle of no such kind only describes it
// ("a reported 40 dead", "an expected rise").
func (p parsed) befallenParticiple(i int) bool {
	if p.word(i).XPOS != "VBN" {
		return false
	}
	switch wn.Kind(strings.ToLower(p.word(i).Lemma), false) {
	case "dismissal", "arrest", "attack", "death", "appointment", "resignation", "election", "legal", "accusation", "hiring":
		return true
	}
	return false
}

// raising reports whether verb i is a passive of belief or schedule that
// only says how sure or how planned its infinitive is: "the court is
// expected to rule", "he is believed to have fled", "talks are set to
// resume". The infinitive is the event, with that status; the passive is
// kept as the state the text states, with the least salience.
func (p parsed) raising(i int) bool {
	switch strings.ToLower(p.word(i).Lemma) {
	case "expect", "believe", "think", "suppose", "say", "set", "schedule", "rumour", "rumor":
	default:
		return false
	}
	passive, infinitive := false, false
	for k := range p.s.Words {
		if p.head(k) != i {
			continue
		}
		switch p.word(k).Deprel {
		case "aux:pass", "nsubj:pass":
			passive = true
		case "xcomp":
			infinitive = p.word(k).UPOS == "VERB"
		}
	}
	return passive && infinitive
}

// heldByLightVerb reports whether noun i is the event its head, a light
// verb, holds: its object ("held talks"), or the subject of "broke out".
// Another of the light verb's nouns is an event of its own: in "held
// talks on the war", the war.
func (p parsed) heldByLightVerb(i int) bool {
	h := p.head(i)
	if h < 0 || !lightVerb(p, h) {
		return false
	}
	return p.word(i).Deprel == "obj" || p.word(i).Deprel == "nsubj" && strings.EqualFold(p.word(h).Lemma, "break") ||
		p.rel(i) == "obl" && p.caseOf(i) == "on" && strings.EqualFold(p.word(i).Lemma, "trial") // "goes on trial"
}

// heldEvent reports whether a light verb's object is the event: an event
// noun of the lexicon, or a meeting ("held a session").
func heldEvent(lemma string) bool {
	return wn.IsEventNoun(lemma) || eventNoun(lemma) && slices.Contains(wn.Kinds(lemma, true), KindMeeting)
}

// predicativeState reports whether adjective i states what befell or
// holds of its subject: a participle or a state said with a copula ("was
// injured", "are thrilled", "is dead", "was found guilty"), not a mere
// quality ("is tall").
func (p parsed) predicativeState(i int) bool {
	predicative := p.rel(i) == "xcomp" || p.rel(i) == "root" || p.rel(i) == "conj" || p.rel(i) == "ccomp"
	if !predicative {
		return false
	}
	cop := p.rel(i) == "xcomp"
	for k := range p.s.Words {
		if p.head(k) == i && p.rel(k) == "cop" {
			cop = true
			break
		}
	}
	if !cop {
		return false
	}
	if h := p.head(i); p.rel(i) == "xcomp" && h >= 0 && strings.EqualFold(p.word(h).Lemma, "plead") {
		return false // "pleaded guilty": the plea is the event, the word its content
	}
	low := strings.ToLower(p.word(i).Form)
	switch low {
	case "dead", "alive", "missing", "guilty", "drunk", "ill", "sick", "pregnant", "injured", "wounded", "hurt":
		return true
	}
	return len(low) > 4 && strings.HasSuffix(low, "ed") // a participle: "thrilled", "intoxicated"
}

// lightVerb reports whether verb i only carries an event noun that is its
// object ("held talks", "launched an attack", "made a call"): the noun is
// the event.
func lightVerb(p parsed, i int) bool {
	meetingOnly, anyEvent, legalOnly, dealOnly := false, false, false, false
	switch strings.ToLower(p.word(i).Lemma) {
	case "hold", "have", "make", "take", "give", "launch", "conduct", "carry", "stage", "begin", "start", "resume", "host", "break",
		"reach", "deliver": // "reached a deal", "delivered its verdict"
	case "return", "stand":
		legalOnly = true // "returned a verdict", "will stand trial"; "returned the favour" is no event of its own
	case "go", "be":
		return p.oblique(i, "on", "trial") // "goes on trial", "is on trial": the trial is the event
	case "open":
		anyEvent = true // "opened an investigation", "opened the conference"
	case "complete", "finalise", "finalize":
		anyEvent = true // "completed its acquisition": the acquisition is done
	case "close":
		dealOnly = true // "closed the deal"; "closed the meeting" ends it, "closed the border" is no event noun
	case "chair", "convene", "attend":
		meetingOnly = true // "chaired a session" is the session; "chaired the board" is no event
	case "file", "lodge", "bring", "submit":
		// "filed an appeal", "lodged a complaint", "brought charges":
		// the legal act is the event.
	default:
		return false
	}
	for j := range p.s.Words {
		if legalOnly {
			if p.head(j) == i && p.rel(j) == "obj" && p.word(j).UPOS == "NOUN" && slices.Contains(wn.Kinds(strings.ToLower(p.word(j).Lemma), true), "legal") {
				return true
			}
			continue
		}
		if dealOnly {
			if p.head(j) == i && p.rel(j) == "obj" && p.word(j).UPOS == "NOUN" && dealNoun(strings.ToLower(p.word(j).Lemma)) {
				return true
			}
			continue
		}
		if meetingOnly {
			if p.head(j) == i && p.rel(j) == "obj" && p.word(j).UPOS == "NOUN" && slices.Contains(wn.Kinds(strings.ToLower(p.word(j).Lemma), true), KindMeeting) {
				return true
			}
			continue
		}
		if p.head(j) == i && (p.rel(j) == "obj" || p.word(j).Deprel == "nsubj" && p.word(i).Lemma == "break" && !p.hasDependent(i, "obj")) &&
			p.word(j).UPOS == "NOUN" && (heldEvent(strings.ToLower(p.word(j).Lemma)) || heldEvent(strings.ToLower(p.word(j).Form)) || anyEvent && eventNoun(strings.ToLower(p.word(j).Lemma))) &&
			!p.inCollocation(j) {
			// "hosted talks" is the talks; "hosted the ceremony" is
			// the hosting.
			return !strings.EqualFold(p.word(i).Lemma, "host") ||
				slices.Contains(wn.Kinds(strings.ToLower(p.word(j).Lemma), true), KindMeeting) ||
				slices.Contains(wn.Kinds(strings.ToLower(p.word(j).Form), true), KindMeeting)
		}
	}
	return false
}
