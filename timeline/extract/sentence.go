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
	dropped  bool // the light verb of another trigger's noun, or an echo
	echo     int  // the candidate an echoing noun repeats ("met … for their talks"), or -1
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

	cands := make([]cand, 0, len(s.trigs))
	for k := range s.trigs {
		s.cands = cands
		cands = append(cands, s.analyse(k))
		s.inherit(cands, k)
	}
	s.cands = cands
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
	} else if p := s.subjectPerson(); p >= 0 {
		x.prevSubject = p
	}
}

// analyse finds the roles, time and status of trigger k.
func (s *sentence) analyse(k int) cand {
	t := s.trigs[k]
	c := cand{t: t, lv: -1, reported: -1, speaker: -1, event: -1, echo: -1}
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
	if c.when == nil && g.coord && !t.noun() {
		c.when = s.previousVerbTime(k)
	}
	if g.reportedBy >= 0 && !g.quoted {
		c.reported = g.reportedBy
	}
	return c
}

// mergeEchoes folds an event noun owned by "their" or "its" into the verb
// event before it of the same kind: "delegations sat down in Riyadh on
// Tuesday for their first talks" is one meeting.
func (s *sentence) mergeEchoes(cands []cand) {
	for k := range cands {
		c := &cands[k]
		j := s.possessor(c.t.tok)
		if !c.t.noun() || c.lv >= 0 || j < 0 || s.toks[j].kind != tWord || !collective[s.toks[j].low] {
			continue
		}
		for p := k - 1; p >= 0; p-- {
			prev := &cands[p]
			if prev.t.noun() || prev.dropped {
				continue
			}
			if prev.t.kind == c.t.kind {
				c.dropped, c.echo = true, p
				if prev.when == nil {
					prev.when = c.when
				}
			} else if len(c.roles.agents) == 0 {
				c.roles.agents = prev.roles.agents // "their": the doers before
			}
			break
		}
	}
}

var collective = set("their its")

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
	if s.segs[si].coord && si > 0 {
		c.roles.agents = s.subjectIn(s.segs[si-1])
	}
	if c.roles.agents == nil {
		c.roles.agents = s.firstSubject(si)
	}
	if c.roles.agents == nil {
		// A fronted participle: "Speaking to reporters, Trump said".
		c.roles.agents = s.subjectAfter(si)
	}
}

// previousVerbTime returns the time of the verb trigger before trigger k
// in the sentence: "proposed last week and accepted by Ukraine".
func (s *sentence) previousVerbTime(k int) *timeline.When {
	for j := k - 1; j >= 0; j-- {
		if t := s.trigs[j]; !t.noun() {
			return s.timeOf(t, -1)
		}
	}
	return nil
}

// subjectIn returns the first actor of g that can be a subject.
func (s *sentence) subjectIn(g segment) []int {
	for j := g.lo; j < g.hi; j++ {
		t := s.toks[j]
		if t.kind == tActor && !t.poss && s.prepBefore(j) == "" {
			return s.coordinated(j)
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
		if d := abs(j - t.tok); s.usableTimex(j) && d < dist && s.nearestTrigger(j, g) == t.tok {
			best, dist = j, d
		}
	}
	if best < 0 && !clauseWords[g.first(s.toks)] {
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
	if best < 0 && (g.first(s.toks) == "where" || g.first(s.toks) == "when") && si > 0 {
		// "announced on Tuesday in Jeddah, where a delegation met …"
		for k := si - 1; k >= 0 && k >= si-2 && best < 0; k-- {
			h := s.segs[k]
			for j := h.hi - 1; j >= h.lo; j-- {
				if s.usableTimex(j) {
					best = j
					break
				}
			}
		}
	}
	if best < 0 {
		return nil
	}
	return s.x.when(s.toks[best].ref)
}

// nearestTrigger returns the token of the trigger in g nearest to token j;
// of two as near, the earlier.
func (s *sentence) nearestTrigger(j int, g segment) int {
	best, dist := -1, 1<<30
	for _, t := range s.trigs {
		if t.tok < g.lo || t.tok >= g.hi {
			continue
		}
		if d := abs(j - t.tok); d < dist {
			best, dist = t.tok, d
		}
	}
	return best
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
	if j >= 2 && s.toks[j-1].low == "-" {
		if w := wordAt(s.toks, j-2); w == "pre" || w == "post" {
			return false // "pre-2014 borders"
		}
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
