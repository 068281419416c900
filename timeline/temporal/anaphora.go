package temporal

import "github.com/storyline/storyline/timeline"

// What anaphoric expressions count from: the last date the text
// mentioned, or the month, quarter or year it last spoke of ("the
// following month", "that same day").

// anchor is the date anaphoric expressions count from.
func (p *parser) anchor() timeline.Date {
	if p.refSet {
		return p.ref
	}
	return p.dct
}

// coarseSince reports whether a month, season, quarter or year was
// mentioned after the last day-level date (or with none before it): "that
// day" then points into it ("killed last October … removed that same day").
func (p *parser) coarseSince() bool {
	return p.coarse.y != 0 && (!p.refSet || p.coarseAt > p.refAt)
}

// coarseReach is how many tokens back a month or year can be that "that
// day" points into: a sentence or two. Further back, "trades made that
// day" is more often any day than one of a period named long before.
const coarseReach = 40

// dayIn is an unknown day of the period c: YYYY-MM-XX in a month,
// YYYY-XX-XX in a longer one, with c's days as its interval, since naming
// any one day of it would be a guess.
func (p *parser) dayIn(c sem) sem {
	s := sem{kind: kDay, typ: timeline.TypeDate, y: c.y}
	if c.kind == kMonth {
		s.m = c.m
	}
	c.mod, c.span = "", spanValue
	if iv, ok := c.days(p.dct); ok {
		s.vague = &iv
	}
	return s
}

// anchorFor is the date "the following u" counts from: the last date
// mentioned, or the start of the last month, quarter or year mentioned
// when that came later and is no finer than u.
func (p *parser) anchorFor(u int) timeline.Date {
	c := p.coarse
	if c.y != 0 && (!p.refSet || p.coarseAt > p.refAt) {
		cu := uYear
		switch c.kind {
		case kMonth:
			cu = uMonth
		case kSeason, kQuarter:
			cu = uQuarter
		}
		if cu <= u {
			if iv := c.interval(p.dct); iv != nil {
				return iv.Start
			}
		}
	}
	return p.anchor()
}

// quarterTopic reports whether a report's figures are the last quarter's:
// a quarter was mentioned, and no stretch of months since. After "for the
// nine months, net fell", "a year earlier" and "the 1988 period" are the
// year before, not its quarter.
func (p *parser) quarterTopic() bool {
	return p.lastQ.n > 0 && !(p.stretchSet && p.stretchAt > p.lastQAt)
}

// yearEarlier is the period a year before the one under discussion.
func (p *parser) yearEarlier() sem {
	if p.lastQ.n > 0 && !p.quarterTopic() {
		return sem{kind: kYear, typ: timeline.TypeDate, y: p.lastQ.y - 1, derived: true}
	}
	if p.lastQ.n > 0 {
		s := p.lastQ
		s.y--
		s.mod, s.span, s.derived = "", spanValue, true
		return s
	}
	return p.unitAt(p.addUnits(p.dct, uYear, -1), uYear)
}

// theQuarter resolves "the quarter", "the latest period": the last quarter
// mentioned, else the last full quarter before the publication date.
func (p *parser) theQuarter(d det) sem {
	if d == dCurrent || d == dThis && p.lastQ.n == 0 {
		return p.unitAt(p.dct, uQuarter)
	}
	if d == dLatest && !p.dct.IsZero() {
		return p.unitAt(p.addUnits(p.dct, uQuarter, -1), uQuarter) // the last one reported
	}
	if p.lastQ.n > 0 {
		s := p.lastQ
		s.mod, s.span, s.derived = "", spanValue, true
		return s
	}
	return p.unitAt(p.addUnits(p.dct, uQuarter, -1), uQuarter)
}

// quarterEnded reads the date after "the quarter" at token k when no
// quarter was named before: "the quarter ended Sept. 30" is the quarter
// that date closes, and a fiscal quarter ending off the calendar's ("ended
// Aug. 26") the calendar quarter holding most of it. After "the fiscal
// first quarter", "the quarter ended Sept. 30" keeps the company's own
// name for it, as TimeML does.
func (p *parser) quarterEnded(k int) (sem, bool) {
	if p.lastQ.n > 0 || !p.is(k, "ended") && !p.is(k, "ending") {
		return sem{}, false
	}
	r, ok := p.core(k + 1)
	if !ok || r.s.kind != kDay || r.s.y == 0 || r.s.m == 0 || r.s.d == 0 {
		return sem{}, false
	}
	return p.unitAt(r.s.date().AddDays(-45), uQuarter), true
}

// yearBack reads "last year", "a year ago", "a year earlier", "the year
// before" or "the previous year" at token k, after "the same period", and
// returns where it ends.
func (p *parser) yearBack(k int) (int, bool) {
	switch {
	case p.cls(k) == wLast && p.is(k+1, "year"):
		return k + 2, true
	case (p.cls(k) == wA || p.is(k, "one")) && p.is(k+1, "year"):
		if c := p.cls(k + 2); c == wAgo || c == wEarlier || c == wBefore {
			return k + 3, true
		}
	case p.cls(k) == wThe && p.is(k+1, "year") && (p.cls(k+2) == wBefore || p.cls(k+2) == wEarlier):
		return k + 3, true
	case p.cls(k) == wThe && (p.cls(k+1) == wPrevious || p.cls(k+1) == wPrior) && p.is(k+2, "year"):
		return k + 3, true
	}
	return 0, false
}

// yearBefore is "the same period last year" when the period is the noun at
// token j: the year before the quarter or stretch under discussion, or,
// with none, the last full quarter's a year before.
func (p *parser) yearBefore(j int) sem {
	if p.is(j, "quarter") && p.lastQ.n == 0 && !p.dct.IsZero() {
		s := p.theQuarter(dThe)
		s.y--
		s.derived = true
		return s
	}
	return p.yearEarlier()
}
