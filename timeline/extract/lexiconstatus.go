package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// The trigger lexicon's events take their status from the words around
// the trigger (auxiliaries, negation, reporting verbs) and from the clause
// they hang from; tellings chained in one sentence share status and time.

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
	if m.to && !m.govNeg && !s.clauseIsConditional(v) && decidedAct(m.governor, c.t.lemma) {
		st = timeline.Occurred // "voted to approve the deal"
	}
	return reportedStatus(st, g, s, st == timeline.Hypothetical && m.would && !m.may)
}

// reportedStatus marks what a speaker says happened as reported; in
// reported speech "would" is the future seen from the past.
func reportedStatus(st string, g segment, s *sentence, wouldOnly bool) string {
	reported := g.reportedBy >= 0 || g.according >= 0 || g.quoted
	if !reported {
		return st
	}
	if g.reportedBy >= 0 && s.trigs[g.reportedBy].lemma == "deny" && !relativeSegment(g, s) {
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
	si := s.segOf[c.t.tok]
	if g := s.segs[si]; g.coord && c.t.form == formBase && si > 0 {
		// "Russia would rearm and attack again": the subject and the modal
		// of the clause before.
		if subj := s.subjectIn(s.segs[si-1]); subj != nil {
			c.roles.agents = subj
			if st := s.chainStatus(s.segs[si-1]); st != "" && (c.status == timeline.Occurred || c.status == timeline.Reported) {
				c.status = reportedStatus(st, g, s, false)
			}
			return
		}
	}
	for j := k - 1; j >= 0; j-- {
		p := cands[j]
		if c.t.form == formIng && !sayingKinds[c.t.kind] && p.t.speech() && !s.toks[p.t.tok].quoted && s.saysAfter(&p) {
			// "Police say a man opened fire, killing one": a deed
			// shares the reported clause's subject, not the speaker's
			// (who goes on "…, insisting on guarantees").
			return
		}
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
	if s.segs[si].coord {
		for k := si - 1; k >= 0 && c.roles.agents == nil; k-- {
			if g := s.segs[k]; !g.quoted && !g.empty() {
				c.roles.agents = s.subjectIn(g)
			}
		}
	}
	if c.roles.agents == nil {
		c.roles.agents = s.firstSubject(si)
		if len(c.roles.agents) > 0 && c.t.form == formIng && !sayingKinds[c.t.kind] && s.speechBetween(s.tokenOf(c.roles.agents[0], c.t.tok), c.t.tok) {
			c.roles.agents = nil
		}
	}
	if c.roles.agents == nil && si == s.firstSegment() {
		// A fronted participle: "Speaking to reporters, Trump said".
		c.roles.agents = s.subjectAfter(si)
	}
}

// firstSegment returns the first segment that holds tokens.
func (s *sentence) firstSegment() int {
	for i, g := range s.segs {
		if !g.empty() {
			return i
		}
	}
	return 0
}

// chainStatus returns the status the modal words of segment g give, or "".
func (s *sentence) chainStatus(g segment) string {
	var m modality
	for j := g.lo; j < g.hi; j++ {
		if s.toks[j].kind == tWord {
			m.read(s.toks[j].low)
		}
	}
	if !m.will && !m.may && !m.would && !m.neg {
		return ""
	}
	return m.status(false)
}

// previousVerbTime returns the time of the verb trigger before trigger k
// in the sentence: "proposed last week and accepted by Ukraine".
func (s *sentence) previousVerbTime(k int) *timeline.When {
	for j := k - 1; j >= 0; j-- {
		if t := s.trigs[j]; !t.noun() {
			return s.timeOf(t, -1)
		}
	}
	// "On Wednesday he described the plan as a breather and said …": the
	// first verb is none the lexicon knows, but its time is shared.
	for si := s.segOf[s.trigs[k].tok] - 1; si >= 0; si-- {
		g := s.segs[si]
		if g.hasVerb || g.quoted || g.reportedBy >= 0 {
			break
		}
		for j := g.hi - 1; j >= g.lo; j-- {
			if s.usableTimex(j) {
				return s.x.when(s.toks[j].ref)
			}
		}
	}
	return nil
}

// verbTimeBefore returns the time of the nearest verb trigger before
// trigger k in its clause, or nil.
func (s *sentence) verbTimeBefore(k int) *timeline.When {
	si := s.segOf[s.trigs[k].tok]
	for j := k - 1; j >= 0; j-- {
		if v := s.trigs[j]; !v.noun() && s.segOf[v.tok] == si {
			return s.timeOf(v, -1)
		}
	}
	return nil
}

// relativeSegment reports whether segment g opens with a relative pronoun:
// "denied that they had ignored warnings about the plant, which residents
// said had been broken": the relative tells of the plant, as the writer or
// the residents would, and is no part of what is denied.
func relativeSegment(g segment, s *sentence) bool {
	switch g.first(s.toks) {
	case "which", "who", "whom", "whose":
		return true
	}
	return false
}
