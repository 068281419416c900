package temporal

import "github.com/storyline/storyline/timeline"

// Amounts with a half: "a year and a half", "two and a half years",
// "5 1/2 hours", and the dates they count to ("a year and a half ago").

// andAHalf reports whether tokens k, k+1, k+2 read "and a half".
func (p *parser) andAHalf(k int) bool {
	return p.cls(k) == wAnd && p.cls(k+1) == wA && p.is(k+1, "a") && p.is(k+2, "half")
}

// halfAmount is n and a half units as a TIMEX3 duration: "P1Y6M" for "a
// year and a half", "PT2H30M" for "two and a half hours". ok is false for
// a unit a half of which has no exact ISO 8601 value.
func halfAmount(n, u int) (sem, bool) {
	v := halfDuration(n, u)
	if v == "" {
		return sem{}, false
	}
	return sem{kind: kRaw, typ: timeline.TypeDuration, raw: v}, true
}

// halfUnits turns n and a half units into a whole count of a finer unit,
// which dates read by "ago", "earlier" and "later" can count with: a year
// and a half is 18 months, so "a year and a half ago" is a month; a
// month and a half is about six weeks. For a day or less, the half is
// dropped: it moves the date by hours at most.
func halfUnits(n, u int) (int, int) {
	switch u {
	case uDecade:
		return 10*n + 5, uYear
	case uYear:
		return 12*n + 6, uMonth
	case uMonth:
		return (13*n + 6) / 3, uWeek
	case uWeek:
		return 7*n + 3, uDay
	}
	return n, u
}

// halfDate is the date n and a half units before (dir < 0) or after the
// anchor, at a granularity no finer than a week for a week and a half:
// ten days away is not a day the text gave.
func (p *parser) halfDate(n, u, dir int, from bool, at int) sem {
	n2, u2 := halfUnits(n, u)
	var s sem
	if from {
		s = p.countFrom(u2, n2, dir, at)
	} else {
		s = p.countBack(p.dct, u2, n2, dir, at)
	}
	if u == uWeek && s.kind == kDay && s.y != 0 {
		s = p.unitAt(s.date(), uWeek)
	}
	return s
}

// halfPhrase completes n and a half units ending at token end: a duration,
// or with "ago", "earlier", "later" or "from now" the date it counts to.
func (p *parser) halfPhrase(dur sem, n, u, i, end int) (result, bool) {
	if p.cls(end) == wOr && p.cls(end+1) == wSo {
		end += 2
	}
	switch p.cls(end) {
	case wAgo:
		return result{i, end + 1, p.halfDate(n, u, -1, false, i)}, true
	case wEarlier:
		return result{i, end + 1, p.halfDate(n, u, -1, true, i)}, true
	case wLater:
		return result{i, end + 1, p.halfDate(n, u, 1, true, i)}, true
	case wFrom:
		if p.is(end+1, "now") {
			return result{i, end + 2, p.halfDate(n, u, 1, false, i)}, true
		}
	}
	return result{i, end, dur}, true
}
