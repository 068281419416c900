package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/actor"
)

// emitAll keeps the candidates of a sentence that make events: the
// sentence's own first, then those inside quotations, which need the
// sentence's speaker.
func (x *extractor) emitAll(s *sentence, cands []cand, carried int) {
	speaker := carried
	for k := range cands {
		if !s.toks[cands[k].t.tok].quoted {
			x.emit(s, cands, k, -1)
			if c := cands[k]; c.emitted && speaker == carried && c.reported < 0 &&
				c.t.speech() {
				speaker = c.event
			}
		}
	}
	for k := range cands {
		if s.toks[cands[k].t.tok].quoted {
			x.emit(s, cands, k, speaker)
		}
	}
	for k := range cands {
		if e := cands[k].echo; e >= 0 {
			cands[k].event = cands[e].event
		}
	}
}

// emit decides whether candidate k is an event, and appends it.
func (x *extractor) emit(s *sentence, cands []cand, k, quoteSpeaker int) {
	c := &cands[k]
	t := c.t
	kind := x.settleKind(c)
	if kind == "" || c.dropped || x.demandCall(s, t) {
		return
	}
	c.roles.agents = x.withoutOutlets(c.roles.agents)
	c.roles.patients = x.withoutOutlets(c.roles.patients)
	c.roles.participants = x.withoutOutlets(c.roles.participants)
	if c.roles.passive && len(c.roles.agents) == 0 && (kind == KindStatement || kind == KindAnnouncement) {
		return // "Moscow was reported to regard him …": nobody said it
	}
	if s.toks[t.tok].quoted {
		// Quoted words are the speaker's: keep only what the speaker does
		// by saying it ("we will demand …").
		if quoteSpeaker < 0 || !speechActKinds[kind] || !c.roles.firstPerson && !x.sameSide(c.roles.agents, quoteSpeaker) {
			return
		}
		c.speaker = quoteSpeaker
		c.promoted = true
	} else if c.reported >= 0 {
		sp := cands[c.reported]
		if sp.emitted {
			c.speaker = sp.event
			if speechActKinds[kind] && (c.roles.firstPerson || x.sameSide(c.roles.agents, sp.event)) {
				c.promoted = true
			}
		}
	}
	if c.promoted {
		st := x.res.Events[c.speaker]
		c.roles.participants = appendAll(c.roles.participants, c.roles.agents)
		c.roles.agents = nil
		if c.status != timeline.Denied && c.status != timeline.Hypothetical {
			c.status = st.Status
		}
		if c.when == nil {
			c.when = st.When
		}
	}
	if c.roles.firstPerson && !c.promoted {
		return
	}
	if t.noun() && c.lv < 0 && c.when == nil {
		if prev := x.antecedentEvent(s, c, kind); prev >= 0 {
			c.event = prev // "his meeting with the Russian president": told before
			return
		}
	}
	if t.noun() && c.lv < 0 && c.status == timeline.Hypothetical && len(c.roles.participants)+len(c.roles.patients) == 0 {
		return // "future attacks", "potential concessions": no event yet
	}
	if s.span.Kind == timeline.Caption && c.when == nil {
		return // a photo caption tells a dated past event or nothing
	}
	if kind == KindStatement && c.reported < 0 && !c.promoted {
		if len(c.roles.agents) == 0 && len(c.roles.participants)+len(c.roles.patients) > 0 {
			return // "a news conference alongside Lukashenko": whose saying is not told
		}
		if c.when == nil && len(c.roles.agents) > 0 && x.actors[c.roles.agents[0]].Kind == timeline.Group {
			return // "officials said", no one named and no time: nothing to place
		}
		if prev := x.sameSaying(s, c); prev >= 0 {
			// The same speaker, going on in the same paragraph: what
			// this sentence reports is reported by that statement.
			c.event, c.emitted = prev, true
			return
		}
	}
	ev := x.build(s, c, kind)
	if len(ev.Actors) == 0 && (len(ev.Places) == 0 || ev.When == nil) {
		return // nobody, or nowhere and no time: nothing to place on a timeline
	}
	c.event = len(x.res.Events)
	c.emitted = true
	x.res.Events = append(x.res.Events, ev)
}

// sameSaying returns the statement that candidate c, a statement told
// directly, goes on with: the last event of the document, when it is a
// statement by the same person, of the same time or none, in the same
// paragraph. Else -1.
func (x *extractor) sameSaying(s *sentence, c *cand) int {
	n := len(x.res.Events) - 1
	for n >= 0 && x.res.Events[n].Speaker >= 0 {
		n-- // what the statement reported
	}
	if n < 0 || len(c.roles.agents) == 0 || x.actors[c.roles.agents[0]].Kind != timeline.Person {
		return -1 // a state or body speaks through many people
	}
	prev := &x.res.Events[n]
	if prev.Kind != KindStatement || prev.Speaker >= 0 || len(prev.Actors) == 0 || prev.Actors[0].Role != timeline.RoleAgent ||
		prev.Actors[0].ID != x.id(c.roles.agents[0]) || prev.Mention.End > s.span.Start {
		return -1
	}
	if (prev.When == nil) != (c.when == nil) || prev.When != nil && prev.When.Interval() != c.when.Interval() {
		return -1
	}
	if strings.Contains(x.doc.Text[prev.Mention.End:s.span.Start], "\n") {
		return -1 // a new paragraph: most often a new point
	}
	return n
}

// withoutOutlets drops news outlets from refs: "told CNN" names the
// channel of a statement, not a party to it or to what it reports.
func (x *extractor) withoutOutlets(refs []int) []int {
	if !slices.ContainsFunc(refs, func(r int) bool { return actor.NewsOutlet(x.id(r)) }) {
		return refs
	}
	var out []int // a new slice: refs may be shared with other candidates
	for _, r := range refs {
		if !actor.NewsOutlet(x.id(r)) {
			out = append(out, r)
		}
	}
	return out
}

func appendAll(xs, ys []int) []int {
	for _, y := range ys {
		xs = appendUnique(xs, y)
	}
	return xs
}

// demandCall reports whether trigger t is the noun "call" asking for
// something ("calls to resign", "calls for his resignation", "a call for
// talks"): a demand, which the parse reads as one, not a telephone call,
// which is made to someone ("a call to Dahl", "a call to the minister").
func (x *extractor) demandCall(s *sentence, t trig) bool {
	if t.lemma != "call" || !t.noun() || t.last+2 >= len(s.toks) {
		return false
	}
	switch s.toks[t.last+1].low {
	case "for":
		return true
	case "to":
		next := s.toks[t.last+2]
		return next.kind == tWord && !callee[next.low] && !unicode.IsUpper(rune(x.doc.Text[next.start]))
	}
	return false
}

// callee are the words that open whom a call is made to.
var callee = set("the a an his her their its our my your this that these those him them us me you it")

// settleKind decides kinds that hang on the roles: "speak" is a call when
// two sides speak, "dismiss" a dismissal when a person is dismissed.
func (x *extractor) settleKind(c *cand) string {
	switch c.t.lemma {
	case "speak":
		if len(c.roles.agents)+len(c.roles.participants) >= 2 {
			return KindCall
		}
		return KindStatement
	case "dismiss", "strip":
		for _, p := range c.roles.patients {
			if x.actors[p].Kind == timeline.Person {
				return KindDismissal
			}
		}
		if c.t.lemma == "strip" {
			if len(c.roles.agents) == 0 {
				return ""
			}
			return KindDismissal
		}
		return KindRejection
	case "call":
		if !c.t.noun() && c.roles.passive && len(c.roles.agents) == 0 && len(c.roles.participants)+len(c.roles.patients) > 0 {
			return "" // "the firm was called Tallgrass": a name, not a call
		}
	case "host":
		// "hosted Zelensky" is a meeting; "hosted the Oscars", "host a
		// party" are not: the parse reads them as what they are.
		for _, p := range append(c.roles.patients, c.roles.participants...) {
			if k := x.actors[p].Kind; k == timeline.Person && !pluralName(x.actors[p].Text) || k == timeline.Country {
				return c.t.kind
			}
		}
		return ""
	case "name", "appoint", "nominate", "fire", "sack", "oust":
		// "fired missiles", "named the plan": only people are appointed or
		// dismissed.
		for _, p := range append(c.roles.patients, c.roles.participants...) {
			if x.actors[p].Kind == timeline.Person {
				return c.t.kind
			}
		}
		return ""
	}
	return c.t.kind
}

// sameSide reports whether the agents are the speaker of event ev or the
// country or side the speaker belongs to.
func (x *extractor) sameSide(agents []int, ev int) bool {
	if len(agents) == 0 || ev < 0 {
		return false
	}
	st := x.res.Events[ev]
	if len(st.Actors) == 0 || st.Actors[0].Role != timeline.RoleAgent {
		return false
	}
	speaker := st.Actors[0].ID
	x.indexActors()
	side := x.known[speaker].side
	a := agents[0]
	id := x.id(a)
	return id == speaker || side != "" && (id == side || x.actors[a].Country == side)
}

// antecedentEvent finds an earlier event of the document that a definite
// event noun refers back to: same kind, and the same agent when it has one.
func (x *extractor) antecedentEvent(s *sentence, c *cand, kind string) int {
	if !s.definite(c.t.tok) {
		return -1
	}
	agent := ""
	if len(c.roles.agents) > 0 {
		agent = x.id(c.roles.agents[0])
	}
	for i := len(x.res.Events) - 1; i >= 0 && i >= len(x.res.Events)-lookBack; i-- {
		ev := x.res.Events[i]
		if ev.Kind != kind || ev.Mention.Start >= s.span.Start {
			continue
		}
		if agent == "" || slices.ContainsFunc(ev.Actors, func(p timeline.Participant) bool { return p.ID == agent }) {
			return i
		}
	}
	return -1
}

// lookBack bounds how many earlier events a reference back is looked for
// among.
const lookBack = 40

// definite reports whether the noun at n is introduced by a definite or
// possessive word: "the talks", "his meeting", "Trump's call".
func (s *sentence) definite(n int) bool {
	for j := n - 1; j >= 0 && j >= n-4; j-- {
		t := s.toks[j]
		switch {
		case t.kind == tActor && t.poss:
			return true
		case t.kind == tWord && (t.low == "the" || t.low == "his" || t.low == "her" || t.low == "their" ||
			t.low == "its" || t.low == "this" || t.low == "these" || t.low == "those" || t.low == "that"):
			return true
		case t.kind == tWord && (t.low == "a" || t.low == "an" || t.has(cPrep)):
			return false
		case t.kind == tPunct:
			return false
		}
	}
	return false
}

// build makes the event mention of a kept candidate.
func (x *extractor) build(s *sentence, c *cand, kind string) EventMention {
	ev := EventMention{
		Kind:     kind,
		Trigger:  c.t.lemma,
		Status:   c.status,
		Salience: lexiconSalience,
		When:     c.when,
		Speaker:  c.speaker,
		Mention: timeline.Mention{
			Doc:   x.doc.ID,
			Start: s.span.Start,
			End:   s.span.End,
			Text:  x.doc.Text[s.span.Start:s.span.End],
			Trigger: &timeline.TextRange{
				Start: s.toks[c.t.tok].start,
				End:   s.toks[c.t.last].end,
			},
		},
	}
	if c.promoted && c.speaker >= 0 {
		st := x.res.Events[c.speaker]
		ev.Actors = append(ev.Actors, st.Actors[0])
	}
	addID := func(id, role string) {
		if id == "" || slices.ContainsFunc(ev.Actors, func(p timeline.Participant) bool { return p.ID == id }) {
			return
		}
		ev.Actors = append(ev.Actors, timeline.Participant{ID: id, Role: role})
	}
	ev.Object = s.objectPhrase(c) // before the roles: it names who the object phrase names
	if c.roles.passive && kind == KindAccusation {
		// "was accused of allowing too many passengers on board": who
		// the charge names is no one accused, nor is their state.
		c.roles.patients = slices.DeleteFunc(slices.Clone(c.roles.patients), func(r int) bool { return slices.Contains(c.objIDs, x.id(r)) })
	}
	var states []timeline.Participant
	add := func(refs []int, role string) {
		for _, r := range refs {
			addID(x.id(r), role)
			// "Russian negotiators" act for Russia: the state takes part
			// too, so that the event meets its tellings that name the
			// state. The summary names only the group.
			// So does a government for its state ("Moscow seized
			// Crimea"), and an attack on a place is one on its state.
			m := x.actors[r]
			if m.Country != "" && (m.Kind == timeline.Group || m.Kind == timeline.Place && kind == KindAttack && role == timeline.RolePatient) {
				states = append(states, timeline.Participant{ID: m.Country, Role: role})
			} else if st := actor.StateOf(x.id(r)); st != "" {
				states = append(states, timeline.Participant{ID: st, Role: role})
			}
		}
	}
	if len(c.roles.agents) > 0 {
		add(c.roles.agents[:1], timeline.RoleAgent)
		if kind == KindMeeting || kind == KindCall {
			add(c.roles.agents[1:], timeline.RoleParticipant) // "Trump and Putin spoke": Trump spoke with Putin
		} else {
			add(c.roles.agents[1:], timeline.RoleAgent) // "Britain and France said"
		}
	}
	add(c.roles.patients, timeline.RolePatient)
	add(c.roles.participants, timeline.RoleParticipant)
	for _, p := range c.roles.places {
		name := x.placeName(p)
		if !slices.Contains(ev.Places, name) {
			ev.Places = append(ev.Places, name)
		}
	}
	if ev.Status == timeline.Occurred && ev.When != nil && !x.doc.Published.IsZero() && ev.When.Start.After(x.doc.Published) {
		ev.Status = timeline.Expected // dated after publication: still to come
	}
	c.company = s.companions(c)
	if ev.Object == "" && len(c.company) > 0 {
		ev.Object = s.visitedPlace(c)
	}
	ev.Summary = x.summary(c, kind, ev, s.writtenSubject(c))
	if s.unknownObject(c, ev.Object) {
		ev.Salience = bareSalience
	}
	for _, p := range states {
		addID(p.ID, p.Role)
	}
	return ev
}
