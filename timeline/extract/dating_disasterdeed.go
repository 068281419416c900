package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// disasterDeeds dates a verb by the disaster noun that is its subject:
// "the tremor destroyed the village" and "the storm hit the coast" tell
// one happening, the noun naming what the verb does. A day the text gives
// the noun goes to the verb when that has none of its own; and a definite
// noun that names again a disaster the text dated before ("Rescuers said
// the tremor destroyed the village", after "A tremor hit the region on
// Monday") dates both, over the time the story had reached, which is no
// more than where the telling stands. Not the other way: the verb's day
// may be one it has through a clause above it ("a day after he defended
// his decision as a wildfire swept through the town"), which later rules
// set right for the verb but not for a noun given it here.
func (x *extractor) disasterDeeds(p parsed, group []placed) {
	for _, pl := range group {
		ev := &x.res.Events[pl.event]
		if p.word(pl.word).UPOS != "VERB" || !disasterVerbs[strings.ToLower(p.word(pl.word).Lemma)] || !pastTold(ev) {
			continue
		}
		sub := eventAtWord(x, group, p.dependentOf(pl.word, "nsubj"))
		if sub == nil || sub.Kind != "disaster" || !pastTold(sub) {
			continue
		}
		switch {
		case ownDay(sub.When) && !ownDay(ev.When):
			ev.When = carried(sub.When, BasisNarrative)
		case !ownDay(sub.When) && !ownDay(ev.When) && p.definite(p.dependentOf(pl.word, "nsubj")):
			if w := x.lastDated(sub); w != nil {
				sub.When = carried(w, BasisNarrative)
				ev.When = carried(w, BasisNarrative)
			}
		}
	}
}

// disasterVerbs are what a storm, a quake, a fire or a blast does as it
// happens: "the quake destroyed", "the storm hit", "the blast killed".
var disasterVerbs = set("hit strike destroy kill damage devastate batter ravage flatten level sweep wreck injure wound claim engulf demolish")

// pastTold reports whether ev is told as having happened.
func pastTold(ev *EventMention) bool {
	return ev.Status == timeline.Occurred || ev.Status == timeline.Reported
}

// ownDay reports whether w is a day the text gives the event itself, not
// one the story or the paper lent it.
func ownDay(w *timeline.When) bool {
	return w != nil && (w.Basis == "" || w.Basis == BasisText) && w.Granularity == timeline.Day
}
