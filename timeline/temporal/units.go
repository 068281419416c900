package temporal

import (
	"time"

	"github.com/storyline/storyline/timeline"
)

// Calendar units after a determiner: "last week", "next month", "the
// weekend", "the day after".

// detUnit reads det + a singular unit: "last week", "this year", "the
// following day", "the weekend", "the quarter".
func (p *parser) detUnit(j int, d det, the bool, i int) (result, bool) {
	u := int(p.toks[j].lex.val)
	if p.toks[j].upper && !p.sentenceStart(j) || p.hyphen(j+1) && p.cls(j+2) == wTo {
		return result{}, false // "ABC's This Week", "quarter-to-quarter"
	}
	end := j + 1
	if (the || d == dPast) && (d == dPast || d == dLast || d == dNext || d == dComing || d == dFollowing) && p.andAHalf(end) {
		if s, ok := halfAmount(1, u); ok {
			return result{i, end + 3, s}, true // "the past year and a half": a stretch, however "the past year" reads
		}
	}
	if p.dct.IsZero() && d != dThat && d != dSame && !p.refSet {
		return p.unanchoredUnit(u, d, the, i, end)
	}
	date := func(s sem) (result, bool) { return result{i, end, s}, true }
	dur := func() (result, bool) {
		return result{i, end, sem{kind: kDuration, typ: timeline.TypeDuration, n: 1, unit: u}}, true
	}
	switch d {
	case dThis, dCurrent:
		if u == uWeekend {
			return date(p.weekend(0))
		}
		if u == uQuarter {
			return date(p.theQuarter(d))
		}
		if u == uWeek && p.dct.Weekday() == time.Sunday && p.tenseDir(i, end) > 0 {
			// on a Sunday, "will speak this week" means the week ahead
			return date(p.unitAt(p.dct.AddDays(1), u))
		}
		return date(p.unitAt(p.dct, u))
	case dLast, dPrevious, dPrior:
		if the || d != dLast {
			if u == uDay || d != dLast && u != uDay {
				base := p.anchorFor(u)
				return date(p.unitAt(p.addUnits(base, u, -1), u))
			}
			return dur()
		}
		if u == uWeekend {
			return date(p.weekend(-1))
		}
		if u == uDay || u <= uHour {
			return dur()
		}
		return date(p.unitAt(p.addUnits(p.dct, u, -1), u))
	case dPast, dRecent:
		if the && d == dPast && u == uYear {
			// "over the past year": TimeBank dates it as the last calendar year
			return date(p.unitAt(p.addUnits(p.dct, u, -1), u))
		}
		return dur()
	case dNext, dComing, dFollowing:
		if d == dFollowing || the && u == uDay {
			return date(p.unitAt(p.addUnits(p.anchorFor(u), u, 1), u))
		}
		if the || d == dComing {
			return dur()
		}
		if u == uWeekend {
			return date(p.weekend(1))
		}
		if u <= uHour {
			return dur()
		}
		return date(p.unitAt(p.addUnits(p.dct, u, 1), u))
	case dThat, dSame:
		switch {
		case u == uDay && p.coarseSince() && i-p.coarseAt <= coarseReach:
			return date(p.dayIn(p.coarse))
		case u == uDay || u == uWeek || u == uMonth:
			if p.refSet {
				return date(p.unitAt(p.ref, u))
			}
		case u == uYear && p.lastYear != 0:
			return date(sem{kind: kYear, typ: timeline.TypeDate, y: p.lastYear})
		case u == uQuarter && p.lastQ.n > 0:
			return date(p.theQuarter(dSame))
		}
		return result{}, false
	case dLatest:
		if u == uQuarter {
			return date(p.theQuarter(d))
		}
		return result{}, false
	case dThe:
		switch u {
		case uWeekend:
			if p.tenseDir(i, end) > 0 {
				return date(p.weekend(1))
			}
			return date(p.weekend(0))
		case uQuarter:
			if q, ok := p.quarterEnded(end); ok {
				return date(q)
			}
			return date(p.theQuarter(d))
		case uYear:
			if p.is(end, "ended") || p.is(end, "ending") {
				return dur()
			}
			if p.cls(end) == wAgo || p.cls(end) == wEarlier || p.cls(end) == wBefore {
				return result{}, false
			}
			return date(p.unitAt(p.dct, uYear))
		case uWeek, uMonth, uDecade, uCentury:
			if p.cls(end) == wOf || p.cls(end) == wBefore || p.cls(end) == wAfter {
				return result{}, false
			}
			s := p.unitAt(p.dct, u)
			if u == uWeek {
				// "for the week", "the week following …": TimeML leaves
				// the week unsaid (1989-WXX); the interval keeps the
				// publication date's week as the likely one
				if iv, ok := s.days(p.dct); ok {
					s.vague, s.n = &iv, 0
				}
			}
			return date(s)
		case uDay:
			if p.cls(i-1) == wIn && (p.cls(i-2) == wLater || p.cls(i-2) == wEarlier) {
				// "arrived later in the day": the day the text is on
				return date(p.unitAt(p.anchor(), uDay))
			}
			if p.is(i-1, "to") && p.cls(i-2) == wUnit && (p.cls(end) == wBefore || p.cls(end) == wAfter) {
				// "50 years to the day after Apollo 17 landed": an
				// exact anniversary of what follows, not a day off the
				// publication day
				return result{}, false
			}
			if (p.cls(end) == wBefore || p.cls(end) == wAfter) && p.restatesDay(i, end) {
				// "on Tuesday, the day after the recount confirmed his
				// defeat": the phrase is Tuesday again, and what follows
				// was a day off it; counting a day from Tuesday dated the
				// recount on the one day it was not
				return result{i, end, sem{kind: kDuration, typ: timeline.TypeDuration, n: 1, unit: uDay}}, true
			}
			if p.cls(end) == wBefore || p.cls(end) == wAfter {
				step := 1
				if p.cls(end) == wBefore {
					step = -1
				}
				base, stop := p.anchor(), end+1
				if r, ok := p.core(end + 1); ok && r.s.kind == kDay && r.s.y != 0 && r.s.m != 0 && r.s.d != 0 {
					base, stop = r.s.date(), r.end // "the day before last Tuesday"
				}
				s := p.unitAt(p.addUnits(base, uDay, step), uDay)
				return result{i, stop, s}, true
			}
		}
	}
	return result{}, false
}

// unanchoredValues are the values of units no date anchors.
var unanchoredValues = [...]string{uDay: "XXXX-XX-XX", uWeekend: "XXXX-WXX-WE", uWeek: "XXXX-WXX", uMonth: "XXXX-XX",
	uQuarter: "XXXX-QX", uHalf: "XXXX-HX", uYear: "XXXX", uDecade: "XXX", uCentury: "XX"}

// unanchoredUnit reads det + unit when there is no publication date to
// count from: "last week" is some week (XXXX-WXX); durations stay
// durations.
func (p *parser) unanchoredUnit(u int, d det, the bool, i, end int) (result, bool) {
	dur := (d == dPast || d == dRecent || the && (d == dLast || d == dNext || d == dComing)) && u != uDay
	if dur || u <= uHour {
		return result{i, end, sem{kind: kDuration, typ: timeline.TypeDuration, n: 1, unit: u}}, true
	}
	if d == dThe && u != uWeekend && u != uQuarter {
		return result{}, false
	}
	raw := unanchoredValues[u]
	if raw == "" {
		return result{}, false
	}
	return result{i, end, sem{kind: kRaw, typ: timeline.TypeDate, raw: raw}}, true
}

// restatesDay reports whether "the day" at token i, before the "after" or
// "before" at end, stands in apposition to the day just named and goes on
// to what it counts from: "Tuesday, the day after the vote". A phrase
// ending there ("on Friday, the day after.") counts from Friday as before.
func (p *parser) restatesDay(i, end int) bool {
	if !p.refSet || p.refEnd != i-1 || !p.isPunct(i-1, ',') {
		return false
	}
	if _, ok := p.core(end + 1); ok {
		return false // "Monday, the day before yesterday"
	}
	return end+1 < len(p.toks) && p.toks[end+1].kind == tWord
}
