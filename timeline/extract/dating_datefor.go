package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// scheduledForDates leaves undated what a date is set, or not set, for:
// in "The judge did not set a date for sentencing" and "No date has been
// set for the trial" the sentencing and the trial are still to come, not
// on the day of the sentence before nor on the publication day, which is
// all the story or the tense gave them. A day the text gives them stays.
func (x *extractor) scheduledForDates(p parsed, group []placed) {
	for _, pl := range group {
		ev := &x.res.Events[pl.event]
		if ev.When == nil || ev.When.Basis != BasisNarrative && ev.When.Basis != BasisPublication || !p.dateSetFor(pl.word) {
			continue
		}
		ev.When = nil
		if ev.Status == timeline.Occurred {
			ev.Status = timeline.Expected
		}
	}
}

// dateNouns name the day a thing is set for.
var dateNouns = map[string]bool{"date": true, "deadline": true, "timetable": true}

// dateSetFor reports whether "for" ties word v to a date: "a date for
// sentencing", "set a date for the trial", "no date has been set for the
// hearing".
func (p parsed) dateSetFor(v int) bool {
	h := p.head(v)
	if h < 0 {
		return false
	}
	isFor := false
	for k := range v {
		if p.head(k) == v && (p.rel(k) == "case" || p.rel(k) == "mark") && strings.EqualFold(p.word(k).Form, "for") {
			isFor = true
		}
	}
	if !isFor {
		return false
	}
	if dateNouns[strings.ToLower(p.word(h).Lemma)] {
		return true
	}
	for k := range p.s.Words {
		if p.head(k) == h && (p.rel(k) == "obj" || p.word(k).Deprel == "nsubj:pass") && dateNouns[strings.ToLower(p.word(k).Lemma)] {
			return true
		}
	}
	return false
}
