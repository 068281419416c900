package temporal

import (
	"github.com/storyline/storyline/timeline"
)

// What the text has named so far (the last day, quarter, year or stretch
// of months) is what "the following day", "the quarter" and "that year"
// count from: remember keeps it, leaving out a day that only names a thing.

// remember updates the discourse state with a new expression.
func (p *parser) remember(r result) {
	s := r.s
	switch {
	case s.kind == kDay && s.y != 0 && s.m != 0 && s.d != 0:
		if !p.namesAThing(r) && !p.overnight(r.start) && !p.sinceDay(r) && !p.inLaterRelative(r.start, s.date()) {
			p.noteTelling(r, s.date())
			p.noteDeedDay(r, s.date())
			back := p.pastBeforePast(r)
			if back && !p.back {
				p.before, p.beforeSet = p.ref, p.refSet
			}
			p.back = back
			p.ref, p.refSet, p.refAt, p.refEnd = s.date(), true, r.start, r.end
			p.refFront = p.framesSentence(r.start)
			p.noteEvening(s.date(), s.hour)
		}
		p.lastYear = s.y
	case s.kind == kQuarter && s.y != 0 && s.n != 0 && !s.derived && !p.forecast(s, r) && !p.lookBack(s):
		p.lastQ, p.lastQAt = s, r.start
		p.lastYear = s.y
	case (s.kind == kYear || s.kind == kMonth || s.kind == kSeason) && s.y != 0:
		p.lastYear = s.y
	case s.kind == kQuarter && s.derived && s.y == p.lastQ.y && s.n == p.lastQ.n:
		p.lastQAt = r.start // "the quarter" again: the report is back on it
	case s.kind == kDuration && s.unit == uMonth && s.n >= 2 && s.n <= 11 && p.cls(r.start) == wThe:
		p.stretchAt, p.stretchSet = r.start, true
	}
	if !s.derived && s.y != 0 && s.typ == timeline.TypeDate {
		switch s.kind {
		case kMonth, kSeason, kQuarter, kYear:
			p.coarse, p.coarseAt = s, r.start
		}
	}
}

// sinceDay reports whether the day at r is when a state began ("has
// been orbiting the moon since Friday", "has been held since his capture
// on Friday night"): the story is not at that day, so a clock time after
// it ("hit its peak at 4:06 p.m.") is on the day the text was at before.
func (p *parser) sinceDay(r result) bool {
	if p.cls(r.start) == wSince {
		return true
	}
	for k, n := r.start-1, 0; k >= 0 && n < sinceReach; k-- {
		if p.toks[k].kind == tPunct || p.boundaryAfter(k) {
			return false
		}
		if p.cls(k) == wSince {
			return true
		}
		n++
	}
	return false
}

// sinceReach is how many words "since" may come before the day whose
// start it marks: "since his capture on Friday", "since he was captured
// on Friday night".
const sinceReach = 6

// lookBack reports whether quarter s comes before the quarter the text
// reports on: "net rose in the third quarter … After a flat second
// quarter, …" is still on the third, which "the year-earlier period"
// counts from.
func (p *parser) lookBack(s sem) bool {
	q := p.lastQ
	return q.n > 0 && (s.y < q.y || s.y == q.y && s.n < q.n)
}

// namesAThing reports whether the day at r only says which thing a noun
// is, "the earthquake of March 3", "the March 3 deadline": the story is
// not at that day, so "the same day" after it points to the day it was
// at before.
func (p *parser) namesAThing(r result) bool {
	if p.cls(r.start-1) == wOf {
		return p.plainWord(r.start - 2)
	}
	return p.cls(r.start-1) == wThe && p.plainWord(r.end)
}

// forecast reports whether the quarter s at r is one a report looks
// ahead to rather than reports on: one that starts after the publication
// date, or one still running in a sentence about the future ("expect the
// trend to continue into the fourth quarter", written in October).
func (p *parser) forecast(s sem, r result) bool {
	iv := s.interval(p.dct)
	if iv == nil || p.dct.IsZero() {
		return false
	}
	return iv.Start.After(p.dct) || !iv.End.Before(p.dct) && p.tenseDir(r.start, r.end) > 0
}

// overnight reports whether token i is "overnight", whose night is no day
// the story is at: "had queued overnight to file past the coffin when the
// hall opened at 5 p.m." opened on the day after that night.
func (p *parser) overnight(i int) bool {
	return p.cls(i) == wRef && p.toks[i].lex.val == rOvernight
}

// pastBeforePast reports whether the day at r dates a past before the
// past the story tells, a pluperfect a few words before it ("a change
// McCarthy had resisted until Friday", "had been arrested on Friday"):
// the story looks back to that day without going there, so "hours
// later" in a later sentence is still of the day it was at ("the next
// day" in the same one counts from it: "had taken a test on December 16
// and received the result the next day").
func (p *parser) pastBeforePast(r result) bool {
	for k, n := r.start-1, 0; k >= 0 && n < 4; k-- {
		if p.toks[k].kind == tPunct || p.boundaryAfter(k) {
			return false
		}
		if p.tenseOf(k) < 0 && p.pluperfect(k) {
			return true
		}
		n++
	}
	return false
}
