package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

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
