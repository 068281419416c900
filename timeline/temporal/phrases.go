package temporal

import (
	"time"

	"github.com/storyline/storyline/timeline"
)

// amount reads a number of units at token j: "three", "a", "a few",
// "several", "twenty-four", "30", "a couple of". It returns the token after
// the amount and the amount (-1 when vague).
func (p *parser) amount(j int) (int, int, bool) {
	switch {
	case p.isNum(j):
		t := p.toks[j]
		if t.ndig > 3 || p.isPunct(j+1, ',') && p.glued(j+1) && p.isNum(j+2) {
			return 0, 0, false
		}
		if p.isPunct(j+1, '.') && p.glued(j+1) && p.isNum(j+2) && p.glued(j+2) {
			return 0, 0, false // a decimal
		}
		return j + 1, t.number(), true
	case p.cls(j) == wA:
		switch {
		case p.is(j+1, "few"):
			return j + 2, -1, true
		case p.is(j+1, "couple"):
			if p.cls(j+2) == wOf {
				return j + 3, 2, true
			}
			return j + 2, 2, true
		case p.is(j+1, "dozen"):
			return j + 2, 12, true
		case p.is(j+1, "hundred"):
			return j + 2, 100, true
		case p.cls(j+1) == wNumber && !p.is(j+1, "one"):
			return 0, 0, false
		}
		return j + 1, 1, true
	case p.cls(j) == wNumber:
		n := int(p.toks[j].lex.val)
		k := j + 1
		if n >= 20 && n%10 == 0 {
			switch {
			case p.cls(k) == wNumber && p.toks[k].lex.val < 10:
				n, k = n+int(p.toks[k].lex.val), k+1
			case p.hyphen(k) && p.cls(k+1) == wNumber && p.toks[k+1].lex.val < 10:
				n, k = n+int(p.toks[k+1].lex.val), k+2
			}
		}
		switch {
		case p.is(k, "hundred") && n < 100:
			n, k = n*100, k+1
		case p.is(k, "thousand"):
			n, k = n*1000, k+1
		}
		return k, n, true
	case p.cls(j) == wFuzzy:
		if p.is(j, "couple") {
			if p.cls(j+1) == wOf {
				return j + 2, 2, true
			}
			return 0, 0, false
		}
		if p.is(j, "some") {
			if k, n, ok := p.amount(j + 1); ok && n > 0 {
				return k, n, true
			}
		}
		return j + 1, -1, true
	case p.cls(j) == wAnother:
		if k, n, ok := p.amount(j + 1); ok && p.cls(j+1) != wA {
			return k, n, true
		}
		return j + 1, 1, true
	}
	return 0, 0, false
}

// amountPhrase reads an amount of units and what follows it: "three
// years" (a duration), "two weeks ago", "a year earlier", "five-year".
func (p *parser) amountPhrase(j int, d det, i int) (result, bool) {
	k, n, ok := p.amount(j)
	if !ok {
		return result{}, false
	}
	// a range: "two to three weeks", "12 to 18 months", "a year or two"
	if c := p.cls(k); (c == wTo || c == wOr) && n >= 0 {
		if k2, _, ok2 := p.amount(k + 1); ok2 && p.cls(k2) == wUnit {
			if c == wTo && d == dNone && n > 0 && p.cls(j) != wA && !p.hyphen(k2+1) {
				// "two to six days": TimeML marks each end, the first
				// with the unit the second names
				u := int(p.toks[k2].lex.val)
				return result{i, k, sem{kind: kDuration, typ: timeline.TypeDuration, n: n, unit: u}}, true
			}
			k, n = k2, -1
		}
	}
	adjective := false
	if p.hyphen(k) {
		k, adjective = k+1, true
	}
	if c := p.cls(k); c == wTrading || c == wCalendar || c == wAdditional || c == wFull || c == wMore && p.cls(k+1) == wUnit {
		k++ // "eight trading days", "two more weeks"
	}
	if p.cls(k) != wUnit {
		return result{}, false
	}
	u := int(p.toks[k].lex.val)
	plural := p.toks[k].lex.plur
	if n == 1 && plural || n < 0 && !plural && !adjective {
		return result{}, false
	}
	if u == uQuarter && (p.cls(k+1) == wOf || p.cls(k+1) == wNone && !p.isPunct(k+1, '.') && !p.isPunct(k+1, ',')) && !plural {
		return result{}, false // "a quarter of the vote", "a quarter point"
	}
	if u == uSecond && n == 1 && p.cls(j) == wA && p.cls(k+1) != wAgo && p.cls(k+1) != wLater {
		return result{}, false // "a second round"
	}
	end := k + 1
	if p.is(end, "old") || p.hyphen(end) && p.cls(end+1) == wTo {
		return result{}, false // an age, "quarter-to-quarter"
	}
	if p.toks[k].upper && !p.sentenceStart(k) && p.cls(j) != wA && !p.toks[j].upper {
		return result{}, false // "60 Minutes": a title
	}
	if p.hyphen(end) && (p.cls(end+1) == wEarlier || p.cls(end+1) == wAgo || p.cls(end+1) == wEnd) {
		return result{}, false // "a year-earlier profit": the compound is the expression
	}
	dur := sem{kind: kDuration, typ: timeline.TypeDuration, n: n, unit: u}
	if adjective {
		switch {
		case p.hyphen(end) && p.cls(end+1) == wOld:
			return result{}, false // an age: "a 6-year-old"
		case p.hyphen(end) && p.cls(end+1) == wLong:
			end += 2
		case u == uQuarter && plural:
			return result{}, false // "three-quarters"
		}
		return result{j, end, dur}, true // "the three-year conflict": the adjective alone
	}
	if n > 1 && !plural {
		if p.is(end, "old") {
			return result{}, false
		}
		return result{i, end, dur}, true // "a five year low"
	}
	if p.cls(end) == wOr && p.cls(end+1) == wSo {
		end += 2
	}
	if d != dNone {
		return result{i, end, dur}, true
	}
	switch p.cls(end) {
	case wAgo:
		return result{i, end + 1, p.countBack(p.dct, u, n, -1, i)}, true
	case wEarlier, wLater:
		dir := -1
		if p.cls(end) == wLater {
			dir = 1
		}
		return result{i, end + 1, p.countFrom(u, n, dir, i)}, true
	case wFrom:
		if p.is(end+1, "now") {
			return result{i, end + 2, p.countBack(p.dct, u, n, 1, i)}, true
		}
	case wBefore, wAfter:
		if p.isPunct(end+1, '.') || p.isPunct(end+1, ',') { // "a week after." but not "a week after the vote"
			dir := -1
			if p.cls(end) == wAfter {
				dir = 1
			}
			return result{i, end + 1, p.countFrom(u, n, dir, i)}, true
		}
	}
	if n == 1 && p.cls(j) == wA && j == i && p.rate(j) {
		return result{}, false // "four flights a week", "$2 million a year": a rate
	}
	if u == uDay && n == 1 && p.is(j, "one") && p.modal(i-1) {
		// "Islam will one day be …": "one day" after a modal is
		// "someday", an unspecified future (TimeML FUTURE_REF), no length
		return result{i, end, sem{kind: kRaw, typ: timeline.TypeDate, raw: "FUTURE_REF"}}, true
	}
	return result{i, end, dur}, true
}

// rate reports whether the article at j makes a rate of what precedes it:
// a quantity within the three tokens before.
func (p *parser) rate(j int) bool {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if p.boundaryAfter(k) {
			return false
		}
		switch {
		case p.isNum(k) && !p.okYear(k), p.cls(k) == wNumber, p.is(k, "million"), p.is(k, "billion"), p.is(k, "percent"):
			return true
		case p.cls(k) == wUnit && p.toks[k].lex.plur:
			return true // "24 hours a day"
		}
	}
	return false
}

// countBack returns the date n units before (dir < 0) or after base, at the
// unit's granularity; a vague amount gives PAST_REF or FUTURE_REF.
func (p *parser) countBack(base timeline.Date, u, n, dir, at int) sem {
	if n < 0 || base.IsZero() {
		s := sem{kind: kRaw, typ: timeline.TypeDate, raw: "FUTURE_REF"}
		if dir < 0 {
			s.raw = "PAST_REF"
		}
		if !base.IsZero() && u >= uDay {
			// "a few days ago": somewhere from two to nine units away
			near, far := p.addUnits(base, u, 2*dir), p.addUnits(base, u, 9*dir)
			if dir < 0 {
				near, far = far, near
			}
			s.vague = &timeline.Interval{Start: near, End: far, Granularity: granularityOf(u)}
		}
		return s
	}
	if u == uYear && n == 1 && p.lastQ.n > 0 && at-p.lastQAt < 400 {
		s := p.lastQ
		s.y += dir
		s.mod, s.span, s.derived = "", spanValue, true
		return s
	}
	gran := u
	switch u {
	case uDecade, uCentury:
		gran = uYear
	case uHour, uMinute, uSecond:
		gran = uDay
		n = 0
	}
	if p.refSet && base == p.ref && (u == uDay || u == uWeek) && dir > 0 {
		gran = uDay
	}
	return p.unitAt(p.addUnits(base, u, dir*n), gran)
}

// countFrom resolves "two weeks later", "a year earlier": n units from
// the last date mentioned, at the coarser of the unit and that date's
// granularity.
func (p *parser) countFrom(u, n, dir, at int) sem {
	c := p.coarse
	if c.y == 0 || p.refSet && p.refAt > p.coarseAt || u == uYear && n == 1 && p.lastQ.n > 0 && at-p.lastQAt < 400 {
		return p.countBack(p.anchor(), u, n, dir, at)
	}
	iv := c.interval(p.dct)
	if iv == nil || n < 0 {
		return p.countBack(p.anchor(), u, n, dir, at)
	}
	gran := u
	switch c.kind {
	case kYear:
		gran = uYear
	case kQuarter:
		if u < uQuarter {
			gran = uQuarter
		}
	default:
		if u < uMonth {
			gran = uMonth
		}
	}
	if c.kind == kSeason && u < uYear {
		s := c
		s.mod, s.span, s.derived = "", spanValue, true
		if u == uMonth && n >= 3 {
			return p.unitAt(p.addUnits(iv.Start, u, dir*n), uMonth)
		}
		return s
	}
	s := p.unitAt(p.addUnits(iv.Start, u, dir*n), gran)
	s.derived = true
	return s
}

// okYear reports whether the number token j reads as a year.
func (p *parser) okYear(j int) bool {
	t := p.toks[j]
	if t.kind != tNum || t.ndig != 4 || t.number() < 1000 || t.number() > 2199 {
		return false
	}
	if t.number() < 1900 {
		switch p.cls(j - 1) {
		case wIn, wSince, wBy, wFrom, wUntil, wOf, wTo, wBefore, wAfter, wDuring, wThe, wFiscal, wMonth, wSeason, wAnd:
		default:
			if !p.isPunct(j-1, ',') {
				return false // "1500 troops"
			}
		}
	}
	if j > 0 {
		prev := p.toks[j-1]
		if prev.kind == tPunct && (prev.punct == '$' || prev.punct == '#' || prev.punct == '.' && t.glued || prev.punct == ',' && t.glued) {
			return false
		}
		if prev.kind == tNum && t.glued {
			return false
		}
	}
	if j+1 < len(p.toks) {
		next := p.toks[j+1]
		if next.glued && next.kind == tPunct && (next.punct == '%' || next.punct == ',' || next.punct == '.' || next.punct == ':') && p.isNum(j+2) && p.toks[j+2].glued {
			return false
		}
		if next.kind == tPunct && next.punct == '%' {
			return false
		}
		if next.kind == tWord && next.glued && p.cls(j+1) != wS {
			return false
		}
	}
	return true
}

// numberPhrase reads an expression that starts with digits: years,
// decades, ISO and numeric dates, "28 June 2019", clock times, durations.
func (p *parser) numberPhrase(i int) (result, bool) {
	t := p.toks[i]
	if t.ndig == 4 && p.okYear(i) {
		if p.cls(i+1) == wS && p.glued(i+1) {
			if t.number()%10 != 0 {
				return result{}, false
			}
			return result{i, i + 2, sem{kind: kDecade, typ: timeline.TypeDate, n: t.number() / 10}}, true
		}
		if p.isPunct(i+1, '-') && p.glued(i+1) && p.isNum(i+2) && p.glued(i+2) && p.toks[i+2].ndig == 2 &&
			p.isPunct(i+3, '-') && p.glued(i+3) && p.isNum(i+4) && p.glued(i+4) && p.toks[i+4].ndig == 2 {
			m, d := p.toks[i+2].number(), p.toks[i+4].number()
			if validDay(t.number(), m, d) {
				return result{i, i + 5, sem{kind: kDay, typ: timeline.TypeDate, y: t.number(), m: m, d: d}}, true
			}
		}
		return result{i, i + 1, sem{kind: kYear, typ: timeline.TypeDate, y: t.number()}}, true
	}
	if t.ndig <= 2 && t.number() >= 1 && t.number() <= 21 && p.cls(i+1) == wTh && p.is(i+2, "century") {
		return result{i, i + 3, sem{kind: kCentury, typ: timeline.TypeDate, n: t.number() - 1}}, true
	}
	if t.ndig <= 2 {
		if r, ok := p.clockPhrase(i); ok {
			return r, true
		}
		// 28 June 2019, 15th of March
		k := i + 1
		if p.cls(k) == wTh && p.glued(k) {
			k++
		}
		if p.cls(k) == wOf {
			k++
		}
		if p.cls(k) == wMonth && p.toks[k].upper && t.number() >= 1 && t.number() <= 31 {
			m := int(p.toks[k].lex.val)
			end := k + 1
			if p.toks[k].lex.abbr && p.isPunct(end, '.') && p.glued(end) {
				end++
			}
			y := 0
			if p.isNum(end) && p.okYear(end) {
				y, end = p.toks[end].number(), end+1
			} else if p.isPunct(end, ',') && p.isNum(end+1) && p.okYear(end+1) {
				y, end = p.toks[end+1].number(), end+2
			} else {
				y = p.resolveYear(m, t.number(), i, end)
			}
			if y == 0 || validDay(y, m, t.number()) {
				return result{i, end, sem{kind: kDay, typ: timeline.TypeDate, y: y, m: m, d: t.number()}}, true
			}
		}
		// 3/15/2025
		if p.isPunct(i+1, '/') && p.glued(i+1) && p.isNum(i+2) && p.glued(i+2) && p.isPunct(i+3, '/') && p.glued(i+3) && p.isNum(i+4) && p.glued(i+4) {
			m, d, y := t.number(), p.toks[i+2].number(), p.toks[i+4].number()
			if p.toks[i+4].ndig == 2 {
				y += 1900
				if y < 1950 {
					y += 100
				}
			}
			if p.toks[i+4].ndig == 2 || p.toks[i+4].ndig == 4 {
				switch {
				case !validDay(y, m, d) && validDay(y, d, m):
					m, d = d, m // 25/03/2025
				case validDay(y, d, m) && m != d && !p.dct.IsZero() &&
					timeline.NewDate(y, time.Month(m), d).After(p.dct) && !timeline.NewDate(y, time.Month(d), m).After(p.dct):
					m, d = d, m // 12/03/2025 in a text of 17 March 2025: day first
				}
				if validDay(y, m, d) {
					return result{i, i + 5, sem{kind: kDay, typ: timeline.TypeDate, y: y, m: m, d: d}}, true
				}
			}
		}
	}
	if p.isNum(i+1) && p.isPunct(i+2, '/') && p.toks[i+1].number() == 1 && p.isNum(i+3) && p.toks[i+3].number() == 2 && p.cls(i+4) == wUnit {
		// "5 1/2 hours", "2 1/2 years"
		if v := halfDuration(t.number(), int(p.toks[i+4].lex.val)); v != "" {
			return result{i, i + 5, sem{kind: kRaw, typ: timeline.TypeDuration, raw: v}}, true
		}
	}
	if p.isPunct(i+1, '.') && p.glued(i+1) && p.isNum(i+2) && p.glued(i+2) && p.cls(i+3) == wUnit && p.toks[i+3].lex.plur && t.ndig <= 3 {
		// "1.5 years"
		u := int(p.toks[i+3].lex.val)
		if u != uWeekend && u != uQuarter && u != uHalf && u != uDecade && u != uCentury {
			v := "P"
			if u <= uHour {
				v = "PT"
			}
			v += p.text[t.start:p.toks[i+2].end] + string(unitCode(u))
			return result{i, i + 4, sem{kind: kRaw, typ: timeline.TypeDuration, raw: v}}, true
		}
	}
	return p.amountPhrase(i, dNone, i)
}

// halfDuration writes n and a half units as a TIMEX3 duration.
func halfDuration(n, u int) string {
	switch u {
	case uHour:
		return "PT" + itoa(n) + "H30M"
	case uMinute:
		return "PT" + itoa(n) + "M30S"
	case uDay:
		return "PT" + itoa(24*n+12) + "H"
	case uMonth:
		return "P" + itoa(n) + "M15D"
	case uYear:
		return "P" + itoa(n) + "Y6M"
	case uDecade:
		return "P" + itoa(10*n+5) + "Y"
	}
	return ""
}

func itoa(n int) string { return string(pad(nil, n, 1)) }

func validDay(y, m, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m)
}

// clockPhrase reads a clock time and the day it may name: "10:35 a.m.",
// "5 p.m. EST Nov. 9", "9 a.m. Tuesday".
func (p *parser) clockPhrase(i int) (result, bool) {
	h, m := p.toks[i].number(), 0
	k := i + 1
	colon := false
	if p.isPunct(k, ':') && p.glued(k) && p.isNum(k+1) && p.glued(k+1) && p.toks[k+1].ndig == 2 {
		m, k, colon = p.toks[k+1].number(), k+2, true
	} else if p.isPunct(k, '.') && p.glued(k) && p.isNum(k+1) && p.glued(k+1) && p.toks[k+1].ndig == 2 {
		if _, ap := p.ampm(k + 2); ap != 0 {
			m, k = p.toks[k+1].number(), k+2 // "7.30pm"
		}
	}
	if m > 59 || h > 24 {
		return result{}, false
	}
	k2, ampm := p.ampm(k)
	if ampm == 0 && !colon {
		if p.is(k, "o") && p.isPunct(k+1, '\'') && p.is(k+2, "clock") {
			k2, ampm = k+3, 3
		} else {
			return result{}, false
		}
	}
	if ampm == 0 && (h > 24 || !p.timeContext(i) && !(p.cls(k) == wTimezone && p.toks[k].upper)) {
		return result{}, false
	}
	if ampm != 0 {
		if h == 0 || h > 12 {
			return result{}, false
		}
		if ampm == 2 && h < 12 {
			h += 12
		}
		if ampm == 1 && h == 12 {
			h = 0
		}
		k = k2
	}
	return p.clockDay(i, k, h, m)
}

// timeContext reports whether a bare "14:30" is a clock time: a preceding
// "at", "by", "until" or "from".
func (p *parser) timeContext(i int) bool {
	switch p.cls(i - 1) {
	case wAt, wBy, wUntil, wFrom, wTo:
		return true
	}
	return false
}

// ampm reads "am", "a.m.", "PM", "p.m" at k: 1 for am, 2 for pm.
func (p *parser) ampm(k int) (int, int) {
	switch {
	case p.cls(k) == wAM:
		return k + 1, 1
	case p.cls(k) == wPM:
		return k + 1, 2
	case (p.cls(k) == wA || p.is(k, "p")) && p.isPunct(k+1, '.') && p.glued(k+1) && p.is(k+2, "m") && p.glued(k+2):
		v := 1
		if p.is(k, "p") {
			v = 2
		}
		end := k + 3
		if p.isPunct(end, '.') && p.glued(end) {
			end++
		}
		return end, v
	}
	return k, 0
}

// clockDay completes a clock time at tokens [i, k) with a time zone and a
// day that may follow it.
func (p *parser) clockDay(i, k, h, m int) (result, bool) {
	if p.cls(k) == wTimezone && p.toks[k].upper {
		k++
	}
	day, end := p.anchor(), k
	j := k
	if p.isPunct(j, ',') || p.cls(j) == wOn {
		j++
	}
	if r, ok := p.core(j); ok && r.s.kind == kDay && r.s.y != 0 && r.s.m != 0 && r.s.d != 0 && r.s.hour == 0 {
		day, end = r.s.date(), r.end
	}
	if day.IsZero() {
		return result{i, end, sem{kind: kRaw, typ: timeline.TypeTime, raw: "XXXX-XX-XXT" + string(pad(pad(nil, h, 2), m, 0)) + ""}}, true
	}
	s := dayOf(day)
	s.typ, s.hour, s.min = timeline.TypeTime, h+1, m
	return result{i, end, s}, true
}

// clockWord reads "noon", "midnight", "midday" and a day after them.
func (p *parser) clockWord(i int) (result, bool) {
	if p.toks[i].upper && !p.sentenceStart(i) || p.is(i-1, "high") {
		return result{}, false // "High Noon"
	}
	h := int(p.toks[i].lex.val)
	if h == 24 {
		h = 0
	}
	return p.clockDay(i, i+1, h, 0)
}

// resolveYear picks the year of a month (and day) named without one: the
// occurrence nearest the publication date, where the tense of the sentence
// tips the balance towards the past or the coming one.
func (p *parser) resolveYear(m, d, i, end int) int {
	if p.dct.IsZero() {
		return 0
	}
	// how far the tense pushes: a past-tense month is the last one
	// unless the coming one is within about six weeks ("In January, the
	// company brought in …", written in October, is this year's)
	w := 120
	if d == 0 {
		d = 15  // a month alone: its middle
		w = 270 // a month is far more often the last or next one than a day is
	}
	dir := p.tenseDir(i, end)
	if dir < 0 && p.pastVerbGoverns(i) {
		w = 270 // "the fiscal year ended Jan. 31", "died on Jan. 3": the verb's own date
	}
	bias := w * dir
	if bias == 0 {
		bias = -180 // no tense: news mostly reports what has happened
	}
	best, bestCost := p.dct.Year, 1<<30
	today := dayNumber(p.dct.Year, int(p.dct.Month), p.dct.Day)
	for y := p.dct.Year - 1; y <= p.dct.Year+1; y++ {
		day := d
		if l := lastDay(y, m); day > l {
			day = l
		}
		diff := dayNumber(y, m, day) - today
		cost := diff
		if cost < 0 {
			cost = -cost
		}
		if diff > 0 && bias < 0 || diff < 0 && bias > 0 {
			cost += max(bias, -bias)
		}
		if cost < bestCost {
			best, bestCost = y, cost
		}
	}
	return best
}

// monthPhrase reads "June 28, 2019", "June 2019", "June of 2019", "Aug.
// 7", "April".
func (p *parser) monthPhrase(i int) (result, bool) {
	t := p.toks[i]
	if !t.upper {
		return result{}, false
	}
	m := int(t.lex.val)
	k := i + 1
	if t.lex.abbr && p.isPunct(k, '.') && p.glued(k) {
		k++
	}
	if p.isNum(k) && p.toks[k].ndig <= 2 && p.toks[k].number() >= 1 && p.toks[k].number() <= 31 && !(p.isPunct(k+1, ':') && p.glued(k+1) && p.isNum(k+2) && p.glued(k+2)) {
		d := p.toks[k].number()
		end := k + 1
		if p.cls(end) == wTh && p.glued(end) {
			end++
		}
		y := 0
		switch {
		case p.isPunct(end, ',') && p.isNum(end+1) && p.okYear(end+1):
			y, end = p.toks[end+1].number(), end+2
		case p.isNum(end) && p.okYear(end):
			y, end = p.toks[end].number(), end+1
		default:
			y = p.resolveYear(m, d, i, end)
		}
		if y != 0 && !validDay(y, m, d) {
			return result{}, false
		}
		return result{i, end, sem{kind: kDay, typ: timeline.TypeDate, y: y, m: m, d: d}}, true
	}
	if p.cls(k) == wOrdinal && !p.toks[k].upper {
		d := int(p.toks[k].lex.val)
		y := p.resolveYear(m, d, i, k+1)
		return result{i, k + 1, sem{kind: kDay, typ: timeline.TypeDate, y: y, m: m, d: d}}, true
	}
	yk := k
	if p.cls(yk) == wOf || p.isPunct(yk, ',') {
		yk++
	}
	if p.isNum(yk) && p.okYear(yk) {
		return result{i, yk + 1, sem{kind: kMonth, typ: timeline.TypeDate, y: p.toks[yk].number(), m: m}}, true
	}
	if end, y, ok := p.spokenYear(yk); ok {
		return result{i, end, sem{kind: kMonth, typ: timeline.TypeDate, y: y, m: m}}, true
	}
	if !p.dct.IsZero() && p.is(k+1, "year") {
		switch p.cls(k) {
		case wLast, wThis, wNext:
			y := p.dct.Year
			if p.cls(k) == wLast {
				y--
			} else if p.cls(k) == wNext {
				y++
			}
			return result{i, k + 2, sem{kind: kMonth, typ: timeline.TypeDate, y: y, m: m}}, true
		}
	}
	if t.lex.abbr {
		return result{}, false
	}
	if t.lex.month && p.sentenceStart(i) {
		return result{}, false // "May I…", "March on"
	}
	if (p.cls(k) == wOf || p.cls(k) == wFor) && (p.cls(k+1) == wThe || p.toks[min(k+1, len(p.toks)-1)].upper) {
		return result{}, false // "the March for Life"
	}
	if m == 5 && (p.cls(i+1) == wNone && !p.isPunct(i+1, '.') && !p.isPunct(i+1, ',') && p.cls(i-1) != wIn && p.cls(i-1) != wSince && p.cls(i-1) != wEarly && p.cls(i-1) != wLate && p.cls(i-1) != wMid) {
		return result{}, false
	}
	return result{i, k, sem{kind: kMonth, typ: timeline.TypeDate, y: p.resolveYear(m, 0, i, k), m: m}}, true
}

// sentenceStart reports whether token i opens a sentence or a line.
func (p *parser) sentenceStart(i int) bool {
	if i == 0 || p.toks[i].newline {
		return true
	}
	prev := p.toks[i-1]
	return prev.kind == tPunct && (prev.punct == '.' || prev.punct == '?' || prev.punct == '!' || prev.punct == '"')
}

// weekdayPhrase reads "Friday", "Friday morning", "Monday, Oct. 26".
func (p *parser) weekdayPhrase(i int) (result, bool) {
	t := p.toks[i]
	if !t.upper || t.lex.abbr {
		return result{}, false
	}
	if p.cls(i-1) == wThe && i+1 < len(p.toks) && p.toks[i+1].upper && p.cls(i+1) == wNone {
		return result{}, false // "the Sunday Times"
	}
	wd := int(t.lex.val)
	k := i + 1
	if p.isPunct(k, ',') {
		k++
	}
	if p.cls(k) == wMonth || p.isNum(k) && p.cls(k+1) == wMonth {
		if r, ok := p.core(k); ok && r.s.kind == kDay {
			r.start = i
			return r, true
		}
	}
	s := p.weekdayByTense(wd, i, i+1)
	end := i + 1
	if p.isPunct(end, '\'') && p.glued(end) && p.is(end+1, "s") && s.kind == kDay && p.tenseDir(i, end) > 0 {
		s = p.weekdayPast(wd) // "Wednesday's ruling" happened
	}
	if p.cls(end) == wPartOfDay && s.kind == kDay {
		// "Friday evening" is 1998-08-07TEV, as the TIMEX3 guidelines
		// have it and TimeBank always does; but TimeBank mostly dates
		// "Friday night" and "Friday morning" as the day, so those keep
		// the day's value, and the extent keeps the part of the day. The
		// type stays DATE, which TimeBank gives these as often as TIME.
		if pod := int(p.toks[end].lex.val); pod == pEvening || pod == pAfternoon {
			s.pod = pod
		}
		end++
	}
	return result{i, end, s}, true
}

// weekdayByTense resolves a bare weekday: the coming one when the sentence
// speaks of the future, else the most recent one (the publication day
// included).
func (p *parser) weekdayByTense(wd, i, end int) sem {
	if p.dct.IsZero() {
		return sem{kind: kRaw, typ: timeline.TypeDate, raw: "XXXX-WXX-" + itoa(isoWeekday(time.Weekday(wd)))}
	}
	if p.tenseDir(i, end) > 0 {
		cur := int(p.dct.Weekday())
		return dayOf(p.dct.AddDays((wd - cur + 7) % 7))
	}
	return p.weekdayPast(wd)
}

// weekdayPast is the most recent day wd, the publication day included.
func (p *parser) weekdayPast(wd int) sem {
	cur := int(p.dct.Weekday())
	return dayOf(p.dct.AddDays(-((cur - wd + 7) % 7)))
}

// refPhrase reads words that are expressions on their own: "now",
// "today", "yesterday morning", "recently", "tonight".
func (p *parser) refPhrase(i int) (result, bool) {
	v := p.toks[i].lex.val
	raw := func(val string) (result, bool) {
		return result{i, i + 1, sem{kind: kRaw, typ: timeline.TypeDate, raw: val}}, true
	}
	day := func(offset int) (result, bool) {
		if p.dct.IsZero() {
			return raw("XXXX-XX-XX")
		}
		s := dayOf(p.dct.AddDays(offset))
		end := i + 1
		if p.cls(end) == wPartOfDay {
			s.pod, s.typ = int(p.toks[end].lex.val), timeline.TypeTime
			end++
		}
		return result{i, end, s}, true
	}
	switch v {
	case rNow:
		if p.sentenceStart(i) && p.isPunct(i+1, ',') {
			return result{}, false // "Now, he says, …": a discourse marker, not a time
		}
		r, _ := raw("PRESENT_REF")
		if p.is(i-1, "right") {
			r.start = i - 1
		}
		return r, true
	case rToday:
		return day(0)
	case rYesterday:
		return day(-1)
	case rTomorrow:
		return day(1)
	case rTonight:
		r, ok := day(0)
		r.s.pod, r.s.typ = pNight, timeline.TypeTime
		return r, ok
	case rCurrently, rNowadays:
		return raw("PRESENT_REF")
	case rRecently, rPreviously:
		return raw("PAST_REF")
	case rSoon:
		if p.cls(i+1) == wAfter || p.cls(i+1) == wBefore || p.tenseDir(i, i+1) < 0 {
			return result{}, false // "soon after", "was soon released": no future here
		}
		if p.is(i-1, "as") && p.is(i+1, "as") {
			if p.is(i+2, "possible") {
				r, _ := raw("FUTURE_REF")
				r.start, r.end = i-1, i+3
				return r, true
			}
			return result{}, false
		}
		return raw("FUTURE_REF")
	case rFuture:
		if p.cls(i-1) == wIn || p.cls(i+1) == wUnit && p.toks[i+1].lex.plur {
			r, _ := raw("FUTURE_REF")
			if p.cls(i+1) == wUnit {
				r.end = i + 2
			}
			return r, true
		}
	}
	return result{}, false
}

// seasonPhrase reads "summer", "summer 2019", "last fall", "the spring of
// 2019".
func (p *parser) seasonPhrase(j int, d det, i int) (result, bool) {
	n := int(p.toks[j].lex.val)
	end := j + 1
	k := end
	if p.cls(k) == wOf {
		k++
		if !p.isNum(k) && p.cls(k) != wNumber {
			return result{}, false // "the fall of the city"
		}
	}
	if n == sFall && (d == dNone || d == dThe) && (p.cls(end) == wIn || p.cls(end) == wFrom) {
		return result{}, false // "a fall in prices"
	}
	if p.isNum(k) && p.okYear(k) {
		return result{i, k + 1, sem{kind: kSeason, typ: timeline.TypeDate, y: p.toks[k].number(), n: n}}, true
	}
	if e, y, ok := p.spokenYear(k); ok {
		return result{i, e, sem{kind: kSeason, typ: timeline.TypeDate, y: y, n: n}}, true
	}
	if p.dct.IsZero() {
		return result{i, end, sem{kind: kSeason, typ: timeline.TypeDate, n: n}}, true
	}
	y := p.dct.Year
	start := timeline.NewDate(y, time.Month(3*n), 1)
	switch d {
	case dLast, dPast, dPrevious:
		if !start.AddDays(91).Before(p.dct) {
			y--
		}
	case dNext, dComing:
		if start.Before(p.dct) {
			y++
		}
	case dNone, dThe, dThis:
		if n == sWinter && p.dct.Month <= 2 {
			y--
		}
	default:
		return result{}, false
	}
	return result{i, end, sem{kind: kSeason, typ: timeline.TypeDate, y: y, n: n}}, true
}

// setPhrase reads "every week", "each year", "every Monday", "every two
// years".
func (p *parser) setPhrase(i int) (result, bool) {
	j := i + 1
	if p.is(j, "other") {
		k := j + 1
		if p.cls(k) == wUnit && !p.toks[k].lex.plur {
			return result{i, k + 1, sem{kind: kSet, typ: timeline.TypeSet, n: 2, unit: int(p.toks[k].lex.val)}}, true
		}
		return result{}, false
	}
	if p.cls(j) == wWeekday && p.toks[j].upper {
		return result{i, j + 1, sem{kind: kSet, typ: timeline.TypeSet, wday: int(p.toks[j].lex.val) + 1}}, true
	}
	n := 1
	if k, m, ok := p.amount(j); ok && m > 1 && p.cls(j) != wA {
		n, j = m, k
	}
	if p.cls(j) == wUnit && (n == 1) != p.toks[j].lex.plur {
		u := int(p.toks[j].lex.val)
		if u == uWeekend {
			return result{}, false
		}
		return result{i, j + 1, sem{kind: kSet, typ: timeline.TypeSet, n: n, unit: u}}, true
	}
	return result{}, false
}

// fiscalPhrase reads "fiscal 1989", "fiscal year 1990", "the fiscal year",
// "fiscal second-quarter".
func (p *parser) fiscalPhrase(j int, d det, i int) (result, bool) {
	k := j + 1
	if p.isNum(k) && p.okYear(k) {
		return result{i, k + 1, sem{kind: kYear, typ: timeline.TypeDate, y: p.toks[k].number()}}, true
	}
	if p.hyphen(k) {
		k++
	}
	if p.cls(k) == wOrdinal || p.cls(k) == wUnit && p.toks[k].lex.val == uSecond {
		r, ok := p.ordinalPhrase(k, d, i)
		return r, ok
	}
	if p.is(k, "year") {
		if p.isNum(k+1) && p.okYear(k+1) {
			return result{i, k + 2, sem{kind: kYear, typ: timeline.TypeDate, y: p.toks[k+1].number()}}, true
		}
		if d == dNone || p.dct.IsZero() {
			return result{}, false
		}
		if d == dThe && (p.is(k+1, "ended") || p.is(k+1, "ending")) {
			// "the fiscal year ended Jan. 31": a year's length, the date follows
			return result{i, k + 1, sem{kind: kDuration, typ: timeline.TypeDuration, n: 1, unit: uYear}}, true
		}
		y := p.dct.Year
		switch d {
		case dLast, dPrevious:
			y--
		case dNext, dComing, dFollowing:
			y++
		}
		return result{i, k + 1, sem{kind: kYear, typ: timeline.TypeDate, y: y}}, true
	}
	return result{}, false
}

// ordinalPhrase reads "third quarter", "the first half of 1990",
// "third-quarter", "the twentieth century".
func (p *parser) ordinalPhrase(j int, d det, i int) (result, bool) {
	n := int(p.toks[j].lex.val)
	if p.cls(j) == wUnit {
		n = 2 // "second"
	}
	k := j + 1
	if p.hyphen(k) {
		k++
		if d == dThe {
			i = j // "the third-quarter results": the article belongs to the noun
		}
	}
	kind := kQuarter
	switch {
	case p.is(k, "quarter"):
		if n > 4 {
			return result{}, false
		}
	case p.is(k, "half"):
		if n > 2 {
			return result{}, false
		}
		kind = kHalf
	case p.is(k, "century"):
		return result{i, k + 1, sem{kind: kCentury, typ: timeline.TypeDate, n: n - 1}}, true
	default:
		return result{}, false
	}
	end := k + 1
	if r, ok := p.halfOfSpan(i, end, n); ok && kind == kHalf {
		return r, true
	}
	y := p.dct.Year
	if p.dct.IsZero() {
		y = 0
	}
	switch d {
	case dLast, dPrevious:
		y--
	case dNext, dComing, dFollowing:
		y++
	}
	if p.cls(end) == wOf || p.isPunct(end, ',') && p.isNum(end+1) {
		k2 := end + 1
		if p.cls(k2) == wFiscal {
			k2++
		}
		switch {
		case p.isNum(k2) && p.okYear(k2):
			y, end = p.toks[k2].number(), k2+1
		case p.cls(k2) == wThis && p.is(k2+1, "year"):
			end = k2 + 2
		case (p.cls(k2) == wLast || p.cls(k2) == wNext) && p.is(k2+1, "year") && y != 0:
			if p.cls(k2) == wLast {
				y--
			} else {
				y++
			}
			end = k2 + 2
		case p.cls(k2) == wThe && p.is(k2+1, "year"):
			end = k2 + 2
		}
	}
	return result{i, end, sem{kind: kind, typ: timeline.TypeDate, y: y, n: n}}, true
}

// unitPhrase reads expressions that start with a unit: "year-end",
// "year-earlier", "decades-long", "years" as a vague duration.
func (p *parser) unitPhrase(i int) (result, bool) {
	t := p.toks[i]
	u := int(t.lex.val)
	if !t.lex.plur && p.hyphen(i+1) && p.cls(i+2) == wLong {
		return result{i, i + 3, sem{kind: kDuration, typ: timeline.TypeDuration, n: 1, unit: u}}, true // "day-long"
	}
	if u == uYear && !t.lex.plur {
		switch {
		case p.isPunct(i+1, '\'') && p.is(i+2, "s") && p.is(i+3, "end"):
			if p.dct.IsZero() {
				return result{}, false
			}
			s := p.unitAt(p.dct, uYear)
			s.mod = "END"
			return result{i, i + 4, s}, true
		case p.hyphen(i+1) && p.cls(i+2) == wEnd || p.cls(i+1) == wEnd && p.is(i+1, "end"):
			end := i + 3
			if !p.hyphen(i + 1) {
				end = i + 2
			}
			if p.dct.IsZero() {
				return result{}, false
			}
			s := p.unitAt(p.dct, uYear)
			s.mod = "END"
			return result{i, end, s}, true
		case p.hyphen(i+1) && (p.cls(i+2) == wEarlier || p.cls(i+2) == wAgo):
			if p.dct.IsZero() {
				return result{}, false
			}
			end := i + 3
			if p.cls(end) == wUnit || p.cls(end) == wPeriod {
				end++
			}
			return result{i, end, p.yearEarlier()}, true
		}
		return result{}, false
	}
	if !t.lex.plur {
		return result{}, false
	}
	if p.hyphen(i+1) && p.cls(i+2) == wLong {
		return result{i, i + 3, sem{kind: kDuration, typ: timeline.TypeDuration, n: -1, unit: u}}, true
	}
	switch p.cls(i - 1) {
	case wFor, wIn, wWithin, wOver, wAfter:
		if p.cls(i+1) == wOf || p.cls(i+1) == wAgo {
			return result{}, false
		}
		if u >= uHour && u != uWeekend {
			return result{i, i + 1, sem{kind: kDuration, typ: timeline.TypeDuration, n: -1, unit: u}}, true
		}
	}
	if p.cls(i+1) == wAgo && u >= uDay {
		return result{i, i + 2, sem{kind: kRaw, typ: timeline.TypeDate, raw: "PAST_REF"}}, true
	}
	return result{}, false
}

// holidayPhrase reads "Christmas", "Thanksgiving Day", "Christmas Eve".
func (p *parser) holidayPhrase(i int) (result, bool) {
	if !p.toks[i].upper || p.dct.IsZero() {
		return result{}, false
	}
	if p.toks[i].lex.val == hElectionDay && !(p.is(i+1, "day") && p.toks[i+1].upper) {
		return result{}, false
	}
	end := i + 1
	eve := false
	switch {
	case p.is(end, "day"):
		end++
	case p.is(end, "eve"):
		end, eve = end+1, true
	}
	date := func(y int) (timeline.Date, bool) {
		switch p.toks[i].lex.val {
		case hChristmas:
			if eve {
				return timeline.NewDate(y, 12, 24), true
			}
			return timeline.NewDate(y, 12, 25), true
		case hThanksgiving:
			nov1 := timeline.NewDate(y, 11, 1)
			off := (int(time.Thursday) - int(nov1.Weekday()) + 7) % 7
			return nov1.AddDays(off + 21), true
		case hHalloween:
			return timeline.NewDate(y, 10, 31), true
		case hElectionDay:
			nov1 := timeline.NewDate(y, 11, 1)
			monday := (int(time.Monday) - int(nov1.Weekday()) + 7) % 7
			return nov1.AddDays(monday + 1), true
		}
		return timeline.Date{}, false
	}
	d, ok := date(p.dct.Year)
	if !ok {
		return result{}, false
	}
	k := end
	if p.isNum(k) && p.okYear(k) {
		d, _ = date(p.toks[k].number())
		end = k + 1
	} else if y := p.resolveYear(int(d.Month), d.Day, i, end); y != d.Year {
		d, _ = date(y)
	}
	return result{i, end, dayOf(d)}, true
}
