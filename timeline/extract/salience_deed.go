package extract

import "github.com/storyline/storyline/timeline"

// datedSteps shows a step an authority takes that the narrative dates: a
// named doer opening an inquiry or putting a measure in place ("the
// FBI opened an investigation", "as the FBI began reviewing …", "the
// governor declared a state of emergency"). The parse's salience caps an
// event with no day of its own at 0.45 (see salience), since a state or a
// remark dated only by its sentence or the publication day is as often
// background; a step that changes the story's state is news on whatever
// day the story gives it, as a toll is.
func (x *extractor) datedSteps(p parsed, group []placed) {
	for _, g := range group {
		ev := &x.res.Events[g.event]
		if ev.When == nil || ev.Speaker >= 0 || ev.Status != timeline.Occurred || len(ev.Actors) == 0 || ev.Actors[0].Role != timeline.RoleAgent ||
			ev.Salience >= timeline.DefaultMinSalience || p.s.Span.Kind == timeline.Heading {
			continue
		}
		if ev.Kind == "legal" && p.word(g.word).UPOS == "NOUN" && p.heldByLightVerb(g.word) ||
			ev.Kind == KindAnnouncement && p.word(g.word).UPOS == "VERB" && p.measureObject(g.word) {
			ev.Salience = timeline.DefaultMinSalience
		}
	}
}
