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
