package extract

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"
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
	if kind == "" || c.dropped {
		return
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
	if t.noun() && c.lv < 0 && c.status != timeline.Occurred && c.status != timeline.Reported &&
		len(c.roles.participants)+len(c.roles.patients) == 0 {
		return // "future attacks", "potential concessions": no event yet
	}
	if s.span.Kind == timeline.Caption && c.when == nil {
		return // a photo caption tells a dated past event or nothing
	}
	ev := x.build(s, c, kind)
	if len(ev.Actors) == 0 && (len(ev.Places) == 0 || ev.When == nil) {
		return // nobody, or nowhere and no time: nothing to place on a timeline
	}
	c.event = len(x.res.Events)
	c.emitted = true
	x.res.Events = append(x.res.Events, ev)
}

func appendAll(xs, ys []int) []int {
	for _, y := range ys {
		xs = appendUnique(xs, y)
	}
	return xs
}

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
	case "name", "appoint", "nominate":
		for _, p := range append(c.roles.patients, c.roles.participants...) {
			if x.actors[p].Kind == timeline.Person {
				return KindAppointment
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
	side := x.sides[speaker]
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
		case t.kind == tWord && (t.low == "a" || t.low == "an" || prepositions[t.low]):
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
		Kind:         kind,
		Trigger:      c.t.lemma,
		Status:       c.status,
		When:         c.when,
		Speaker:      c.speaker,
		TriggerStart: s.toks[c.t.tok].start,
		TriggerEnd:   s.toks[c.t.last].end,
		Mention: timeline.Mention{
			Doc:   x.doc.ID,
			Start: s.span.Start,
			End:   s.span.End,
			Text:  x.doc.Text[s.span.Start:s.span.End],
		},
	}
	if c.promoted && c.speaker >= 0 {
		st := x.res.Events[c.speaker]
		ev.Actors = append(ev.Actors, st.Actors[0])
	}
	seen := map[string]bool{}
	add := func(refs []int, role string) {
		for _, r := range refs {
			id := x.id(r)
			if id == "" || seen[id] {
				continue
			}
			seen[id] = true
			ev.Actors = append(ev.Actors, timeline.Participant{ID: id, Role: role})
		}
	}
	for _, a := range ev.Actors {
		seen[a.ID] = true
	}
	if len(c.roles.agents) > 0 {
		add(c.roles.agents[:1], timeline.RoleAgent)
		add(c.roles.agents[1:], timeline.RoleParticipant)
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
	ev.Object = s.objectPhrase(c)
	ev.Summary = x.summary(c, kind, ev)
	return ev
}

// objectPhrase returns what the event is about, for kinds whose summary
// needs it: what was said, demanded, proposed or rejected. What a speaker
// said runs on across commas and quotation marks; other objects end with
// their clause.
func (s *sentence) objectPhrase(c *cand) string {
	if c.roles.passive && !s.beforeBe(c.t.tok) && len(c.roles.agents) > 0 {
		return s.headNoun(c.t.tok) // "the truce proposed by Norland"
	}
	if !needsObject(c) {
		return ""
	}
	speech := c.t.speech()
	i := c.t.last + 1
	if speech {
		i = complementStart(s.toks, c.t)
		k := s.thatWithin(i, 4)
		if k < 0 && afterQuote(s.toks, &s.segs[s.segOf[c.t.tok]]) {
			return "" // "“…,” Putin said on Monday, signalling …": said before
		}
		if k >= 0 {
			i = k + 1 // "emphasised in public that …"
		}
	}
	for i < len(s.toks) && (s.toks[i].kind == tPunct || s.toks[i].low == "that" || s.toks[i].kind == tTimex ||
		prepositions[s.toks[i].low] && i+1 < len(s.toks) && s.toks[i+1].kind == tTimex) {
		if s.toks[i].low == ";" || s.toks[i].low == "." {
			return ""
		}
		i++
	}
	if i >= len(s.toks) {
		return ""
	}
	end := s.phraseEnd(i)
	if speech {
		end = len(s.toks)
		for k := i; k < len(s.toks); k++ {
			l := s.toks[k].low
			if k > i && s.segs[s.segOf[k]].coord && s.segs[s.segOf[k]].lo == k {
				end = k
				break
			}
			if s.toks[k].kind == tPunct && (l == ";" || l == ":" || l == "?" || l == "!" ||
				l == "," && !s.toks[k].quoted && (k-i >= 4 || strings.HasSuffix(wordAt(s.toks, k+1), "ing"))) {
				end = k
				break
			}
		}
	}
	end = min(end, i+12)
	for end > i && (s.toks[end-1].kind != tWord && s.toks[end-1].kind != tActor || s.toks[end-1].kind == tWord && trailingWord(s.toks[end-1].low)) {
		end--
	}
	return s.render(i, end)
}

// headNoun returns the noun phrase a participle at v follows, from its
// determiner: "the ceasefire deal" of "the ceasefire deal proposed by".
func (s *sentence) headNoun(v int) string {
	for k := v - 1; k >= 0 && k >= v-5; k-- {
		t := s.toks[k]
		if t.kind != tWord || prepositions[t.low] || auxiliaries[t.low] {
			return ""
		}
		if t.low == "the" || t.low == "a" || t.low == "an" {
			if k == v-1 {
				return ""
			}
			return s.render(k, v)
		}
	}
	return ""
}

// phraseEnd returns where the object phrase starting at i ends: at
// punctuation other than quotation marks, or at a new clause.
func (s *sentence) phraseEnd(i int) int {
	for k := i; k < len(s.toks); k++ {
		t := s.toks[k]
		switch {
		case t.kind == tPunct && !isQuoteMark(t) && (t.low != "-" || spacedDash(s.toks, k)):
			return k
		case k > i && t.kind == tWord && clauseWords[t.low]:
			return k
		case k > i && s.segs[s.segOf[k]].coord && s.segs[s.segOf[k]].lo == k:
			return k
		}
	}
	return len(s.toks)
}

// thatWithin returns the "that" opening a complement within n tokens of
// i, or -1.
func (s *sentence) thatWithin(i, n int) int {
	for k := i; k < len(s.toks) && k < i+n; k++ {
		if s.toks[k].kind == tPunct {
			return -1
		}
		if s.toks[k].low == "that" {
			return k
		}
	}
	return -1
}

func needsObject(c *cand) bool {
	if c.roles.inverted || c.roles.passive {
		return false
	}
	switch c.t.kind {
	case KindStatement, KindAnnouncement, KindDemand, KindProposal, KindRejection, KindAgreement, KindWarning, KindAccusation:
		return !c.t.noun()
	case KindDismissal, KindAttack:
		return len(c.roles.patients) == 0 && !c.t.noun()
	}
	return false
}

func trailingWord(w string) bool {
	return determiners[w] || prepositions[w] || coordinators[w] || clauseWords[w] || auxiliaries[w]
}

// render writes tokens [i, end) as plain text, actors by their names and
// without quotation marks.
func (s *sentence) render(i, end int) string {
	var b strings.Builder
	for k := i; k < end; k++ {
		t := s.toks[k]
		var w string
		switch t.kind {
		case tActor:
			w = s.x.name(t.ref)
			if s.isModifier(k) {
				w = s.x.doc.Text[t.start:t.end] // "the Russian leader", not "the Russia leader"
			}
			if t.poss {
				w += "'s"
			}
		case tPunct:
			if isQuoteMark(t) {
				continue
			}
			w = s.x.doc.Text[t.start:t.end]
		default:
			w = s.x.doc.Text[t.start:t.end]
		}
		if b.Len() > 0 && !(t.kind == tPunct && strings.Contains(",;:.?!)]", w)) && w != "'s" && w != "’s" {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// summary writes the event in plain words from canonical names: "Steve
// Witkoff met Vladimir Putin in Moscow".
func (x *extractor) summary(c *cand, kind string, ev EventMention) string {
	var agents, others []string
	for _, a := range ev.Actors {
		n := x.nameOfID(a.ID)
		switch {
		case a.Role == timeline.RoleAgent:
			agents = append(agents, n)
		case !c.promoted:
			others = append(others, n)
		}
	}
	if ev.Object != "" {
		others = slices.DeleteFunc(others, func(n string) bool { return strings.Contains(ev.Object, n) })
	}
	if c.t.noun() && !c.promoted && c.lv < 0 && len(agents) > 0 && len(others) == 0 && ev.Object == "" && !verbalNoun[kind] && c.t.lemma != "press conference" {
		// "demands from Moscow": the noun says it best.
		noun := x.doc.Text[ev.TriggerStart:ev.TriggerEnd]
		return strings.ToUpper(noun[:1]) + noun[1:] + " by " + strings.Join(agents, " and ")
	}
	lemma := c.t.lemma
	if c.promoted {
		lemma = kindVerb[kind]
	}
	past, base, prep := verbForms(lemma, kind)
	var b strings.Builder
	switch {
	case len(agents) > 0:
		b.WriteString(strings.Join(agents, " and "))
		b.WriteByte(' ')
		b.WriteString(tensed(ev.Status, past, base))
	case len(others) > 0 && c.roles.passive:
		b.WriteString(strings.Join(others, " and "))
		others = nil
		b.WriteString(" was ")
		b.WriteString(participle(lemma, past))
	default:
		b.WriteString(kindTitle(kind))
		if prep == "" {
			prep = "with"
		}
	}
	if len(others) > 0 {
		if prep != "" {
			b.WriteByte(' ')
			b.WriteString(prep)
		}
		b.WriteByte(' ')
		b.WriteString(strings.Join(others, " and "))
	}
	if ev.Object != "" {
		b.WriteByte(' ')
		b.WriteString(ev.Object)
	}
	if len(ev.Places) > 0 && !strings.Contains(ev.Object, ev.Places[0]) {
		if kind == KindVisit && len(others) == 0 {
			b.WriteString(" to ")
		} else {
			b.WriteString(" in ")
		}
		b.WriteString(ev.Places[0])
	}
	return b.String()
}

// verbalNoun are the kinds whose nouns read best as verbs in a summary:
// "talks" as "held talks", "call" as "spoke".
var verbalNoun = set(KindMeeting + " " + KindCall + " " + KindVisit + " press")

// nameOfID returns the fullest name of the actor with id.
func (x *extractor) nameOfID(id string) string {
	x.indexActors()
	if n, ok := x.names[id]; ok {
		return n
	}
	return id
}

// indexActors builds, once per document, each actor id's fullest name and
// the side it belongs to.
func (x *extractor) indexActors() {
	if x.names != nil {
		return
	}
	x.names = make(map[string]string, len(x.actors))
	x.sides = make(map[string]string, len(x.actors))
	for i, m := range x.actors {
		id := x.id(i)
		if n := x.name(i); len(n) > len(x.names[id]) {
			x.names[id] = n
		}
		if m.Country != "" && x.sides[id] == "" {
			x.sides[id] = m.Country
		}
	}
}

// kindVerb is the verb of an event a speaker performs by speaking.
var kindVerb = map[string]string{
	KindDemand: "demand", KindRejection: "reject", KindProposal: "propose", KindWarning: "warn",
	KindAgreement: "agree", KindAccusation: "accuse", KindAnnouncement: "announce",
}

func verbForms(lemma, kind string) (past, base, prep string) {
	past, prep = summaryVerb(lemma, kind)
	base = lemma
	switch lemma {
	case "talk", "negotiate", "discuss", "summit":
		base = "hold talks"
	case "call", "phone", "telephone", "speak":
		if kind == KindCall {
			base = "speak"
		}
	case "press conference":
		past, base = "held a press conference", "hold a press conference"
	case "travel":
		past, base = "travelled", "travel"
	case "sit down", "shake hands":
		past, base, prep = "met", "meet", ""
	case "say":
		base = "say"
	}
	if kind == KindMeeting && lemma != "meet" && lemma != "talk" && lemma != "negotiate" && lemma != "host" {
		past, base, prep = "held talks", "hold talks", "with"
	}
	return past, base, prep
}

func tensed(status, past, base string) string {
	switch status {
	case timeline.Expected:
		return "expected to " + base
	case timeline.Planned:
		return "to " + base
	case timeline.Hypothetical:
		return "may " + base
	case timeline.Denied:
		return "did not " + base
	}
	return past
}

var participles = map[string]string{"speak": "spoken", "write": "written"}

func participle(lemma, past string) string {
	if p, ok := participles[lemma]; ok {
		return p
	}
	return past
}

func kindTitle(kind string) string {
	switch kind {
	case KindMeeting:
		return "Talks"
	case "":
		return "Event"
	}
	return strings.ToUpper(kind[:1]) + kind[1:]
}
