package extract

import (
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
}

// sentence analyses one kept sentence and appends its events and links.
func (x *extractor) sentence(sp timeline.Span) {
	s := &sentence{x: x, span: sp}
	x.toks = x.tz.tokens(sp, x.toks)
	x.trigs = findTriggers(x.toks, x.trigs)
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

	cands := make([]cand, len(s.trigs))
	for k := range s.trigs {
		cands[k] = s.analyse(k)
		s.inherit(cands, k)
	}
	quoteSpeaker := x.quoteSpeakerFor(s)
	x.emitAll(s, cands, quoteSpeaker)
	x.links(s, cands)
	x.carry(s, cands, quoteSpeaker)
	if p := s.speakerPerson(cands); p >= 0 {
		x.prevSubject = p
	} else if p := s.subjectPerson(); p >= 0 {
		x.prevSubject = p
	}
}

// analyse finds the roles, time and status of trigger k.
func (s *sentence) analyse(k int) cand {
	t := s.trigs[k]
	c := cand{t: t, lv: -1, reported: -1, speaker: -1, event: -1}
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
		case g.coord:
			c.roles.inherit = true
		case s.fronted(s.segOf[t.tok]):
			c.roles.agents = s.subjectAfter(s.segOf[t.tok])
		}
	}
	c.status = s.statusOf(c, g)
	c.when = s.timeOf(t, c.lv)
	if g.reportedBy >= 0 && !g.quoted {
		c.reported = g.reportedBy
	}
	return c
}

// statusOf reads the status of a candidate from its modality and whether
// it is reported.
func (s *sentence) statusOf(c cand, g segment) string {
	v := c.t.tok
	if c.t.noun() {
		if c.lv < 0 {
			st := s.nounStatus(c.t.tok)
			return reportedStatus(st, g, s, false)
		}
		v = c.lv
	}
	m := s.verbModality(v)
	st := m.status(s.clauseIsConditional(v))
	return reportedStatus(st, g, s, st == timeline.Hypothetical && m.would && !m.may)
}

// reportedStatus marks what a speaker says happened as reported; in
// reported speech "would" is the future seen from the past.
func reportedStatus(st string, g segment, s *sentence, wouldOnly bool) string {
	reported := g.reportedBy >= 0 || g.according >= 0 || g.quoted
	if !reported {
		return st
	}
	if g.reportedBy >= 0 && s.trigs[g.reportedBy].lemma == "deny" {
		return timeline.Denied
	}
	switch {
	case st == timeline.Occurred:
		return timeline.Reported
	case wouldOnly:
		return timeline.Planned
	}
	return st
}

// fronted reports whether segment si comes before the main clause: no verb
// before it or in it, and more of the sentence after it.
func (s *sentence) fronted(si int) bool {
	g := s.segs[si]
	if g.hasVerb || g.quoted || g.empty() {
		return false
	}
	i := g.lo
	for i < g.hi && s.toks[i].kind == tWord && discourse[s.toks[i].low] {
		i++
	}
	if w := wordAt(s.toks, i); !prepositions[w] && !(len(w) > 5 && strings.HasSuffix(w, "ing")) {
		return false
	}
	for k := 0; k < si; k++ {
		if s.segs[k].hasVerb {
			return false
		}
	}
	for k := si + 1; k < len(s.segs); k++ {
		if !s.segs[k].empty() {
			return true
		}
	}
	return false
}

// inherit gives a candidate with a shared subject the agent and time of the
// event before it in the sentence: "… and then followed it up with a call".
func (s *sentence) inherit(cands []cand, k int) {
	c := &cands[k]
	if !c.roles.inherit {
		return
	}
	for j := k - 1; j >= 0; j-- {
		p := cands[j]
		if len(p.roles.agents) == 0 || s.toks[p.t.tok].quoted != s.toks[c.t.tok].quoted ||
			clauseWords[s.seg(p.t.tok).first(s.toks)] || p.t.noun() && p.lv < 0 {
			continue
		}
		c.roles.agents = p.roles.agents
		c.roles.firstPerson = p.roles.firstPerson
		if c.when == nil {
			c.when = p.when
		}
		return
	}
	if len(c.roles.agents) > 0 {
		return
	}
	si := s.segOf[c.t.tok]
	if c.roles.agents = s.firstSubject(si); c.roles.agents == nil {
		// A fronted participle: "Speaking to reporters, Trump said".
		c.roles.agents = s.subjectAfter(si)
	}
}

// firstSubject returns the subject of the sentence before segment si: the
// first actor that is neither in a prepositional phrase, a possessor nor
// a modifier.
func (s *sentence) firstSubject(si int) []int {
	g := s.segs[si]
	for j := 0; j < g.lo; j++ {
		t := s.toks[j]
		if t.kind == tActor && t.quoted == g.quoted && !t.poss && s.prepBefore(j) == "" && !s.isModifier(j) {
			return s.coordinated(j)
		}
	}
	return nil
}

// timeOf picks the time expression that governs trigger t: the nearest in
// its own clause, else one in a clause of the sentence with no event of its
// own and the same speaker.
func (s *sentence) timeOf(t trig, lv int) *timeline.When {
	si := s.segOf[t.tok]
	g := s.segs[si]
	best, dist := -1, 1<<30
	for j := g.lo; j < g.hi; j++ {
		if d := abs(j - t.tok); s.usableTimex(j) && d < dist {
			best, dist = j, d
		}
	}
	if best < 0 {
		for k, h := range s.segs {
			if k == si || h.hasTrig || h.quoted != g.quoted || h.reportedBy != g.reportedBy {
				continue
			}
			for j := h.lo; j < h.hi; j++ {
				if d := abs(j - t.tok); s.usableTimex(j) && d < dist {
					best, dist = j, d
				}
			}
		}
	}
	if best < 0 {
		return nil
	}
	return s.x.when(s.toks[best].ref)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// usableTimex reports whether token j is a dated expression that can
// anchor an event: it denotes days, and is not the far end of a span
// ("since 2014", "until Friday").
func (s *sentence) usableTimex(j int) bool {
	t := s.toks[j]
	if t.kind != tTimex {
		return false
	}
	tx := s.x.timexes[t.ref]
	if tx.Interval == nil || tx.Interval.IsZero() || tx.Type == timeline.TypeDuration || tx.Type == timeline.TypeSet {
		return false
	}
	switch wordAt(s.toks, j-1) {
	case "since", "until", "till", "by", "from":
		return false
	}
	return true
}

func (x *extractor) when(ref int) *timeline.When {
	tx := x.timexes[ref]
	iv := tx.Interval
	return &timeline.When{Start: iv.Start, End: iv.End, Value: tx.Value, Granularity: iv.Granularity, Text: tx.Text, Doc: x.doc.ID}
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
