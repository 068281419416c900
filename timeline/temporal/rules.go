package temporal

import (
	"time"

	"github.com/storyline/storyline/timeline"
)

// parser holds one text's tokens and the discourse state that anaphoric
// expressions resolve against.
type parser struct {
	text string
	toks []token
	dct  timeline.Date
	// ref is the last day-level date mentioned ("the following day" counts
	// from it); refSet says whether one was.
	ref    timeline.Date
	refSet bool
	// lastQ is the last quarter mentioned ("the quarter", "a year earlier").
	lastQ    sem
	lastQAt  int // token index of the last quarter mention
	lastYear int // the last year mentioned ("that year")
	// coarse is the last month, season, quarter or year mentioned, at token
	// coarseAt; refAt is where ref was mentioned.
	coarse          sem
	coarseAt, refAt int
	// next is the first token after the last expression found.
	next int
}

// slide tells the discourse state that the first n tokens of toks were
// dropped: the token indices it holds count from the new first token.
func (p *parser) slide(n int) {
	p.lastQAt -= n
	p.coarseAt -= n
	p.refAt -= n
	p.next -= n
}

// result is one recognised expression over tokens [start, end).
type result struct {
	start, end int
	s          sem
}

func (p *parser) cls(i int) wordClass {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tWord {
		return wNone
	}
	return p.toks[i].lex.cls
}

func (p *parser) isPunct(i int, c byte) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].kind == tPunct && p.toks[i].punct == c
}

func (p *parser) isNum(i int) bool { return i >= 0 && i < len(p.toks) && p.toks[i].kind == tNum }

func (p *parser) glued(i int) bool { return i < len(p.toks) && p.toks[i].glued }

// is reports whether token i is the word w (w in lower case).
func (p *parser) is(i int, w string) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tWord {
		return false
	}
	t := p.toks[i]
	if int(t.end-t.start) != len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		c := p.text[int(t.start)+k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[k] {
			return false
		}
	}
	return true
}

// hyphen reports whether tokens i, i+1 are a hyphen glued between words.
func (p *parser) hyphen(i int) bool {
	return p.isPunct(i, '-') && p.glued(i) && p.glued(i+1)
}

// run tries the rules at each candidate token (the indices candidates
// returned for p.toks), left to right, after the last expression found.
func (p *parser) run(cands []int32, emit func(result)) {
	for _, c := range cands {
		i := int(c)
		if i < p.next {
			continue
		}
		t := &p.toks[i]
		if t.kind == tPunct && (!p.isNum(i+1) || !p.glued(i+1)) {
			continue // only "'80s" starts with a mark
		}
		if leadsOnly[t.lex.cls] && t.kind == tWord && i+1 < len(p.toks) && p.toks[i+1].kind == tWord && p.toks[i+1].lex.cls == wNone {
			continue // "the company", "a deal": an article before a plain word
		}
		r, ok := p.phrase(i)
		if !ok {
			continue
		}
		p.remember(r)
		emit(r)
		p.next = r.end
	}
}

// leadsOnly marks the classes that are never an expression alone: a
// plain word after them rules one out.
var leadsOnly = func() (t [numClasses]bool) {
	for _, c := range []wordClass{wThe, wA, wThat, wThis, wThese, wAbout, wAt, wOver, wUnder, wMore, wLess, wUp, wEvery, wEach, wAnother} {
		t[c] = true
	}
	return t
}()

// remember updates the discourse state with a new expression.
func (p *parser) remember(r result) {
	s := r.s
	switch {
	case s.kind == kDay && s.y != 0 && s.m != 0 && s.d != 0:
		p.ref, p.refSet, p.refAt = s.date(), true, r.start
		p.lastYear = s.y
	case s.kind == kQuarter && s.y != 0 && s.n != 0 && !s.derived && !p.future(s):
		p.lastQ, p.lastQAt = s, r.start
		p.lastYear = s.y
	case (s.kind == kYear || s.kind == kMonth || s.kind == kSeason) && s.y != 0:
		p.lastYear = s.y
	}
	if !s.derived && s.y != 0 && s.typ == timeline.TypeDate {
		switch s.kind {
		case kMonth, kSeason, kQuarter, kYear:
			p.coarse, p.coarseAt = s, r.start
		}
	}
}

// future reports whether s starts after the publication date (a forecast
// for a quarter is not the quarter a report is about).
func (p *parser) future(s sem) bool {
	iv := s.interval(p.dct)
	return iv != nil && !p.dct.IsZero() && iv.Start.After(p.dct)
}

// phrase recognises an expression starting at token i, with its leading
// modifiers ("about", "more than", "early", "the end of").
func (p *parser) phrase(i int) (result, bool) {
	j := i
	mod, durOnly := "", false
	switch p.cls(j) {
	case wAbout:
		if c := p.cls(j + 1); c != wThe && c != wSetAdverb && c != wEvery && c != wEach {
			mod, j = "APPROX", j+1
		}
	case wMore, wLess:
		if p.cls(j+1) == wThan {
			mod = "MORE_THAN"
			if p.cls(j) == wLess {
				mod = "LESS_THAN"
			}
			j += 2
		}
	case wAt:
		if p.cls(j+1) == wAtLeast {
			mod, j = "EQUAL_OR_MORE", j+2
		}
	case wUp:
		if p.cls(j+1) == wTo {
			mod, j, durOnly = "EQUAL_OR_LESS", j+2, true
		}
	case wOver, wUnder:
		// "over an hour", but not "over the weekend"
		if c := p.cls(j + 1); c == wA || c == wNumber || c == wFuzzy || p.isNum(j+1) {
			mod, j, durOnly = "MORE_THAN", j+1, true
			if p.cls(i) == wUnder {
				mod = "LESS_THAN"
			}
		}
	}
	if j != i {
		r, ok := p.positioned(j)
		if !ok {
			return result{}, false
		}
		if durOnly && r.s.typ != timeline.TypeDuration {
			return r, true // "over the weekend": "over" is a preposition here
		}
		if r.s.mod == "" {
			r.s.mod = mod
		}
		r.start = i
		return p.possessive(r), true
	}
	r, ok := p.positioned(i)
	if ok {
		r = p.possessive(r)
	}
	return r, ok
}

// possessive extends a year with the part of it that follows: "this
// year's third quarter", "last year's quarter", "next year's first half".
func (p *parser) possessive(r result) result {
	k := r.end
	if r.s.kind != kYear || !p.isPunct(k, '\'') || !p.is(k+1, "s") {
		return r
	}
	k += 2
	if p.cls(k) == wFiscal {
		k++
	}
	if p.cls(k) == wOrdinal || p.cls(k) == wUnit && p.toks[k].lex.val == uSecond {
		if o, ok := p.ordinalPhrase(k, dNone, r.start); ok && o.s.kind != kCentury {
			o.s.y = r.s.y
			return o
		}
	}
	if p.is(k, "quarter") && p.lastQ.n > 0 {
		return result{r.start, k + 1, sem{kind: kQuarter, typ: timeline.TypeDate, y: r.s.y, n: p.lastQ.n, derived: true}}
	}
	return r
}

// positioned recognises an expression with an optional part-of modifier:
// "early", "late", "mid-", "the end of", "earlier this".
func (p *parser) positioned(i int) (result, bool) {
	j, mod, span := i, "", spanValue
	if p.cls(j) == wThe {
		switch p.cls(j + 1) {
		case wEarly, wLate, wMid:
			j++ // "the early 1980s"
		}
	}
	switch p.cls(j) {
	case wEarly:
		mod, j = "START", j+1
	case wLate:
		mod, j = "END", j+1
	case wMid:
		mod, j = "MID", j+1
	case wEarlier:
		if c := p.cls(j + 1); c == wThis || c == wThat || c == wIn || c == wRef && p.isRef(j+1) {
			span, j = spanToDCT, j+1
			if c == wIn && p.cls(j+1) == wThe {
				j += 2
			}
		}
	case wLater:
		if c := p.cls(j + 1); c == wThis || c == wThat || c == wIn || c == wRef && p.isRef(j+1) {
			span, j = spanFromDCT, j+1
			if c == wIn && p.cls(j+1) == wThe {
				j += 2
			}
		}
	case wThe, wEnd, wBeginning, wStart, wMiddle:
		k := j
		if p.cls(k) == wThe {
			k++
		}
		m := ""
		switch p.cls(k) {
		case wEnd:
			m = "END"
		case wBeginning, wStart:
			m = "START"
		case wMiddle:
			m = "MID"
		}
		if m != "" && p.cls(k+1) == wOf {
			mod, j = m, k+2
		}
	}
	if j == i {
		return p.core(i)
	}
	if p.hyphen(j) {
		j++
	}
	r, ok := p.core(j)
	if !ok || r.s.typ == timeline.TypeDuration || r.s.typ == timeline.TypeSet {
		return result{}, false
	}
	if r.s.kind == kRaw && mod != "" {
		return result{}, false
	}
	if mod != "" {
		r.s.mod = mod
	}
	if span != spanValue {
		r.s.span = span
	}
	r.start = i
	return r, true
}

func (p *parser) isRef(i int) bool {
	if p.cls(i) != wRef {
		return false
	}
	v := p.toks[i].lex.val
	return v == rToday || v == rYesterday || v == rTomorrow
}

// core recognises an expression without leading modifiers.
func (p *parser) core(i int) (result, bool) {
	if i >= len(p.toks) {
		return result{}, false
	}
	t := &p.toks[i]
	if t.kind == tNum {
		return p.numberPhrase(i)
	}
	if t.kind == tPunct {
		if t.punct == '\'' && p.isNum(i+1) && p.toks[i+1].ndig == 2 && p.cls(i+2) == wS && p.glued(i+1) && p.glued(i+2) {
			return result{i, i + 3, sem{kind: kDecade, typ: timeline.TypeDate, n: 190 + p.toks[i+1].number()/10}}, true
		}
		return result{}, false
	}
	switch t.lex.cls {
	case wFinal:
		return p.detPhrase(i)
	case wPeriodCode:
		return p.periodCode(i)
	case wLong:
		if p.cls(i+1) == wAgo { // "long ago"
			return result{i, i + 2, sem{kind: kRaw, typ: timeline.TypeDate, raw: "PAST_REF"}}, true
		}
		return result{}, false
	}
	switch t.lex.cls {
	case wThe, wThis, wThat, wLast, wNext, wPast, wComing, wPrevious, wFollowing, wCurrent,
		wLatest, wRecent, wUpcoming, wSame, wThese, wPrior:
		return p.detPhrase(i)
	case wNumber, wA, wFuzzy, wAnother:
		if end, y, ok := p.spokenYear(i); ok {
			return result{i, end, sem{kind: kYear, typ: timeline.TypeDate, y: y}}, true
		}
		return p.amountPhrase(i, dNone, i)
	case wMonth:
		return p.monthPhrase(i)
	case wWeekday:
		return p.weekdayPhrase(i)
	case wRef:
		return p.refPhrase(i)
	case wSeason:
		switch p.cls(i - 1) {
		case wIn, wThis, wThe, wEarly, wLate, wMid, wBy, wUntil, wSince, wDuring:
		default:
			if !t.upper {
				return result{}, false
			}
		}
		return p.seasonPhrase(i, dNone, i)
	case wSetAdverb:
		if p.is(i, "annual") {
			return result{}, false
		}
		return result{i, i + 1, sem{kind: kSet, typ: timeline.TypeSet, n: 1, unit: int(t.lex.val)}}, true
	case wEvery, wEach:
		return p.setPhrase(i)
	case wFiscal:
		return p.fiscalPhrase(i, dNone, i)
	case wOrdinal:
		return p.ordinalPhrase(i, dNone, i)
	case wUnit:
		return p.unitPhrase(i)
	case wNoonWord:
		return p.clockWord(i)
	case wPartOfDay:
		// "afternoon yesterday", "mid-afternoon Friday"
		if k := i + 1; p.isRef(k) || p.cls(k) == wWeekday && p.toks[k].upper {
			if r, ok := p.core(k); ok && r.s.kind == kDay && r.s.y != 0 {
				r.s.pod, r.s.typ, r.start = int(t.lex.val), timeline.TypeTime, i
				return r, true
			}
		}
		return result{}, false
	case wHoliday:
		return p.holidayPhrase(i)
	}
	return result{}, false
}

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
	if d == dThat && p.cls(j) == wSame {
		d, j = dSame, j+1 // "that same day"
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
			if m >= int(p.dct.Month) {
				y--
			}
		case dNext, dComing:
			if m <= int(p.dct.Month) {
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
			case p.cls(k) == wPeriod && p.lastQ.n > 0:
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

// yearEarlier is the period a year before the one under discussion.
func (p *parser) yearEarlier() sem {
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

// detUnit reads det + a singular unit: "last week", "this year", "the
// following day", "the weekend", "the quarter".
func (p *parser) detUnit(j int, d det, the bool, i int) (result, bool) {
	u := int(p.toks[j].lex.val)
	if p.toks[j].upper && !p.sentenceStart(j) || p.hyphen(j+1) && p.cls(j+2) == wTo {
		return result{}, false // "ABC's This Week", "quarter-to-quarter"
	}
	end := j + 1
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

// anchor is the date anaphoric expressions count from.
func (p *parser) anchor() timeline.Date {
	if p.refSet {
		return p.ref
	}
	return p.dct
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
