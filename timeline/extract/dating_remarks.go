package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// remarkNouns name a telling again as a thing: "His remarks, delivered
// hours before the call, …".
var remarkNouns = set("remarks remark comments comment statement statements speech testimony words " +
	"address briefing announcement interview warning")

// sameDayLead are the words before "before"/"after" that keep an event on
// its anchor's day: "hours before the call", "shortly after the vote".
var sameDayLead = set("hours minutes moments shortly just soon")

// remarkDates dates a telling that the next sentence names again with
// the time the text left out of it: "Hegseth told allies that … . His
// remarks, delivered hours before the call, unsettled ministers" was told
// on the call's day, not on the day the paper printed it; so was "…, she
// said. Her comments on Tuesday drew a rebuke". Only a telling dated by
// the publication day alone takes it, and only a time in the noun's own
// phrase before its verb counts: "His remarks drew criticism on
// Tuesday" dates the criticism.
func (x *extractor) remarkDates(p parsed, group []placed) {
	for n := range p.s.Words {
		if !remarkNouns[strings.ToLower(p.word(n).Form)] || p.word(n).UPOS != "NOUN" {
			continue
		}
		poss := p.possessorOf(n)
		if poss < 0 {
			continue
		}
		saying := x.sayingBefore(p.s.Span.Start)
		if saying == nil || !x.sameSpeaker(p, poss, saying) {
			continue
		}
		if w := x.remarkTime(p, group, n); w != nil {
			saying.When = w
		}
		return
	}
}

// possessorOf returns the possessive pronoun or name of noun n that opens
// its sentence's subject ("His remarks", "Hegseth's comments"), or -1.
func (p parsed) possessorOf(n int) int {
	if n > 3 {
		return -1 // the subject opens the sentence
	}
	for k := range n {
		if p.head(k) == n && p.word(k).Deprel == "nmod:poss" {
			return k
		}
	}
	return -1
}

// sayingBefore returns the last telling of the sentence before offset
// at, when the publication day alone dates it.
func (x *extractor) sayingBefore(at int) *EventMention {
	from := -1
	for _, sp := range x.spans {
		if sp.End <= at {
			from = sp.Start
		}
	}
	var last *EventMention
	for i := range x.res.Events {
		e := &x.res.Events[i]
		t := e.Mention.Trigger
		if t == nil || t.Start >= at || t.Start < from || from < 0 || !tellingKinds[e.Kind] {
			continue
		}
		if last == nil || t.Start > last.Mention.Trigger.Start {
			last = e
		}
	}
	if last == nil || last.Status != timeline.Occurred || last.When == nil || last.When.Basis != BasisPublication {
		return nil
	}
	return last
}

// sameSpeaker reports whether possessor word k names saying's speaker: a
// pronoun of a person or a group, or a name the speaker goes by.
func (x *extractor) sameSpeaker(p parsed, k int, saying *EventMention) bool {
	switch strings.ToLower(p.word(k).Form) {
	case "his", "her", "their":
		return agentOf(saying) != ""
	}
	ref := p.actorAt(k)
	return ref >= 0 && x.actors[ref].ID != "" && x.actors[ref].ID == agentOf(saying)
}

// remarkTime returns the day the phrase of remark noun n gives, between
// the noun and its verb (a verb that only says it took place, "came",
// lends its own time): a day of the text ("on Tuesday"), or the day of
// an event the story dated that it came hours before or after ("hours
// before the call").
func (x *extractor) remarkTime(p parsed, group []placed, n int) *timeline.When {
	end := len(p.s.Words)
	if v := p.head(n); v > n && !p.occurrenceVerb(v) {
		end = v
	}
	for k := n + 1; k < end; k++ {
		if p.inTimex(k) {
			if w := x.when(x.timexAt(p.word(k).Start)); w.Granularity == timeline.Day && w.Start == w.End {
				return w
			}
			return nil
		}
		form := strings.ToLower(p.word(k).Form)
		if (form == "before" || form == "after") && k > 0 && sameDayLead[strings.ToLower(p.word(k-1).Form)] {
			if w := x.anchorDay(p, group, k); w != nil {
				return carried(w, BasisNarrative)
			}
			return nil
		}
	}
	return nil
}

// anchorDay returns the day of the definite event noun after "before" or
// "after" at word m ("before the call"): its own date in this sentence,
// else that of the event of its word the story last dated.
func (x *extractor) anchorDay(p parsed, group []placed, m int) *timeline.When {
	for k := m + 1; k < len(p.s.Words) && k <= m+4; k++ {
		if p.word(k).UPOS != "NOUN" {
			continue
		}
		if !p.definite(k) {
			return nil
		}
		if e := eventAtWord(x, group, k); e != nil && e.When != nil && e.When.Basis != BasisPublication && e.When.Granularity == timeline.Day {
			return e.When
		}
		return x.lastDayOf(strings.ToLower(p.word(k).Lemma), p.word(k).Start)
	}
	return nil
}

// lastDayOf returns the day the text or the story gave the last event
// told before offset at by trigger lemma: the event "the call" names
// again. Unlike lastDated it reaches back to the lede, where the story's
// central event is dated; a definite noun with "hours before" names
// that one.
func (x *extractor) lastDayOf(lemma string, at int) *timeline.When {
	var best *EventMention
	for i := range x.res.Events {
		e := &x.res.Events[i]
		t := e.Mention.Trigger
		if t == nil || t.Start >= at || e.Trigger != lemma && !wn.Related(e.Trigger, lemma) || e.When == nil || e.When.Granularity != timeline.Day ||
			e.When.Basis != BasisText && e.When.Basis != BasisNarrative || e.Status != timeline.Occurred {
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

// timexAt returns the index of the time expression holding offset at.
func (x *extractor) timexAt(at int) int {
	for i, tx := range x.timexes {
		if tx.Start <= at && at < tx.End {
			return i
		}
	}
	return -1
}

// writtenTellings are the things a telling is made in or by: "said in a
// letter dated Thursday", "said a message read on Friday night".
var writtenTellings = set("letter letters message messages note statement communique communiqué declaration " +
	"post tweet email e-mail interview speech address broadcast video recording editorial article column")

// tellingSetting dates a saying by the day the text gives what it was
// said in or by: "Eva Falk said in a letter dated Thursday" and "said a
// message that was read on Friday night" were said then, not on the day
// the paper printed them. Only a saying dated by the publication day
// alone takes it, and only a day the text gives the letter's or
// message's own clause.
func (x *extractor) tellingSetting(p parsed, group []placed) {
	for _, pl := range group {
		ev := &x.res.Events[pl.event]
		if !p.isSpeech(pl.word) || ev.When == nil || ev.When.Basis != BasisPublication || ev.Status != timeline.Occurred {
			continue
		}
		for k := range p.s.Words {
			if p.head(k) != pl.word || !writtenTellings[strings.ToLower(p.word(k).Form)] {
				continue
			}
			if !(p.rel(k) == "obl" && p.caseOf(k) == "in" || p.rel(k) == "nsubj") {
				continue
			}
			if w := x.clauseDay(p, group, k); w != nil {
				ev.When = carried(w, BasisText)
				break
			}
		}
	}
}

// clauseDay returns the day the text gives the participle or relative
// clause of noun n ("a letter dated Thursday", "a message that was read
// on Friday night"), or nil.
func (x *extractor) clauseDay(p parsed, group []placed, n int) *timeline.When {
	for j := range p.s.Words {
		if p.head(j) != n || p.rel(j) != "acl" || p.dependentOf(j, "mark") >= 0 {
			continue // "a letter that the farm was sold" tells what was said
		}
		if e := eventAtWord(x, group, j); e != nil && e.When != nil && e.When.Basis == BasisText &&
			e.When.Granularity == timeline.Day && e.When.Start == e.When.End {
			return e.When
		}
		for k := range p.s.Words {
			// "the letter, dated Monday": a participle that is no event
			if p.head(k) == j && p.inTimex(k) {
				if w := x.when(x.timexAt(p.word(k).Start)); w.Granularity == timeline.Day && w.Start == w.End {
					return w
				}
			}
		}
	}
	return nil
}
