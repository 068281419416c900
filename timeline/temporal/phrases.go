package temporal

import (
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
	half := false
	if n > 0 && p.andAHalf(k) && p.cls(k+3) == wUnit && p.toks[k+3].lex.plur {
		k, half = k+3, true // "two and a half years"
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
	if n == 1 && plural && !half || n < 0 && !plural && !adjective {
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
	if !half && !adjective && n == 1 && !plural && p.andAHalf(end) {
		end, half = end+3, true // "a year and a half"
	}
	dur := sem{kind: kDuration, typ: timeline.TypeDuration, n: n, unit: u}
	if !half && !adjective && d == dNone && u == uYear && n > 0 {
		if m, e, ok := p.yearsAndMonths(end); ok {
			return p.yearsMonthsPhrase(n, m, i, e), true
		}
	}
	if half {
		s, ok := halfAmount(n, u)
		if !ok {
			return result{}, false
		}
		return p.halfPhrase(s, n, u, i, end)
	}
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
		if p.isRef(end+1) && p.toks[end+1].lex.val == rToday && n > 0 && u >= uWeek && u <= uYear && !p.dct.IsZero() {
			// "a month ago today", "ten years ago today": an anniversary
			// names the day, not the month or year it lies in
			return result{i, end + 2, dayOf(p.addUnits(p.dct, u, -n))}, true
		}
		return result{i, end + 1, p.countBack(p.dct, u, n, -1, i)}, true
	case wEarlier, wLater:
		if p.is(end+1, "than") {
			// "six months earlier than planned", "two weeks later than
			// expected": a gap between two times, naming neither.
			return result{i, end, dur}, true
		}
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
	if n < 0 && !base.IsZero() && dir > 0 && p.refSet && (base == p.ref || p.deedSet && base == p.deed) && (u == uHour || u == uMinute) {
		n = 0 // "a few hours later": still the day told, as "two hours later" is
	}
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
		if !p.quarterTopic() {
			return sem{kind: kYear, typ: timeline.TypeDate, y: p.lastQ.y + dir, derived: true}
		}
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

// oneSentence reports whether no sentence ends between tokens a and b
// (a stop after "Nov." or "p.m." ends none).
func (p *parser) oneSentence(a, b int) bool {
	for k := max(a, 0); k < b && k < len(p.toks); k++ {
		if p.boundaryAfter(k) {
			return false
		}
	}
	return true
}

// countFrom resolves "two weeks later", "a year earlier": n units from
// the last date mentioned, at the coarser of the unit and that date's
// granularity.
func (p *parser) countFrom(u, n, dir, at int) sem {
	c := p.coarse
	if c.y == 0 || p.refSet && p.refAt > p.coarseAt || u == uYear && n == 1 && p.lastQ.n > 0 && at-p.lastQAt < 400 {
		if u <= uHour {
			return p.countBack(p.laterDay(at, at+1), u, n, dir, at)
		}
		return p.countBack(p.anchor(), u, n, dir, at)
	}
	iv := c.interval(p.dct)
	if iv == nil || n < 0 || dir > 0 && p.refSet && iv.End.Before(p.ref) && p.oneSentence(p.refAt, p.coarseAt) {
		// "The flight began on Nov. 16, after attempts in late August
		// and early September. Orion passed the moon five days later":
		// later than the day its sentence told, not than a period
		// before it that sentence named in passing. (A period a
		// sentence of its own tells is the story's: "It was launched
		// in 2005, and two years later was damaged".)
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
	if _, clock := p.clock24End(j, j+1); clock {
		return false // "(1900 GMT)"
	}
	if p.plainWord(j-1) && p.toks[j-1].upper && !p.sentenceStart(j-1) && !p.toks[j].newline {
		return false // a name's year: "Euro 2020", "Expo 2020", "Vision 2030"
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
		if p.cls(j+1) == wUnit && next.lex.plur {
			return false // a count: "2000 hours of community service"
		}
		if next.kind == tWord && next.upper && p.cls(j+1) == 0 && p.is(j-1, "at") {
			return false // a street number: "a home at 2016 Ontario St."
		}
	}
	return true
}
