package temporal

import "github.com/storyline/storyline/timeline"

// A future told from the past ("she said on Monday that the vote would
// take place on Thursday") looks ahead of the day it was told, not of the
// publication day: in a Friday paper that Thursday is the day before,
// not the week after. Only "would" and the past of a plan ("was to",
// "were expected to", "planned") look back on the future that way; a
// "will" still speaks from the publication day.

// sayingDayAhead returns the day wd that first follows the day the
// sentence before token i named, when what i dates is a future seen from
// that earlier day; ok is false otherwise.
func (p *parser) sayingDayAhead(wd, i int) (timeline.Date, bool) {
	if !p.refSet || p.dct.IsZero() || !p.ref.Before(p.dct) || p.refEnd > i || !p.oneSentence(p.refAt, i) {
		return timeline.Date{}, false
	}
	if !p.pastFutureBefore(p.refEnd, i) {
		return timeline.Date{}, false
	}
	ahead := (wd - int(p.ref.Weekday()) + 7) % 7
	if ahead == 0 {
		return timeline.Date{}, false // "said Monday it would meet Monday": which one is unclear
	}
	return p.ref.AddDays(ahead), true
}

// pastFutureBefore reports whether the nearest tense word in tokens
// (from, i) is a future seen from the past: "would", "was to", "were
// expected", "planned to".
func (p *parser) pastFutureBefore(from, i int) bool {
	for k := i - 1; k >= from; k-- {
		if p.boundaryAfter(k) {
			return false
		}
		if p.toks[k].kind != tWord {
			continue
		}
		pastBe := p.is(k-1, "was") || p.is(k-1, "were")
		switch {
		case p.is(k, "would"):
			return true
		case pastBe && (p.is(k, "to") || p.is(k, "expected") || p.is(k, "scheduled") || p.is(k, "due") || p.is(k, "set")):
			return true
		case p.is(k, "to") && p.is(k-1, "planned") && !p.is(k-2, "had"):
			return true
		}
		if p.tenseOf(k) != 0 || p.futureInPast(k) {
			return false
		}
	}
	return false
}

// pastFutureAround reports whether the sentence around tokens [i, end)
// looks ahead from the past, before or after them: "would open in
// March", "In March, it was expected to open".
func (p *parser) pastFutureAround(i, end int) bool {
	if p.pastFutureBefore(max(0, i-contextTokens/2), i) {
		return true
	}
	for k := end; k < len(p.toks) && k < end+contextTokens/2; k++ {
		if p.boundaryAfter(k-1) && k > end {
			return false
		}
		if p.is(k, "would") || (p.is(k, "was") || p.is(k, "were")) && p.tenseOf(k+1) > 0 || p.is(k, "planned") && p.is(k+1, "to") {
			return true
		}
	}
	return false
}
