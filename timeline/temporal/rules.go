package temporal

import (
	"github.com/storyline/storyline/timeline"
)

// The grammar of one expression: where one may start, its leading
// modifiers, the part of a period it names, and its core.

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
			r = p.boundedAgo(r)
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
		if p.secondPart(i) {
			return p.ordinalPhrase(i, dNone, i) // "reported second-quarter profit"
		}
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
