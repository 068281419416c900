package extract

import (
	"github.com/storyline/storyline/timeline"
)

// A lede in the perfect tells the day's news ("Microsoft has completed
// its acquisition of Activision Blizzard", "The cabinet has approved the
// deal"): dated by the publication day (see carryStory), it is news as
// an event with a day of its own is, where the same perfect later in a
// story is as often background ("Trump has named Kellogg as his envoy").

// ledeSentences is how many of a document's first sentences, its
// headlines aside, make its lede.
const ledeSentences = 2

// ledeNews reports whether event ev, whose predicate is pred, is a deed of
// a known kind that someone named has done, told in the perfect in the
// lede with no time of its own.
func (p parsed) ledeNews(ev *EventMention, pred int) bool {
	if ev.Kind == KindOther || tellingKinds[ev.Kind] || ev.Status != timeline.Occurred || len(ev.Actors) == 0 ||
		ev.Actors[0].Role != timeline.RoleAgent || p.s.Span.Kind == timeline.Heading {
		return false
	}
	v := p.clauseOf(pred)
	return p.word(v).UPOS == "VERB" && p.tense(v) == perfect && p.firstNews(v) && p.inLede()
}

// inLede reports whether the sentence is one of the first ledeSentences
// of its document that are not headlines.
func (p parsed) inLede() bool {
	n := 0
	for _, sp := range p.x.spans {
		if sp.Start >= p.s.Span.Start {
			return sp.Start == p.s.Span.Start && n < ledeSentences
		}
		if sp.Kind != timeline.Heading {
			n++
		}
	}
	return false
}
