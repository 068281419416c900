package extract

import "github.com/storyline/storyline/timeline"

// speaking is the occasion a speaker was last dated at: who spoke, and
// the day the text gave it.
type speaking struct {
	agent string
	when  *timeline.When
}

// speakerGoesOn returns the day of the occasion saying ev goes on with,
// or nil. A reporter tells one occasion's words in a run of sentences:
// "Gonzalez lashed out at his relatives Sunday night. He said they had
// manipulated his son." The second saying is Sunday night's, not the
// publication day's, as long as the same speaker goes on, nobody else has
// spoken and no sentence has named another time since.
func (x *extractor) speakerGoesOn(ev *EventMention) *timeline.When {
	if x.spoke.when == nil || agentOf(ev) != x.spoke.agent {
		return nil
	}
	return x.spoke.when
}

// sayingDay returns the day of a saying with no time of its own in
// sentence p: the occasion its speaker goes on with, else the
// publication day.
func (x *extractor) sayingDay(p parsed, ev *EventMention) *timeline.When {
	if w := x.speakerGoesOn(ev); w != nil && !p.ownTime() {
		return carried(w, BasisNarrative)
	}
	if w := x.recapDay(p); w != nil && !p.ownTime() {
		return carried(w, BasisNarrative)
	}
	return x.publication()
}

// noteSpeaker follows the occasion a dated sentence sets for its speaker
// (see speakerGoesOn): a telling with a speaker, dated by the text to a
// day before publication, starts one; another speaker's telling, or a
// time the sentence names for something else, ends it.
func (x *extractor) noteSpeaker(p parsed, group []placed) {
	var next *speaking
	other := false
	for _, pl := range group {
		ev := &x.res.Events[pl.event]
		a := agentOf(ev)
		if !tellingKinds[ev.Kind] || a == "" {
			continue
		}
		if w := ev.When; w != nil && w.Basis != BasisPublication && ev.Status == timeline.Occurred &&
			w.Granularity == timeline.Day && w.Start == w.End && w.Start.Before(x.doc.Published) {
			next = &speaking{agent: a, when: w}
		} else if a != x.spoke.agent {
			other = true
		}
	}
	switch {
	case next != nil:
		x.spoke = *next
	case other || p.ownTime():
		x.spoke = speaking{}
	}
}

// agentOf returns the id of ev's agent, or "".
func agentOf(ev *EventMention) string {
	for _, a := range ev.Actors {
		if a.Role == timeline.RoleAgent {
			return a.ID
		}
	}
	return ""
}
