package temporal

import "github.com/storyline/storyline/timeline"

// The day a bare clock time is of. A careful reader puts "at 10 a.m." on
// the day the narrative is at: the last day named while the text stays
// on it, but not a day a paragraph back that only dated something in
// passing, weeks before the story's own days ("Documents show that he
// tested positive on December 16. \n\n The hearing had been due to begin
// at 10 a.m." is a hearing of the publication day).

// staleReach is how many days before the publication date a day named
// in passing may lie and still be the story's own stretch of days.
const staleReach = 7

// clockAnchor is the day a clock time at token i with no day of its own
// counts from: the last day named, unless that day lies behind a
// paragraph break, more than staleReach days before the publication
// date, and was no frame of its sentence ("Early on Oct. 2, a team
// arrived. \n\n He entered the consulate at 1:08 p.m." stays on Oct. 2).
func (p *parser) clockAnchor(i int) timeline.Date {
	if p.refSet && !p.dct.IsZero() && p.ref.After(p.dct) && p.tenseDir(i, i+1) < 0 {
		// "is expected to make landfall on Wednesday. … Ian came ashore
		// in Cuba at about 4:30 a.m.": a deed done is on no day still to
		// come; with none of its own it is the paper's news
		return p.dct
	}
	if p.toldSet && p.refSet && p.toldAt == p.refAt && p.refEnd >= 0 && p.sentencesBetween(p.refEnd, i) > 0 {
		return p.toldOf
	}
	if !p.refSet || p.dct.IsZero() || p.refFront || p.ref.DaysUntil(p.dct) <= staleReach {
		return p.anchor()
	}
	if p.refEnd < 0 || p.paragraphBetween(p.refEnd, i) {
		return p.dct
	}
	return p.ref
}

// paragraphBetween reports whether a line break starts a token in (a, b].
func (p *parser) paragraphBetween(a, b int) bool {
	for k := a + 1; k <= b && k < len(p.toks); k++ {
		if p.toks[k].newline {
			return true
		}
	}
	return false
}

// framesSentence reports whether the day at token i opens its sentence,
// with at most a few words of a time adverbial before it ("On Oct. 2,",
// "Early on Oct. 2,", "On the afternoon of Oct. 1,"): the sentence is
// set on that day, not just dating one thing in it.
func (p *parser) framesSentence(i int) bool {
	for k := i; k >= 0 && k >= i-5; k-- {
		if p.sentenceStart(k) {
			return true
		}
	}
	return false
}

// tellingVerbs are the verbs of a wire lede's attribution, whose day is
// the telling's ("officials said on Saturday").
var tellingVerbs = []string{"said", "says", "told", "added", "announced", "confirmed", "reported", "stated"}

// noteTelling notes, as day d at r becomes the last day named, whether
// d only dates the telling of a deed its sentence dated earlier: "A
// liner ran aground late on Friday, killing three people, officials
// said on Saturday. The ship struck rocks shortly after 9.30 p.m." The
// clock time in the sentences after is the deed's Friday, as a reader
// takes it, not the Saturday the officials spoke.
func (p *parser) noteTelling(r result, d timeline.Date) {
	p.toldSet = false
	if !p.refSet || p.refAt < 0 || p.sentencesBetween(p.refAt, r.start) > 0 || !p.ref.Before(d) {
		return
	}
	k := r.start - 1
	if p.is(k, "on") {
		k--
	}
	if p.is(k, "reporters") || p.is(k, "journalists") {
		k-- // "told reporters on Saturday"
	}
	for _, v := range tellingVerbs {
		if p.is(k, v) {
			p.toldOf, p.toldAt, p.toldSet = p.ref, r.start, true
			return
		}
	}
}
