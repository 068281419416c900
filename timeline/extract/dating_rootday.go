package extract

import "github.com/storyline/storyline/timeline"

// rootDayTime returns the time a sentence sets for a story that has set
// none yet when its main verb, a past deed, took a day from a clause
// below it rather than from a time of its own: "Two hostages died in
// the siege, which ended shortly after 2 a.m. on Tuesday when police
// stormed the building. The gunman was shot dead." The death is
// Tuesday's, and the shooting told next goes on from it; without a
// story time it was taken for the paper's news of the day after.
func (x *extractor) rootDayTime(p parsed, group []placed) (*timeline.When, bool) {
	if p.s.Span.Kind == timeline.Heading || x.doc.Published.IsZero() {
		// Undated, the paper's day dates nothing the story's time
		// would take over from.
		return nil, false
	}
	for _, pl := range group {
		if p.head(pl.word) >= 0 || p.word(pl.word).UPOS != "VERB" || p.tense(pl.word) != past {
			continue
		}
		ev := &x.res.Events[pl.event]
		w := ev.When
		if ev.Status != timeline.Occurred || w == nil || w.Basis != BasisNarrative || w.Granularity != timeline.Day {
			continue
		}
		return p.storyDay(w)
	}
	return nil, false
}
