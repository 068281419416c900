package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// anaphoricDates dates what the text ties to an event it told before. A
// definite event noun ("the quake", "the vote", "this attack") is the
// event of that word the story last dated; and a deed set in an event
// ("collapsed in the quake", "was injured during the protest") happened
// when it did. Both carry the date as a narrative time does.
func (x *extractor) anaphoricDates(p parsed, group []placed) {
	for _, pl := range group {
		ev := &x.res.Events[pl.event]
		// A date from the publication day is the telling's, not the
		// event's: "Her death was announced by her publisher" tells of
		// the death on Tuesday.
		if ev.When != nil && ev.When.Basis != BasisPublication || ev.Status != timeline.Occurred || p.word(pl.word).UPOS != "NOUN" || !p.definite(pl.word) {
			continue
		}
		if w := x.lastDated(ev); w != nil {
			ev.When = carried(w, BasisNarrative)
		}
	}
	for _, pl := range group {
		ev := &x.res.Events[pl.event]
		if ev.When != nil || ev.Status != timeline.Occurred && ev.Status != timeline.Reported {
			continue
		}
		for k := range p.s.Words {
			if p.head(k) != p.clauseOf(pl.word) || p.rel(k) != "obl" || k == pl.word {
				continue
			}
			if c := p.caseOf(k); c != "in" && c != "during" || p.judging(p.clauseOf(pl.word)) && p.deedNoun(k) {
				continue // "was charged in the Jan. 4 shooting": what is judged, not where
			}
			if setting := eventAtWord(x, group, k); setting != nil && setting.When != nil && setting.When.Granularity == timeline.Day {
				ev.When = carried(setting.When, BasisNarrative)
				break
			}
		}
	}
}

// sayingAlongside dates an undated saying coordinated with a deed the
// text dates: "Opening the conference on Thursday, Vasko thanked the
// rescuers and said every school would be rebuilt" was said on Thursday,
// not on the day it was printed. It reports whether it dated one.
func (x *extractor) sayingAlongside(p parsed, pl placed, group []placed) bool {
	ev := &x.res.Events[pl.event]
	if ev.When != nil || !p.isSpeech(pl.word) || p.word(pl.word).Deprel != "conj" {
		return false
	}
	deed := eventAtWord(x, group, p.head(pl.word))
	if deed == nil || deed.When == nil || deed.When.Basis != BasisText && deed.When.Basis != BasisNarrative || deed.Status != timeline.Occurred {
		return false
	}
	ev.When = carried(deed.When, BasisNarrative)
	return true
}

// definite reports whether noun n is definite: "the quake", "this
// attack", "Tuesday's earthquake".
func (p parsed) definite(n int) bool {
	for k := range n {
		if p.head(k) != n {
			continue
		}
		switch p.word(k).Deprel {
		case "det":
			switch strings.ToLower(p.word(k).Form) {
			case "the", "this", "that":
				return true
			}
		case "nmod:poss":
			return true
		}
	}
	return false
}

// anaphoraReach is how far back, in bytes, a definite event noun looks
// for the event it names again: two or three paragraphs. Further back, "the
// talks" or "the war" is as often another or a longer one.
const anaphoraReach = 800

// lastDated returns the date the text gave the last event told before ev
// by the same word or one of its kin (quake, earthquake), on a day and not
// long before: the event a definite noun names again.
func (x *extractor) lastDated(ev *EventMention) *timeline.When {
	if lasting(ev.Trigger) {
		return nil
	}
	at := ev.Mention.Trigger.Start
	var best *EventMention
	for i := range x.res.Events {
		e := &x.res.Events[i]
		t := e.Mention.Trigger
		if e == ev || t == nil || t.Start >= at || e.When == nil || e.When.Basis != BasisText || e.Status != timeline.Occurred && e.Status != timeline.Reported {
			continue
		}
		if e.Trigger != ev.Trigger && !wn.Related(e.Trigger, ev.Trigger) || at-t.Start > anaphoraReach || e.When.Granularity != timeline.Day {
			continue
		}
		if best == nil || t.Start > best.Mention.Trigger.Start {
			best = e
		}
	}
	if best == nil {
		return nil
	}
	return best.When
}

// lasting reports whether an event noun names a state that lasts months
// or years, which no one day a sentence mentions it on is the day of:
// "talks on the war" on Tuesday, then "once the war is over".
func lasting(lemma string) bool {
	switch strings.ToLower(lemma) {
	case "war", "conflict", "crisis", "occupation", "siege", "insurgency", "rebellion", "dispute", "standoff",
		"feud", "pandemic", "epidemic", "drought", "famine", "recession", "blockade", "embargo", "boycott":
		return true
	}
	return false
}
