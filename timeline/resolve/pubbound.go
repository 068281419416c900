package resolve

import (
	"slices"

	"github.com/storyline/storyline/timeline/extract"
)

// A present perfect is dated by the day it is told ("Israel and Hamas
// have agreed a ceasefire deal", basis publication), which only bounds
// it: it happened by that day. Papers of the next day tell the same
// deal in the same words and get the next day, so two such tellings a
// day apart, of the same predicate and agents, are one event, dated by
// the earlier (dateGroup.better).

// pubBoundGap is the most days (as gapDays counts them: 0 for the next
// day) between a telling dated by its publication and an earlier
// telling of one event.
const pubBoundGap = 0

// befallsGap is the most days (as gapDays counts them) between a
// telling dated by its publication and an earlier telling of what befell
// the same people, both naming them alone (strongFit): "Altman was fired
// on Friday", and on Tuesday "Microsoft hired Altman days after he was
// ousted", dated Tuesday. One person is dismissed, arrested or appointed
// once in a story; a week's news tells of it after the day.
const befallsGap = nearDays - 1

// pubBound reports whether dated r and c, whose dates do not overlap,
// may still be one event because the later of them is dated only by its
// publication day: the same trigger (or two words of their kind, see
// kindWord), the same agents (or those of one among the other's), and no
// other target than the other names; or, of what befalls its patient,
// the same participants (f strongFit), agents or none, within
// befallsGap.
func pubBound(fam string, f fit, r *record, c *cluster, recs []record) bool {
	if fam == famSpeech || !c.dated || r.trigger == "" || !sameWords(r, c) {
		return false
	}
	of := befalls(fam) && f == strongFit
	gap := gapDays(r.start, r.end, c.start, c.end)
	if gap > pubBoundGap && !(of && gap <= befallsGap) || docDisagrees(r, c, recs) {
		return false
	}
	if !of && !agentsWithin(r.agents(), c.agents()) || !targetsWithin(r, c) {
		return false
	}
	if r.start > c.end {
		return publicationDated(r)
	}
	for _, mi := range c.members {
		if o := &recs[mi]; o.dated && !publicationDated(o) {
			return false
		}
	}
	return true
}

// publicationDated reports whether r's date is its publication day.
func publicationDated(r *record) bool {
	return r.dated && r.m.When != nil && r.m.When.Basis == extract.BasisPublication
}

// agentsWithin reports whether both name agents and one's are all the
// other's: "Hamas agreed", "Israel and Hamas agreed".
func agentsWithin(a, b []int32) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	shared := countShared(a, b)
	return shared == len(a) || shared == len(b)
}

// targetsWithin reports whether the actors besides the agents that r
// and c name are one's among the other's, or either names none.
func targetsWithin(r *record, c *cluster) bool {
	a := others(r.actors(), r.agents())
	b := others(c.actors(), c.agents())
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	shared := countShared(a, b)
	return shared == len(a) || shared == len(b)
}

// others returns the actors that are not agents.
func others(actors, agents []int32) []int32 {
	var out []int32
	for _, a := range actors {
		if !slices.Contains(agents, a) {
			out = append(out, a)
		}
	}
	return out
}

// sameWords reports whether r's trigger is one of c's, or, of what
// befalls its patient once, a word of the kind both are told as and c's
// tellings use another (kindWord, see wordsAgree).
func sameWords(r *record, c *cluster) bool {
	if slices.Contains(c.triggers, r.trigger) {
		return true
	}
	if !once(r.family) || r.kind != c.kind || !kindWord(r.trigger, r.kind) {
		return false
	}
	return slices.ContainsFunc(c.triggers, func(t string) bool { return kindWord(t, r.kind) })
}
