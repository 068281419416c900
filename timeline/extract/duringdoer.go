package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// passiveBefore reports whether a passive verb stands in g before token i:
// "hostages who were kidnapped during the attack", "officers were
// injured during the protest" underwent the verb and took no part in
// what the noun after "during" names as its doers.
func (s *sentence) passiveBefore(g segment, i int) bool {
	for j := i - 1; j > g.lo; j-- {
		w := s.toks[j]
		if w.kind != tWord || !s.beforeBe(j) {
			continue
		}
		if e, ok := verbs[w.low]; ok && e.form == formPast || len(w.low) > 4 && strings.HasSuffix(w.low, "ed") || irregularParticiples[w.low] {
			return true
		}
	}
	return false
}

// stoppedNow gives what a verb of stopping ends the status of something
// going on, with no day: "would halt fighting in Gaza" is no fighting
// that would happen on the day the truce begins.
func (s *sentence) stoppedNow(c *cand) {
	if (c.t.noun() || c.t.form == formIng) && s.stoppedBy(c.t.tok) {
		c.status, c.when = timeline.Occurred, nil
		c.roles.inherit = false
	}
}

// stoppedBy reports whether the noun at n is what a verb of stopping
// right before it ends: "halt fighting", "stop the bombardment".
func (s *sentence) stoppedBy(n int) bool {
	j := n - 1
	if j >= 0 && s.toks[j].kind == tWord && (s.toks[j].low == "the" || s.toks[j].low == "all") {
		j--
	}
	return j >= 0 && s.toks[j].kind == tWord && stoppingVerbs[s.toks[j].low]
}

var stoppingVerbs = set("halt halts halted halting stop stops stopped stopping end ends ended ending " +
	"cease ceases ceased suspend suspends suspended pause paused freeze freezes froze")
