package temporal

import (
	"github.com/storyline/storyline/timeline"
)

// Phrases led by a determiner or a demonstrative: "this week", "last
// February", "the year-earlier period", "the third quarter", and the spoken
// years and period codes they take.

// Determiners in front of a unit, weekday, month or season.
type det uint8

const (
	dNone det = iota
	dThe
	dThis
	dThat
	dLast
	dNext
	dPast
	dComing
	dPrevious
	dFollowing
	dCurrent
	dLatest
	dRecent
	dSame
	dThese
	dPrior
)

func (p *parser) detOf(i int) det {
	switch p.cls(i) {
	case wThe:
		return dThe
	case wThis:
		return dThis
	case wThat:
		return dThat
	case wLast:
		return dLast
	case wNext:
		return dNext
	case wPast:
		return dPast
	case wComing, wUpcoming:
		return dComing
	case wPrevious:
		return dPrevious
	case wFollowing:
		return dFollowing
	case wCurrent:
		return dCurrent
	case wLatest:
		return dLatest
	case wRecent:
		return dRecent
	case wSame:
		return dSame
	case wThese:
		return dThese
	case wPrior:
		return dPrior
	}
	return dNone
}

// detPhrase reads "[the] det X": "last week", "the past two months", "this
// morning", "the third quarter", "the 1990s", "the future".
func (p *parser) detPhrase(i int) (result, bool) {
	d, the, j := p.detOf(i), false, i+1
	if d == dNone && p.cls(i) == wFinal && p.cls(j) == wUnit && !p.toks[j].lex.plur && p.detOf(i-1) == dNone {
		d = dLast // "final week's talks": an unusual "last week"
	}
	if d == dThe {
		if e := p.detOf(j); e != dNone && e != dThe && e != dThis {
			d, the, j = e, true, j+1
		}
	}
	if d == dFollowing && !the && p.is(i, "following") {
		// Bare, "following" is a preposition: "sacked following
		// Saturday's defeat" is after the last Saturday, not on the
		// next; "the following Saturday" is the next.
		return result{}, false
	}
	if d == dThat && p.cls(j) == wSame {
		d, j = dSame, j+1 // "that same day"
	}
	if (d == dThe || d == dSame) && (p.cls(j) == wPeriod || p.is(j, "quarter")) {
		if end, ok := p.yearBack(j + 1); ok {
			// "the corresponding period last year", "the quarter a year ago"
			return result{i, end, p.yearBefore(j)}, true
		}
	}
	if d == dSame && !p.is(j-1, "same") && !p.is(j, "year") {
		return result{}, false // "the comparable period" alone: which one is not said
	}
	if d == dThis {
		switch p.cls(j) {
		case wPast:
			d, j = dLast, j+1
		case wComing:
			d, j = dNext, j+1
		}
	}
	if d == dThe && p.cls(j) == wNear || d == dThe && p.cls(j) == wShort {
		// "the near future", "the near term", "the short term"
		if p.cls(j+1) == wTerm || p.is(j+1, "future") {
			return result{i, j + 2, sem{kind: kRaw, typ: timeline.TypeDate, raw: "FUTURE_REF"}}, true
		}
	}
	switch p.cls(j) {
	case wNumber, wA, wFuzzy:
		if d == dThese || d == dSame || d == dThat {
			return result{}, false
		}
		if d == dLast && !the && p.cls(i-1) != wIn && p.cls(i-1) != wFor && p.cls(i-1) != wOver && p.cls(i-1) != wDuring {
			return result{}, false // "would last 72 hours": a verb
		}
		return p.amountPhrase(j, d, i)
	case wOrdinal:
		if d == dThat || d == dThese || d == dSame {
			return result{}, false // "said that third-quarter profit"
		}
		if r, ok := p.ordinalPhrase(j, d, i); ok {
			return r, true
		}
		if d == dThe && p.toks[j].lex.val == 1 && (p.cls(j+1) == wNumber || p.isNum(j+1) || p.cls(j+1) == wFuzzy) {
			return p.amountPhrase(j+1, dPast, i) // "the first nine months"
		}
		return result{}, false
	case wUnit:
		if p.is(j, "year") && p.hyphen(j+1) && (p.cls(j+2) == wEarlier || p.cls(j+2) == wAgo) {
			// "the year-earlier quarter", "the year-ago period"
			k := j + 3
			if p.cls(k) == wNumber && p.cls(k+1) == wUnit && p.toks[k+1].lex.plur {
				// "the year-earlier nine months": a stretch as long as this one
				return result{i, k + 2, sem{kind: kDuration, typ: timeline.TypeDuration, n: int(p.toks[k].lex.val), unit: int(p.toks[k+1].lex.val)}}, true
			}
			if p.cls(k) == wOrdinal || p.cls(k) == wUnit && p.toks[k].lex.val == uSecond {
				if r, ok := p.ordinalPhrase(k, dNone, i); ok && r.s.kind == kQuarter {
					r.s.y = p.yearEarlier().y
					if p.lastQ.n == 0 && !p.dct.IsZero() {
						r.s.y = p.dct.Year - 1
					}
					r.s.derived = true
					return r, true
				}
			}
			if p.cls(k) == wUnit || p.cls(k) == wPeriod {
				return result{i, k + 1, p.yearEarlier()}, true
			}
			return p.unitPhrase(j)
		}
		if p.toks[j].lex.val == uSecond && (p.is(j+1, "quarter") || p.is(j+1, "half")) {
			return p.ordinalPhrase(j, d, i)
		}
		if p.toks[j].lex.plur {
			return p.pluralUnit(j, d, i)
		}
		if d == dThe && p.is(j, "week") && p.cls(j+1) == wOf {
			if r, ok := p.core(j + 2); ok && r.s.kind == kDay && r.s.y != 0 && r.s.m != 0 && r.s.d != 0 {
				return result{i, r.end, p.unitAt(r.s.date(), uWeek)}, true // "the week of March 6"
			}
		}
		if d == dThe && p.is(j, "year") {
			if end, y, ok := p.spokenYear(j + 1); ok {
				return result{i, end, sem{kind: kYear, typ: timeline.TypeDate, y: y}}, true
			}
		}
		return p.detUnit(j, d, the, i)
	case wWeekday:
		if d == dThe || d == dCurrent || d == dLatest || d == dRecent || d == dThese || d == dThat {
			return result{}, false
		}
		r, ok := p.weekdayPhrase(j)
		if !ok {
			return r, false
		}
		if r.s.kind == kDay && r.end == j+1 {
			r.s = p.weekdayRel(int(p.toks[j].lex.val), d)
		}
		r.start = i
		return r, true
	case wMonth:
		if !p.toks[j].upper {
			return result{}, false
		}
		if d != dLast && d != dNext && d != dThis && d != dPast && d != dComing {
			return result{}, false
		}
		if r, ok := p.monthPhrase(j); ok && r.s.kind == kDay {
			return r, true // "last Oct. 23": the date says it all
		}
		m := int(p.toks[j].lex.val)
		y := p.dct.Year
		switch d {
		case dLast, dPast:
			// "last February" written in March is not the month just
			// ended, which would be "last month", but the one a year
			// before; across New Year "last December" is the one just past
			if m >= int(p.dct.Month) || m == int(p.dct.Month)-1 {
				y--
			}
		case dNext, dComing:
			// likewise "next April" written in March is a year ahead
			if m <= int(p.dct.Month) || m == int(p.dct.Month)+1 {
				y++
			}
		}
		if p.dct.IsZero() {
			y = 0
		}
		return result{i, j + 1, sem{kind: kMonth, typ: timeline.TypeDate, y: y, m: m}}, true
	case wSeason:
		return p.seasonPhrase(j, d, i)
	case wHalfNoun:
		if d == dLast && the || d == dThe && p.is(j-1, "latter") {
			return p.halfOf(j, 2, i)
		}
		return result{}, false
	case wHoliday:
		if d == dLast || d == dNext || d == dThis {
			if r, ok := p.holidayPhrase(j); ok {
				r.start = i
				return r, true
			}
		}
		return result{}, false
	case wDecadeWord:
		if d == dThe {
			return result{i, j + 1, sem{kind: kDecade, typ: timeline.TypeDate, n: 190 + int(p.toks[j].lex.val)}}, true
		}
		return result{}, false
	case wFiscal:
		return p.fiscalPhrase(j, d, i)
	case wPartOfDay:
		return p.detPartOfDay(j, d, i)
	case wRef:
		if p.is(j, "future") && (d == dThe || d == dNext || d == dComing) {
			return result{i, j + 1, sem{kind: kRaw, typ: timeline.TypeDate, raw: "FUTURE_REF"}}, true
		}
		if p.is(j, "present") {
			return result{i, j + 1, sem{kind: kRaw, typ: timeline.TypeDate, raw: "PRESENT_REF"}}, true
		}
		return result{}, false
	case wFull:
		if p.is(j+1, "year") && (d == dThe || d == dThis) {
			return result{i, j + 2, p.unitAt(p.dct, uYear)}, true
		}
	case wYearEnd:
		return result{}, false
	case wPeriod:
		if d == dLatest || d == dSame || d == dCurrent {
			return result{i, j + 1, p.theQuarter(d)}, true
		}
	}
	if p.isNum(j) && p.toks[j].ndig <= 3 && d != dThese && d != dSame && d != dThat {
		if d == dLast && !the && p.cls(i-1) != wIn && p.cls(i-1) != wFor && p.cls(i-1) != wOver && p.cls(i-1) != wDuring {
			return result{}, false // "would last 72 hours": a verb
		}
		if r, ok := p.amountPhrase(j, d, i); ok {
			return r, true
		}
	}
	if p.isNum(j) {
		n := p.toks[j]
		if n.ndig == 4 && p.cls(j+1) == wS && p.glued(j+1) && n.number()%10 == 0 {
			return result{i, j + 2, sem{kind: kDecade, typ: timeline.TypeDate, n: n.number() / 10}}, true
		}
		if d == dThe && n.ndig == 4 && p.okYear(j) {
			// "the 1988 period", "the 1988 second quarter"
			k := j + 1
			switch {
			case p.cls(k) == wPeriod && p.quarterTopic():
				// "the 1988 period" in a report on a quarter
				return result{i, k + 1, sem{kind: kQuarter, typ: timeline.TypeDate, y: n.number(), n: p.lastQ.n, derived: true}}, true
			case p.cls(k) == wPeriod || p.is(k, "year"):
				return result{i, k + 1, sem{kind: kYear, typ: timeline.TypeDate, y: n.number()}}, true
			case p.is(k, "quarter") && p.lastQ.n > 0:
				return result{i, k + 1, sem{kind: kQuarter, typ: timeline.TypeDate, y: n.number(), n: p.lastQ.n}}, true
			case p.cls(k) == wOrdinal || p.cls(k) == wUnit && p.toks[k].lex.val == uSecond:
				if r, ok := p.ordinalPhrase(k, dNone, i); ok && r.s.kind == kQuarter {
					r.s.y = n.number()
					return r, true
				}
			}
		}
		if d == dThe && n.number() >= 1 && n.number() <= 21 && p.cls(j+1) == wTh && p.is(j+2, "century") {
			return result{i, j + 3, sem{kind: kCentury, typ: timeline.TypeDate, n: n.number() - 1}}, true
		}
	}
	if d == dThe && p.cls(j) == wPast {
		return result{i, j + 1, sem{kind: kRaw, typ: timeline.TypeDate, raw: "PAST_REF"}}, true
	}
	if the && d == dPast {
		return result{i, j, sem{kind: kRaw, typ: timeline.TypeDate, raw: "PAST_REF"}}, true
	}
	if d == dCurrent && j == i+1 {
		return p.currentAdjective(i)
	}
	return result{}, false
}

// currentAdjective reads "current" before a noun that is no time unit:
// "his current position", "current market conditions" speak of the
// present (TimeML's PRESENT_REF); "the then current price" of the past.
// An accounting term ("current account", "current assets") is no time.
func (p *parser) currentAdjective(i int) (result, bool) {
	k := i + 1
	if k >= len(p.toks) || p.toks[k].kind == tPunct || p.toks[k].newline {
		return result{}, false // "the current.": a noun
	}
	for _, w := range [...]string{"account", "accounts", "assets", "liabilities", "affairs", "events", "flows", "flow", "of"} {
		if p.is(k, w) {
			return result{}, false
		}
	}
	if p.is(i-1, "then") {
		return result{i - 1, k, sem{kind: kRaw, typ: timeline.TypeDate, raw: "PAST_REF"}}, true
	}
	return result{i, k, sem{kind: kRaw, typ: timeline.TypeDate, raw: "PRESENT_REF"}}, true
}

// periodCode reads "Q3", "Q3 2024", "H1 2025", "FY2024", "FY 24".
func (p *parser) periodCode(i int) (result, bool) {
	t := p.toks[i]
	if !t.upper || !p.isNum(i+1) {
		return result{}, false
	}
	n, end := p.toks[i+1].number(), i+2
	if t.lex.val == 'F' {
		switch p.toks[i+1].ndig {
		case 2:
			n += 2000
		case 4:
		default:
			return result{}, false
		}
		return result{i, end, sem{kind: kYear, typ: timeline.TypeDate, y: n}}, true
	}
	kind, most := kQuarter, 4
	if t.lex.val == 'H' {
		kind, most = kHalf, 2
	}
	if !p.glued(i+1) || p.toks[i+1].ndig != 1 || n < 1 || n > most || p.toks[min(end, len(p.toks)-1)].glued && end < len(p.toks) && p.toks[end].kind != tPunct {
		return result{}, false
	}
	y := p.dct.Year
	switch {
	case p.isNum(end) && p.okYear(end):
		y, end = p.toks[end].number(), end+1
	case p.is(end, "fy") && p.isNum(end+1):
		return result{}, false
	case p.dct.IsZero():
		y = 0
	}
	return result{i, end, sem{kind: kind, typ: timeline.TypeDate, y: y, n: n}}, true
}

// spokenYear reads a year in words: "nineteen ninety-six", "two
// thousand", "two thousand and one".
func (p *parser) spokenYear(i int) (int, int, bool) {
	switch {
	case p.is(i, "nineteen") || p.is(i, "eighteen"):
		century := int(p.toks[i].lex.val) * 100
		k := i + 1
		if p.cls(k) != wNumber || p.toks[k].lex.val < 10 {
			return 0, 0, false
		}
		n := int(p.toks[k].lex.val)
		k++
		if n >= 20 && p.hyphen(k) && p.cls(k+1) == wNumber && p.toks[k+1].lex.val < 10 {
			n, k = n+int(p.toks[k+1].lex.val), k+2
		} else if n >= 20 && p.cls(k) == wNumber && p.toks[k].lex.val < 10 {
			n, k = n+int(p.toks[k].lex.val), k+1
		}
		return k, century + n, true
	case p.is(i, "two") && p.is(i+1, "thousand"):
		k, y := i+2, 2000
		if p.cls(k) == wAnd && p.cls(k+1) == wNumber && p.toks[k+1].lex.val < 20 {
			y, k = y+int(p.toks[k+1].lex.val), k+2
		}
		if p.cls(k) == wUnit || p.toks[min(k, len(p.toks)-1)].kind == tWord && p.cls(k) == wNone && k < len(p.toks) && !p.toks[k].upper {
			return 0, 0, false // "two thousand years", "two thousand troops"
		}
		return k, y, true
	}
	return 0, 0, false
}
