package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// onsetDates gives an event noun the date and status of the verb that
// tells when it begins, goes on or ends: "The walkout is scheduled to
// begin on March 12" is a walkout of March 12, still to come, not one of
// the time the story last set; so are "the trial is expected to start
// next week" and "talks resumed on Monday". The verb is the noun's own,
// or the infinitive of the verb of schedule or belief it is the subject
// of. A date the text gives the noun itself stays.
func (x *extractor) onsetDates(p parsed, group []placed) {
	for _, pl := range group {
		ev := &x.res.Events[pl.event]
		n := pl.word
		if p.word(n).UPOS != "NOUN" || p.rel(n) != "nsubj" && p.rel(n) != "nsubj:pass" || ev.When != nil && ev.When.Basis == BasisText {
			continue
		}
		v := p.head(n)
		if v >= 0 && !p.onsetVerb(v) && p.raising(v) {
			v = p.dependentOf(v, "xcomp")
		}
		if v < 0 || !p.onsetVerb(v) {
			continue
		}
		onset := eventAtWord(x, group, v)
		if onset == nil || onset.When == nil || onset.When.Basis != BasisText || !p.hasTimeOfItsOwn(v) {
			continue // not a time the verb shares with a conjunct ("took place and ran past midnight")
		}
		ev.When = carried(onset.When, BasisText)
		if onset.Status == timeline.Expected || onset.Status == timeline.Planned {
			ev.Status = onset.Status
		}
	}
}

// onsetVerb reports whether verb v tells that an event begins, goes on or
// ends: "begin", "resume", "go ahead", "take place".
func (p parsed) onsetVerb(v int) bool {
	if p.word(v).UPOS != "VERB" {
		return false
	}
	switch strings.ToLower(p.word(v).Lemma) {
	case "begin", "start", "resume", "open", "end", "conclude", "continue":
		return true
	case "go":
		return p.hasParticle(v, "ahead")
	case "take":
		k := p.dependentOf(v, "obj")
		return k >= 0 && strings.EqualFold(p.word(k).Lemma, "place")
	}
	return false
}
