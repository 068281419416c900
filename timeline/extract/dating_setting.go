package extract

import "strings"

// setting reports whether event noun n is told as the occasion or the
// frame of its verb, so at its time ("spoke at a news conference on
// Friday", "was injured in the blast on Friday"), not as an event before
// or after it ("returned on Friday after the talks").
//
// The noun of an object is not: "condemned on Friday the attack" of
// Thursday.
func (p parsed) setting(n int) bool {
	if p.rel(n) != "obl" {
		return false
	}
	return !p.markedBy(n, otherTimeCase) && !p.markedBy(n, matterCase)
}

// otherTimeCase is a preposition that puts its noun at another time than
// the word it hangs from: "returned after the talks".
func otherTimeCase(prep string) bool {
	switch prep {
	case "after", "before", "since", "until", "till", "following", "ahead", "prior":
		return true
	}
	return false
}

// matterCase is a preposition that makes its noun the matter of the word
// it hangs from, an event of its own time: "an inquiry into the collapse",
// "charged over the fire", "a protest against the ruling". Not "for":
// "met on Tuesday for talks" is the talks' Tuesday.
func matterCase(prep string) bool {
	switch prep {
	case "into", "over", "about", "against", "regarding", "concerning":
		return true
	}
	return false
}

// markedBy reports whether noun n has a case marker that is.
func (p parsed) markedBy(n int, is func(string) bool) bool {
	for k := range p.s.Words {
		if p.head(k) == n && p.rel(k) == "case" && is(strings.ToLower(p.word(k).Form)) {
			return true
		}
	}
	return false
}

// scheduledFor reports whether time expression top, headed there, is the
// day verb v fixes for something else rather than the day v happened:
// "set the trial for April 14", "postponed the vote until May",
// "adjourned the hearing to Monday". The setting itself took place when
// the story tells it.
func (p parsed) scheduledFor(v, top int) bool {
	if !schedulingVerbs[strings.ToLower(p.word(v).Lemma)] {
		return false
	}
	return p.markedBy(top, func(prep string) bool {
		switch prep {
		case "for", "until", "till", "to":
			return true
		}
		return false
	})
}

// scheduledThing reports whether word n is what verb v schedules: its
// object, its subject in the passive ("the vote was postponed"), or the
// noun its participle qualifies.
func (p parsed) scheduledThing(n, v int) bool {
	if n != v && p.head(v) == n && p.word(v).Deprel == "acl" {
		return true // "a memorial service planned for Saturday"
	}
	if n == v || p.head(n) != v {
		return false
	}
	return p.rel(n) == "obj" || p.word(n).Deprel == "nsubj:pass"
}

var schedulingVerbs = set("set schedule reschedule slate postpone delay adjourn defer move push bring fix " +
	"call plan arrange organise organize") // "called a national strike for Monday", "planned a rally for Saturday"
