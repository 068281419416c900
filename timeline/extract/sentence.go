package extract

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"
)

// discourse words open a sentence without being part of its clause.
var discourse = set("however but and meanwhile then so yet still also now thus instead")

// cand is an event a trigger may give, before it is kept or dropped.
type cand struct {
	t        trig
	roles    roleSet
	status   string
	when     *timeline.When
	lv       int  // light verb token, or -1
	reported int  // trigger index of the speech that reports it, or -1
	speaker  int  // event index of the statement that reports it, or -1
	promoted bool // the speaker performs it by saying so
	event    int  // event index it became or refers back to, or -1
	emitted  bool
	dropped  bool     // the light verb of another trigger's noun, or an echo
	echo     int      // the candidate an echoing noun repeats ("met … for their talks"), or -1
	objIDs   []string // the actors the object phrase names
	company  []string // the actors a visit is made with (companion.go)
}

// sentence analyses one kept sentence and appends its events and links.
func (x *extractor) sentence(sp timeline.Span) {
	for start := sp.Start; start < sp.End; {
		piece := timeline.Span{Start: start, End: sp.End, Kind: sp.Kind}
		var next int
		x.toks, next = x.tz.tokens(piece, x.toks)
		if next < sp.End {
			piece.End = next
		}
		x.piece(piece)
		start = next
	}
}

// piece analyses the tokens of a sentence, or of a piece of an overlong
// one.
func (x *extractor) piece(sp timeline.Span) {
	s := &sentence{x: x, span: sp}
	x.trigs = findTriggers(x.toks, x.trigs)
	x.trigs = slices.DeleteFunc(x.trigs, func(t trig) bool { return x.nameGoesOn(t.tok) })
	if len(x.trigs) == 0 {
		// No event here; only what the next sentences may refer back to.
		s.toks = x.toks
		if sp.Kind == timeline.Quote {
			for i := range s.toks {
				s.toks[i].quoted = true
			}
		}
		x.carry(s, nil, x.quoteSpeakerFor(s))
		x.notePrevSubject(sp, s.subjectPerson())
		return
	}
	x.segs, x.segOf = segmentize(x.toks, x.trigs, x.segs, x.segOf)
	s.toks, s.trigs, s.segs, s.segOf = x.toks, x.trigs, x.segs, x.segOf
	if sp.Kind == timeline.Quote {
		for i := range s.toks {
			s.toks[i].quoted = true
		}
		for i := range s.segs {
			s.segs[i].quoted = true
		}
	}

	cands := x.cands[:0]
	for k := range s.trigs {
		s.cands = cands
		cands = append(cands, s.analyse(k))
		s.inherit(cands, k)
	}
	s.cands = cands
	x.cands = cands
	s.mergeEchoes(cands)
	for _, c := range cands {
		for j := range cands {
			if c.lv >= 0 && cands[j].t.tok == c.lv {
				cands[j].dropped = true // "hosted a gathering": one event
			}
		}
	}
	quoteSpeaker := x.quoteSpeakerFor(s)
	x.emitAll(s, cands, quoteSpeaker)
	x.links(s, cands)
	x.carry(s, cands, quoteSpeaker)
	if p := s.speakerPerson(cands); p >= 0 {
		x.prevSubject = p
	} else {
		x.notePrevSubject(sp, s.subjectPerson())
	}
}

// notePrevSubject keeps person p, the subject of the sentence sp, for the
// pronouns of the next; a sentence whose subject describes a person
// without naming one ("The suspect fled") leaves none.
func (x *extractor) notePrevSubject(sp timeline.Span, p int) {
	switch {
	case p >= 0 && !x.describedBetween(sp.Start, x.actors[p].Start):
		x.prevSubject = p
	case x.describedMain(sp.Start, sp.End):
		x.prevSubject = -1
	case p >= 0:
		x.prevSubject = p
	}
}

// nameGoesOn reports whether token i is a capitalised word right after a
// name, which goes on in it: "State" of "Harbor State's shares" names
// the bank, it is no statement.
func (x *extractor) nameGoesOn(i int) bool {
	if i == 0 || x.toks[i-1].kind != tActor {
		return false
	}
	c := x.doc.Text[x.toks[i].start]
	return c >= 'A' && c <= 'Z'
}

// analyse finds the roles, time and status of trigger k.
func (s *sentence) analyse(k int) cand {
	t := s.trigs[k]
	c := cand{t: t, lv: -1, reported: -1, speaker: -1, event: -1, echo: -1}
	setting := false
	g := s.seg(t.tok)
	if t.noun() {
		c.roles, c.lv = s.nounRoles(t)
	} else {
		c.roles = s.verbRoles(t.tok, t.last)
	}
	s.objects(t, &c.roles)
	s.appositionPatient(t, &c.roles)
	if t.noun() && len(c.roles.agents) == 0 && !c.roles.inherit {
		switch {
		case g.coord, s.participleClause(g) && s.segOf[t.tok] != s.firstSegment() && s.indefinite(t.tok):
			c.roles.inherit = true // "…, chatting with reporters during a meeting with Macron"
		case s.fronted(s.segOf[t.tok]):
			c.roles.agents = s.subjectAfter(s.segOf[t.tok])
		case s.prepBefore(t.tok) == "during", t.kind == KindMeeting && s.prepBefore(t.tok) == "at":
			// "The leader gave the undertaking during a call with Trump",
			// "Ukraine accepted it on Tuesday at talks in Jeddah": the
			// subject of the clause took part in what it names, then.
			if !s.passiveBefore(g, t.tok) {
				c.roles.agents = s.subjectBefore(g, t.tok)
			}
			setting = true
		}
	}
	if t.noun() && c.lv < 0 {
		if v := s.eventVerbAfter(t); v >= 0 {
			// "technical talks would begin in Saudi Arabia on Sunday": the
			// verb gives the noun its status, place and time.
			c.lv = v
			s.objects(trig{tok: v, last: v, kind: t.kind, form: formPast}, &c.roles)
		}
	}
	c.status = s.statusOf(c, g)
	if w := s.toks[t.tok].low; t.kind == KindVisit && (w == "expected" || w == "due") {
		// "was expected in Kyiv": only where, not whom; still to come
		// unless denied.
		c.roles.participants, c.roles.patients = nil, nil
		if c.status != timeline.Denied {
			c.status = timeline.Expected
		}
	}
	c.when = s.timeOf(t, c.lv)
	s.stoppedNow(&c)
	if c.when == nil && setting {
		c.when = s.verbTimeBefore(k)
	}
	if c.when == nil && c.lv >= 0 {
		c.when = s.timeOf(trig{tok: c.lv, last: c.lv}, -1)
	}
	if c.when == nil && g.coord && !t.noun() {
		c.when = s.previousVerbTime(k)
	}
	if g.reportedBy >= 0 && !g.quoted {
		c.reported = g.reportedBy
	}
	return c
}

// mergeSpeaking folds a fronted "Speaking to reporters in Washington" into
// the saying it introduces: one statement, with the place and time of both.
func (s *sentence) mergeSpeaking(cands []cand) {
	for k := range cands {
		c := &cands[k]
		if c.t.lemma != "speak" || c.t.form != formIng || len(c.roles.agents) == 0 {
			continue
		}
		for j := k + 1; j < len(cands); j++ {
			m := &cands[j]
			if !m.t.speech() || len(m.roles.agents) == 0 || m.roles.agents[0] != c.roles.agents[0] {
				continue
			}
			if len(c.roles.participants) > 0 && len(m.roles.participants) == 0 {
				break // "speaking with Putin": a call of its own
			}
			c.dropped, c.echo = true, j
			m.roles.places = appendAll(m.roles.places, c.roles.places)
			if m.when == nil {
				m.when = c.when
			}
			break
		}
	}
}

// indefinite reports whether "a" or "an" introduces the noun at n: "a
// meeting" is one event, bare "negotiations" a topic.
func (s *sentence) indefinite(n int) bool {
	for j := n - 1; j >= 0 && j >= n-3; j-- {
		switch t := s.toks[j]; {
		case t.kind == tWord && (t.low == "a" || t.low == "an"):
			return true
		case t.kind != tWord || t.has(cPrep) || t.has(cDet):
			return false
		}
	}
	return false
}

// participleClause reports whether g starts with a present participle:
// "chatting with reporters during a meeting".
func (s *sentence) participleClause(g segment) bool {
	w := g.first(s.toks)
	return len(w) > 5 && strings.HasSuffix(w, "ing") && !g.quoted
}

// eventVerbAfter returns the verb after event noun t, in its clause, that
// the noun is the subject of ("talks would begin", "the meeting took
// place"), or -1.
func (s *sentence) eventVerbAfter(t trig) int {
	g := s.seg(t.tok)
	for j := t.last + 1; j < g.hi && j <= t.last+6; j++ {
		tk := s.toks[j]
		if tk.kind != tWord {
			continue
		}
		if eventVerbs[tk.low] && (tk.low != "take" && tk.low != "took" && tk.low != "takes" && tk.low != "taken" || wordAt(s.toks, j+1) == "place") &&
			(tk.low != "held" || beForms[wordAt(s.toks, j-1)]) {
			return j
		}
		if tk.has(cClause) || s.isTrigger(j) {
			return -1
		}
	}
	return -1
}

func (s *sentence) isTrigger(j int) bool {
	for _, t := range s.trigs {
		if t.tok == j {
			return true
		}
	}
	return false
}

// mergeEchoes folds an event noun owned by "their" or "its" into the verb
// event before it of the same kind: "delegations sat down in Riyadh on
// Tuesday for their first talks" is one meeting.
func (s *sentence) mergeEchoes(cands []cand) {
	s.mergeSpeaking(cands)
	for k := range cands {
		c := &cands[k]
		if !c.t.noun() || c.lv >= 0 {
			continue
		}
		j := s.possessor(c.t.tok)
		owned := j >= 0 && s.toks[j].kind == tWord && collective[s.toks[j].low]
		if !owned && !s.governedByPrep(c.t.tok) {
			continue
		}
		for p := k - 1; p >= 0; p-- {
			prev := &cands[p]
			if prev.t.noun() || prev.dropped {
				continue
			}
			if prev.t.kind == c.t.kind || prev.t.lemma == "speak" && c.t.kind == KindStatement {
				// "shook hands during a bilateral meeting at the summit in
				// Osaka": the nouns tell the same meeting.
				c.dropped, c.echo = true, p
				if prev.when == nil {
					prev.when = c.when
				}
				prev.roles.places = appendAll(prev.roles.places, c.roles.places)
				prev.roles.participants = appendAll(prev.roles.participants, c.roles.participants)
			} else if owned && len(c.roles.agents) == 0 {
				c.roles.agents = prev.roles.agents // "their": the doers before
			}
			break
		}
	}
}

var collective = set("their its")

// governedByPrep reports whether the noun at n stands in a phrase that a
// preposition of time or setting opens: "during a bilateral meeting", "at
// the G20 summit".
func (s *sentence) governedByPrep(n int) bool {
	for k := n - 1; k >= 0 && k >= n-5; k-- {
		t := s.toks[k]
		switch {
		case t.kind == tWord && settingPreps[t.low]:
			return true
		case t.kind == tPunct, t.kind == tWord && (t.has(cPrep) || t.has(cClause) || t.has(cAux)):
			return false
		}
	}
	return false
}

var settingPreps = set("during at for in by")

// subjectBefore returns the subject of segment g that comes before token
// i, or nil.
func (s *sentence) subjectBefore(g segment, i int) []int {
	for j := g.lo; j < i; j++ {
		t := s.toks[j]
		if t.kind == tActor && !t.poss && !t.quoted && s.prepBefore(j) == "" && !s.isModifier(j) {
			return []int{t.ref}
		}
	}
	return nil
}

// subjectIn returns the first actor of g that can be a subject, or the
// person a "he" or "she" there stands for.
func (s *sentence) subjectIn(g segment) []int {
	for j := g.lo; j < g.hi; j++ {
		t := s.toks[j]
		if t.kind == tActor && !t.poss && s.prepBefore(j) == "" && !s.isModifier(j) {
			return s.coordinated(j)
		}
		if t.kind == tWord && (t.low == "he" || t.low == "she") {
			if m := s.x.resolvePronoun(s, j); m >= 0 {
				return []int{m}
			}
			return nil
		}
	}
	return nil
}

// firstSubject returns the subject of the sentence before segment si: the
// first actor that is neither in a prepositional phrase, a possessor nor
// a modifier.
func (s *sentence) firstSubject(si int) []int {
	g := s.segs[si]
	for j := 0; j < g.lo; j++ {
		t := s.toks[j]
		if s.appositive(s.segs[s.segOf[j]]) || t.kind == tActor && s.isPlace(t.ref) {
			continue
		}
		if t.kind == tActor && t.quoted == g.quoted && !t.poss && s.prepBefore(j) == "" && !s.isModifier(j) {
			return s.coordinated(j)
		}
	}
	return nil
}

// quoteSpeakerFor returns the statement a quotation in s belongs to: one
// told in the same sentence outside the quotes, or one carried over.
func (x *extractor) quoteSpeakerFor(s *sentence) int {
	if x.colonSpeaker >= 0 {
		return x.colonSpeaker
	}
	if len(s.toks) > 0 && s.toks[0].quoted || s.span.Kind == timeline.Quote {
		return x.quoteSpeaker
	}
	return -1
}

// carry remembers, for the next sentence, the statement a quotation there
// would belong to.
func (x *extractor) carry(s *sentence, cands []cand, quoteSpeaker int) {
	last := -1
	for _, c := range cands {
		if c.emitted && x.res.Events[c.event].Kind == KindStatement && !s.toks[c.t.tok].quoted && c.reported < 0 {
			last = c.event
		}
	}
	x.colonSpeaker = -1
	if n := len(s.toks); n > 0 && s.toks[n-1].low == ":" && last >= 0 {
		x.colonSpeaker = last
	}
	switch {
	case last >= 0:
		x.quoteSpeaker = last
	case quoteSpeaker >= 0:
		x.quoteSpeaker = quoteSpeaker
	default:
		x.quoteSpeaker = -1
	}
}
