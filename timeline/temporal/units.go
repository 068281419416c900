package temporal

import (
	"time"

	"github.com/storyline/storyline/timeline"
)

// Calendar units relative to the anchor: "last week", "next month", "the
// weekend", "two years", parts of a day, weekdays; and the date arithmetic
// they need.

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

// weekend returns the weekend before (dir < 0, or 0 meaning the current or
// last one) or after (dir > 0) the publication date.
func (p *parser) weekend(dir int) sem {
	d := p.dct
	wd := d.Weekday()
	var sat timeline.Date
	switch {
	case dir > 0:
		sat = d.AddDays((int(time.Saturday) - int(wd) + 7) % 7)
		if wd == time.Sunday {
			sat = d.AddDays(-1)
		}
	default:
		back := (int(wd) - int(time.Saturday) + 7) % 7
		sat = d.AddDays(-back)
		if dir < 0 && (wd == time.Saturday || wd == time.Sunday) {
			sat = sat.AddDays(-7)
		}
	}
	y, w := weekOf(sat)
	return sem{kind: kWeekend, typ: timeline.TypeDate, y: y, n: w}
}

// pluralUnit reads det + plural unit: "recent years", "the coming weeks",
// "these days".
func (p *parser) pluralUnit(j int, d det, i int) (result, bool) {
	u := int(p.toks[j].lex.val)
	switch d {
	case dRecent:
		// "in recent years": TimeML's vague duration (PXY), not a date
		return result{i, j + 1, sem{kind: kDuration, typ: timeline.TypeDuration, n: -1, unit: u}}, true
	case dPast:
		return result{i, j + 1, sem{kind: kRaw, typ: timeline.TypeDate, raw: "PAST_REF"}}, true
	case dComing, dNext, dThe, dLast:
		if d == dThe && p.cls(j+1) == wAhead {
			return result{i, j + 2, sem{kind: kDuration, typ: timeline.TypeDuration, n: -1, unit: u}}, true
		}
		if d == dThe && p.cls(j+1) == wOf {
			return result{}, false
		}
		if d == dThe {
			i = j // "the weeks": TimeML leaves the article out
		}
		return result{i, j + 1, sem{kind: kDuration, typ: timeline.TypeDuration, n: -1, unit: u}}, true
	case dThese:
		if u == uDay {
			return result{i, j + 1, sem{kind: kRaw, typ: timeline.TypeDate, raw: "PRESENT_REF"}}, true
		}
	}
	return result{}, false
}

// detPartOfDay reads "this morning", "last night", "that evening".
func (p *parser) detPartOfDay(j int, d det, i int) (result, bool) {
	pod := int(p.toks[j].lex.val)
	var base timeline.Date
	switch d {
	case dThis:
		base = p.dct
	case dLast:
		if pod != pNight {
			return result{}, false
		}
		base = p.dct.AddDays(-1)
	case dThat, dSame:
		if !p.refSet {
			return result{}, false
		}
		base = p.ref
	case dThe:
		if !p.refSet || !p.storyPartOfDay(i) {
			return result{}, false
		}
		base = p.ref // "Later in the evening, …": of the day the story is at
	case dNext, dFollowing:
		if base = p.anchor(); !base.IsZero() {
			base = base.AddDays(1) // "the next morning"
		}
	default:
		return result{}, false
	}
	if base.IsZero() {
		return result{i, j + 1, sem{kind: kRaw, typ: timeline.TypeTime, raw: "XXXX-XX-XXT" + podCodes[pod]}}, true
	}
	s := dayOf(base)
	s.pod, s.typ = pod, timeline.TypeTime
	return result{i, j + 1, s}, true
}

// storyPartOfDay reports whether "the morning", "the evening" … at token
// i (its "the") is a part of the day the story has reached: "later in
// the evening", "earlier in the afternoon", or fronted, "In the
// evening, protesters …". Elsewhere it is as often every day's ("shops
// open in the morning") or a clock's half ("4 in the morning").
func (p *parser) storyPartOfDay(i int) bool {
	if p.cls(i-1) != wIn {
		return false
	}
	return p.is(i-2, "later") || p.is(i-2, "earlier") || p.sentenceStart(i-1) && p.isPunct(i+2, ',')
}

// unitAt returns the unit u that contains d.
func (p *parser) unitAt(d timeline.Date, u int) sem {
	s := sem{typ: timeline.TypeDate, y: d.Year}
	switch u {
	case uDay, uHour, uMinute, uSecond:
		s.kind, s.m, s.d = kDay, int(d.Month), d.Day
	case uWeek:
		s.kind = kWeek
		s.y, s.n = weekOf(d)
	case uWeekend:
		s.kind = kWeekend
		s.y, s.n = weekOf(d)
	case uMonth:
		s.kind, s.m = kMonth, int(d.Month)
	case uQuarter:
		s.kind, s.n = kQuarter, (int(d.Month)-1)/3+1
	case uHalf:
		s.kind, s.n = kHalf, (int(d.Month)-1)/6+1
	case uDecade:
		s.kind, s.n = kDecade, d.Year/10
	case uCentury:
		s.kind, s.n = kCentury, d.Year/100
	default:
		s.kind = kYear
	}
	if d.IsZero() {
		s.y = 0
		s.m, s.d, s.n = 0, 0, 0
	}
	return s
}

// addUnits moves d by n units.
func (p *parser) addUnits(d timeline.Date, u, n int) timeline.Date {
	if d.IsZero() {
		return d
	}
	switch u {
	case uDay:
		return d.AddDays(n)
	case uWeek, uWeekend:
		return d.AddDays(7 * n)
	case uMonth:
		return addMonths(d, n)
	case uQuarter:
		return addMonths(d, 3*n)
	case uHalf:
		return addMonths(d, 6*n)
	case uYear:
		return addMonths(d, 12*n)
	case uDecade:
		return addMonths(d, 120*n)
	case uCentury:
		return addMonths(d, 1200*n)
	}
	return d
}

func addMonths(d timeline.Date, n int) timeline.Date {
	first := timeline.NewDate(d.Year, d.Month+time.Month(n), 1)
	day := d.Day
	if l := lastDay(first.Year, int(first.Month)); day > l {
		day = l
	}
	return timeline.NewDate(first.Year, first.Month, day)
}

// weekdayRel resolves "last Friday", "next Monday", "this Sunday".
func (p *parser) weekdayRel(wd int, d det) sem {
	if p.dct.IsZero() {
		return sem{kind: kRaw, typ: timeline.TypeDate, raw: "XXXX-WXX-" + string(rune('0'+isoWeekday(time.Weekday(wd))))}
	}
	cur := int(p.dct.Weekday())
	switch d {
	case dLast, dPast, dPrevious, dPrior:
		base := p.dct
		if d != dLast {
			base = p.anchor()
			cur = int(base.Weekday())
		}
		back := (cur - wd + 7) % 7
		if back == 0 {
			back = 7
		}
		return dayOf(base.AddDays(-back))
	case dNext, dComing, dFollowing:
		base := p.dct
		if d == dFollowing {
			base = p.anchor()
			cur = int(base.Weekday())
		}
		fwd := (wd - cur + 7) % 7
		if fwd == 0 {
			fwd = 7
		}
		return dayOf(base.AddDays(fwd))
	case dThat, dSame:
		return dayOf(p.anchor())
	}
	// "this Friday": the day of the current week (Monday to Sunday)
	mon := p.dct.AddDays(1 - isoWeekday(p.dct.Weekday()))
	return dayOf(mon.AddDays(isoWeekday(time.Weekday(wd)) - 1))
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
