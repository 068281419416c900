package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// status reads the modality of clause word c off its dependents and the
// verbs above it: negation, future and modal auxiliaries, "expected to",
// and reported speech.
func (p parsed) status(c int) string {
	status := timeline.Occurred
	if h := p.xcompHead(c); h >= 0 && asked[strings.ToLower(p.word(h).Lemma)] {
		// Before negation: "urged residents not to approach the men" asks
		// for something not to happen, and denies nothing.
		return timeline.Hypothetical
	}
	if h := p.head(c); h >= 0 && (p.rel(c) == "xcomp" || p.rel(c) == "obj") && (p.word(c).XPOS == "VBG" || p.word(c).UPOS == "NOUN") &&
		stoppingVerbs[strings.ToLower(p.word(h).Form)] {
		return timeline.Occurred // "would halt fighting": what a stop ends goes on now, whatever the stop's mood
	}
	if p.demandedBy(c) || p.mandated(c) {
		return timeline.Hypothetical // "calls for his resignation", "calls to resign", "recommend that shareholders accept"
	}
	if p.possibilityOf(c) {
		return timeline.Hypothetical // "could not rule out needing to remove containers"
	}
	if p.tooToDo(c) {
		return timeline.Denied // "too close to call", "too damaged to reopen"
	}
	would, conditional := false, false
	for k := range p.s.Words {
		if p.head(k) != c {
			continue
		}
		w := p.word(k)
		low := strings.ToLower(w.Form)
		switch {
		case w.Deprel == "advmod" && (low == "not" || low == "n't" || low == "never") && strings.EqualFold(p.word(c).Lemma, "survive"):
			// "Five people did not survive": they died (stateKind).
		case w.Deprel == "advmod" && (low == "not" || low == "n't" || low == "never" || low == "neither"), // "Neither was charged"
			w.Deprel == "det" && low == "no" && p.word(c).UPOS == "NOUN": // "No deaths have been reported"
			return timeline.Denied
		case (w.Deprel == "mark" || w.Deprel == "case") && low == "without":
			return timeline.Denied // "released without charge": no one was charged
		case (w.Deprel == "mark" || w.Deprel == "case") && low == "against" && p.word(c).XPOS == "VBG":
			return timeline.Hypothetical // "warned against raising taxes", "voted against striking": not done
		case (w.Deprel == "nsubj" || w.Deprel == "nsubj:pass") && nobody(p, k):
			return timeline.Denied // "No one was injured", "nobody was hurt"
		case p.rel(k) == "aux" && (low == "will" || low == "shall" || low == "'ll" || w.Lemma == "go" && p.word(c).XPOS == "VB"):
			status = timeline.Planned
		case p.rel(k) == "aux" && low == "would":
			status, would = timeline.Hypothetical, true
		case p.rel(k) == "aux" && low == "must":
			status = p.mustStatus(c)
		case p.rel(k) == "aux" && (low == "could" || low == "might" || low == "may" || low == "should"),
			p.rel(k) == "aux" && (low == "can" || low == "ca") && p.onCondition(c):
			status, conditional = timeline.Hypothetical, true
		case w.Deprel == "mark" && (low == "if" || low == "unless" || low == "whether"),
			p.invertedCondition(c, k):
			status, conditional = timeline.Hypothetical, true
		}
	}
	if would && !conditional && !p.hasCondition(c) && p.reportedBy(c) && p.word(p.head(p.firstConjunct(c))).XPOS == "VBD" {
		// In reported speech "would" is the future seen from the past:
		// "she said she would name a successor on Monday", "said the
		// talks had failed and that a new round would start in May".
		return timeline.Planned
	}
	if h := p.xcompHead(c); h >= 0 {
		governor := strings.ToLower(p.word(h).Lemma)
		if decidedAct(strings.ToLower(p.word(h).Form), strings.ToLower(p.word(c).Lemma)) {
			governor = "" // done as the vote was: its own status, below
		}
		if governor != "" && p.negated(h) && governor != "refuse" && governor != "decline" && governor != "fail" {
			if implicative(governor) {
				return timeline.Denied // "did not manage to escape": no escape
			}
			return timeline.Hypothetical // "had not threatened to hire replacements", "did not try to hide it": nothing planned or done
		}
		switch governor {
		case "expect", "schedule", "due", "set", "likely":
			return timeline.Expected
		case "unlikely":
			return timeline.Hypothetical // "a trial is unlikely to begin before May"
		case "plan", "intend", "aim", "hope", "want", "seek", "prepare", "agree", "promise", "threaten", "vow", "decide", "vote":
			return timeline.Planned
		case "refuse", "decline", "fail":
			return timeline.Denied
		}
		if status == timeline.Occurred {
			switch st := p.status(h); st {
			case timeline.Planned, timeline.Expected, timeline.Hypothetical:
				return st // "will try to sell them": the selling is ahead as the trying is; "urged him to try to leave" asks for both
			}
		}
	}
	if status == timeline.Occurred && p.yetTo(c) {
		return timeline.Expected // "has yet to approve the sale"
	}
	if status == timeline.Occurred && p.arrangedByBe(c) {
		return timeline.Planned // "the crew was to return on Tuesday"
	}
	if st, ok := p.wantedNoun(c); ok && status == timeline.Occurred {
		return st
	}
	if h := p.head(c); status == timeline.Occurred && h >= 0 && p.word(c).UPOS == "NOUN" && p.rel(c) == "obj" &&
		p.word(h).Deprel == "xcomp" && p.word(h).UPOS == "VERB" && bringsAbout(p, h) {
		if st := p.status(h); st != timeline.Occurred && st != timeline.Reported {
			return st // "urged supporters to join a general strike": the strike is no more than the joining
		}
	}
	if status == timeline.Occurred && p.stillToCome(c) {
		return timeline.Expected
	}
	if st, ok := p.subjectClauseStatus(c); ok && status == timeline.Occurred {
		return st // "another eruption could come within weeks"
	}
	if status == timeline.Occurred && p.deniedBy(c) {
		return timeline.Denied // "denied on Wednesday that he had sold shares"
	}
	if status == timeline.Occurred && (p.reportedBy(c) || p.allegedBy(c) || p.chargedWith(c)) {
		return timeline.Reported
	}
	return status
}

// deniedBy reports whether clause c is what a verb of denying denies:
// "denied that he had sold shares", or the telling it rejects ("denied
// reports that he had advised them", "rejected claims that the company
// had cut spending").
func (p parsed) deniedBy(c int) bool {
	h := p.head(c)
	if h >= 0 && p.allegedBy(c) && p.rel(h) == "obj" {
		v := p.head(h)
		return v >= 0 && p.word(v).UPOS == "VERB" && rejectsTelling[strings.ToLower(p.word(v).Lemma)]
	}
	return h >= 0 && p.rel(c) == "ccomp" && strings.EqualFold(p.word(h).Lemma, "deny")
}

// rejectsTelling are the verbs that deny the telling they take as object.
var rejectsTelling = set("deny reject dismiss refute rebut dispute")

// allegedBy reports whether clause c says what a noun of telling holds:
// "allegations that he diverted public funds", "reports that the
// minister had resigned", "suspicion that …": someone's word, not told as
// fact.
func (p parsed) allegedBy(c int) bool {
	h := p.head(c)
	if h < 0 || p.word(c).Deprel != "acl" || p.word(h).UPOS != "NOUN" || !p.hasDependent(c, "mark") {
		return false
	}
	n := strings.ToLower(p.word(h).Lemma)
	return tellingKinds[wn.Kind(n, true)] || n == "suspicion" || n == "rumour" || n == "rumor" || n == "speculation"
}

// nobody reports whether word k says no one: "nobody", "no one", and
// the pronouns that count a group down to none ("None has died", "None
// of the passengers were hurt", "Neither was charged"), but not "none
// other than the minister", which names someone.
func nobody(p parsed, k int) bool {
	switch strings.ToLower(p.word(k).Form) {
	case "nobody", "noone":
		return true
	case "none", "neither":
		return k+1 >= len(p.s.Words) || !strings.EqualFold(p.word(k+1).Form, "other")
	case "one":
		return k > 0 && strings.EqualFold(p.word(k-1).Form, "no")
	}
	return false
}

// theftVerbs take what is not theirs: among the verbs of possession, the
// ones whose deed is news, a crime.
var theftVerbs = set("steal rob loot embezzle swindle defraud plunder pilfer burgle burglarize ransack")

// asked are the verbs whose infinitive is asked for, not done: "urged
// supporters to join a strike".
var asked = set("urge ask encourage persuade invite call demand order tell beg implore advise press appeal instruct")

// bringsAbout reports whether verb v makes its object event happen or
// takes part in it ("join a strike", "hold talks"), so that the event is
// as sure as the verb; "stop the fighting" or "end the war" is not.
func bringsAbout(p parsed, v int) bool {
	switch strings.ToLower(p.word(v).Lemma) {
	case "join", "attend", "hold", "stage", "call", "organise", "organize", "launch", "start", "begin", "host", "hold off":
		return true
	}
	return lightVerb(p, v)
}

// invertedCondition reports whether auxiliary k of clause c opens it
// before its subject as "if" would: "faces decades in prison were he to
// be sentenced to the maximum", "had they known", "should talks fail".
// A question puts its auxiliary first too, but news tells of questions
// in quotation, and c must hang on another clause.
func (p parsed) invertedCondition(c, k int) bool {
	if !strings.HasPrefix(p.rel(k), "aux") || p.head(c) < 0 || p.rel(c) != "advcl" {
		return false
	}
	switch strings.ToLower(p.word(k).Form) {
	case "were", "had", "should":
	default:
		return false
	}
	s := p.dependentOf(c, "nsubj")
	if s < 0 {
		s = p.dependentOf(c, "nsubj:pass")
	}
	return s > k
}

// hasCondition reports whether clause c has an "if" or "unless" clause.
func (p parsed) hasCondition(c int) bool {
	for k := range p.s.Words {
		if p.head(k) != c || p.rel(k) != "advcl" {
			continue
		}
		for m := range p.s.Words {
			if p.head(m) == k && p.rel(m) == "mark" {
				if low := strings.ToLower(p.word(m).Form); low == "if" || low == "unless" {
					return true
				}
			}
		}
	}
	return false
}

// wantedNoun returns the status of event noun n when a verb of wanting,
// planning or refusing governs it as its object: "demanded the arrest of
// those responsible" (not made), "expects a call", "called for talks",
// "cancelled the meeting".
func (p parsed) wantedNoun(n int) (string, bool) {
	h := p.head(n)
	if h < 0 || p.word(n).UPOS != "NOUN" || p.word(h).UPOS != "VERB" {
		return "", false
	}
	if p.rel(n) != "obj" && !(p.rel(n) == "obl" && p.caseOf(n) == "for") {
		return "", false
	}
	forIt := p.rel(n) == "obl"
	verb := strings.ToLower(p.word(h).Lemma)
	if phrase := p.phrasalLemma(h, verb); phrase != "" {
		verb = phrase
	}
	switch verb {
	case "expect", "anticipate", "predict", "await":
		return timeline.Expected, true
	case "plan", "schedule", "propose", "promise", "pledge":
		return timeline.Planned, true
	case "call", "push", "press", "hope", "wish", "chant", "campaign", "clamour", "clamor", "lobby", "rally", "pray":
		if forIt {
			// "called for talks", "pushed for a truce"; not "called
			// the attack cowardly", "pressed charges".
			return timeline.Hypothetical, true
		}
	case "demand", "request", "seek", "want", "urge", "ask", "suggest", "recommend":
		return timeline.Hypothetical, true
	case "refuse", "cancel", "postpone", "scrap", "call off", "put off":
		return timeline.Denied, true
	}
	return "", false
}

// reportedBy reports whether clause c is what a speech verb says
// ("said the talks had collapsed").
func (p parsed) reportedBy(c int) bool {
	c = p.firstConjunct(c)
	h := p.head(c)
	if h < 0 || p.rel(c) != "ccomp" {
		return false
	}
	// An announcement reports as a saying does: "announced that he would
	// step down in June" tells a plan.
	k := wn.Kind(strings.ToLower(p.word(h).Lemma), false)
	return k == KindStatement || k == KindAnnouncement
}

// rescues are the verbs of moving people out of danger: "Rescuers pulled
// 40 people from submerged houses", "soldiers evacuated 3,000 residents".
// Like a toll, the number of people saved is the news.
var rescues = map[string]bool{"rescue": true, "pull": true, "evacuate": true, "airlift": true, "free": true, "save": true, "lift": true}

// countedVictims reports whether verb v's object, or its passive subject,
// counts people ("killed 31 people", "two workers were injured"), or, for
// a verb of dying told in a clause of its own, its subject does ("seven
// people have died", not "the tower, where 31 people died"); or a toll
// is its subject or object ("the death toll rose to 47", "raising the
// death toll to 19").
func (p parsed) countedVictims(v int, dying bool) bool {
	for k := range p.s.Words {
		if p.head(k) != v {
			continue
		}
		switch rel := p.rel(k); {
		case (rel == "obj" || p.word(k).Deprel == "nsubj:pass" || dying && rel == "nsubj") && p.word(k).UPOS == "NOUN" &&
			p.hasDependent(k, "nummod") && !p.isThing(k):
			return true
		case rel == "nsubj" && (p.isToll(k) || p.word(k).XPOS == "NNS" && p.deadWord(k)) && marketMoves[strings.ToLower(p.word(v).Lemma)], rel == "obj" && p.isToll(k):
			return true
		}
	}
	return false
}

// enactedBy returns the verb whose act is infinitive c's happening, or -1:
// "voted on Thursday to impeach the president" impeached him that day,
// and "moved on Saturday to sideline Falk" sidelined her.
func (p parsed) enactedBy(c int) int {
	h := p.head(c)
	if h < 0 || p.rel(c) != "xcomp" && p.rel(c) != "advcl" || !p.hasToMark(c) {
		return -1
	}
	switch strings.ToLower(p.word(h).Lemma) {
	case "vote", "move":
		return h
	}
	return -1
}

// attachment returns the first predicate (or light verb) above the words in [start, end):
// from the phrase's head, the one of its words whose head lies outside it.
func (p parsed) attachment(start, end int) int {
	inside := func(i int) bool { return p.word(i).Start >= start && p.word(i).End <= end }
	for i := range p.s.Words {
		if !inside(i) || p.head(i) >= 0 && inside(p.head(i)) {
			continue
		}
		for w, hops := p.head(i), 0; w >= 0 && hops < len(p.s.Words); w, hops = p.head(w), hops+1 {
			if p.isPredicate(w) || p.word(w).UPOS == "VERB" && lightVerb(p, w) {
				return w
			}
			if p.ownClause(w) {
				// A clause of its own with no event word at its head
				// ("told allies that a return to the borders of before
				// 2014 was unrealistic"): its time, not the telling's.
				return w
			}
		}
		return -1
	}
	return -1
}

// ownClause reports whether word w heads a clause told apart from the
// word it hangs from: what was said, a relative clause, an adverbial
// clause, a parenthetical.
func (p parsed) ownClause(w int) bool {
	switch p.rel(w) {
	case "ccomp", "csubj", "acl", "advcl", "parataxis":
		return p.word(w).UPOS != "NOUN" && p.word(w).UPOS != "PROPN"
	}
	return false
}

// eventObject reports whether verb v's object names an event.
func (p parsed) eventObject(v int) bool {
	for k := range p.s.Words {
		if p.head(k) == v && p.rel(k) == "obj" && p.isEventWord(k) {
			return true
		}
	}
	return false
}
