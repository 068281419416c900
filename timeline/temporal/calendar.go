package temporal

import (
	"time"

	"github.com/storyline/storyline/timeline"
)

// Phrases named by the calendar: months and their days, weekdays read by
// the tense around them, and references such as "now" or "recently".

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
	if dir < 0 && d == 15 && p.hadPlanned(i) {
		dir = 0 // "had planned to open in March": the nearer March (hadplanned.go)
	}
	if dir > 0 && d == 15 && w == 270 && !p.pastFutureAround(i, end) {
		// "plans to open the plant in March", written in May: a month a
		// plan told in the present looks ahead to is the coming one, be
		// the last one ever so near ("would open in March" may be the
		// last: the plan was told before it)
		w = 366
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
			var ok bool
			if y, ok = p.yearNamed(end); ok {
				end += 2 // "on May 3 last year"
			} else {
				y = p.resolveYear(m, d, i, end)
			}
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
	if y, ok := p.yearNamed(k); ok {
		return result{i, k + 2, sem{kind: kMonth, typ: timeline.TypeDate, y: y, m: m}}, true
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
	if m == 5 && p.mayIsName(i) {
		return result{}, false // "Theresa May", "Mrs May", "…, May said"
	}
	if (m == 4 || m == 6 || m == 8) && p.givenNameMonth(i) {
		return result{}, false // "June Raine said", "April Holm"
	}
	if m == 5 && (p.cls(i+1) == wNone && !p.isPunct(i+1, '.') && !p.isPunct(i+1, ',') && p.cls(i-1) != wIn && p.cls(i-1) != wSince && p.cls(i-1) != wEarly && p.cls(i-1) != wLate && p.cls(i-1) != wMid) {
		return result{}, false
	}
	return result{i, k, sem{kind: kMonth, typ: timeline.TypeDate, y: p.resolveYear(m, 0, i, k), m: m}}, true
}

// yearNamed reads "last year", "this year", "next year" at token k after
// a month ("May last year") or a month and day ("May 3 last year"): the
// year by the publication date, which the tense cannot overrule.
func (p *parser) yearNamed(k int) (int, bool) {
	if p.dct.IsZero() || !p.is(k+1, "year") {
		return 0, false
	}
	switch p.cls(k) {
	case wLast:
		return p.dct.Year - 1, true
	case wThis:
		return p.dct.Year, true
	case wNext:
		return p.dct.Year + 1, true
	}
	return 0, false
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
	if p.cls(i-1) == wA && p.isPunct(i-2, ',') && p.refSet && p.refEnd == i-2 && int(p.ref.Weekday()) == wd {
		// "on June 24, a Thursday": the weekday of the day just named,
		// not the one of the publication week
		return result{i, i + 1, dayOf(p.ref)}, true
	}
	if r, ok := p.weekdaySet(i, wd); ok {
		return r, true
	}
	if r, ok := p.anyWeekday(i, wd); ok {
		return r, true
	}
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
	if p.isPunct(end, '\'') && p.glued(end) && p.is(end+1, "s") && s.kind == kDay && p.tenseDir(i, end) > 0 && !p.aheadOf(i-1) && !p.fixtureAt(end+2) {
		s = p.weekdayPast(wd) // "Wednesday's ruling" happened, not "ahead of Sunday's vote"
	}
	if p.isPunct(end, '\'') && p.glued(end) && p.is(end+1, "s") {
		s = p.purposeDay(i, end+2, wd, s)
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
		if d, ok := p.sayingDayAhead(wd, i); ok {
			return dayOf(d)
		}
		cur := int(p.dct.Weekday())
		return dayOf(p.dct.AddDays((wd - cur + 7) % 7))
	}
	if p.namedByCopula(i, end) {
		return dayOf(p.dct.AddDays((wd - int(p.dct.Weekday()) + 7) % 7))
	}
	if p.startsPeriod(i) {
		// "declared three days of mourning starting on Wednesday" in a
		// Tuesday paper: what a deed of the news sets going starts near
		// it, mostly after it; the nearest such day, either way.
		cur := int(p.dct.Weekday())
		ahead := (wd - cur + 7) % 7
		if ahead <= 3 {
			return dayOf(p.dct.AddDays(ahead))
		}
		return dayOf(p.dct.AddDays(ahead - 7))
	}
	return p.weekdayPast(wd)
}

// startsPeriod reports whether the weekday at token i is when something
// begins, told by a participle: "starting on Wednesday", "beginning
// Monday", "effective Friday".
func (p *parser) startsPeriod(i int) bool {
	k := i - 1
	if p.cls(k) == wOn {
		k--
	}
	return p.is(k, "starting") || p.is(k, "beginning") || p.is(k, "effective")
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
	case rOvernight:
		// "shelled the town overnight": the night before the paper's
		// day, as TimeBank reads it (TNI). Not "an overnight stay" nor
		// "the overnight rate", which name a kind of thing.
		if c := p.cls(i - 1); c == wA || c == wThe {
			return result{}, false
		}
		if r, ok := p.namedNight(i); ok {
			return r, true
		}
		night, ok := p.overnightOf(i)
		if !ok {
			return raw("XXXX-XX-XX")
		}
		r := result{i, i + 1, dayOf(night)}
		r.s.pod, r.s.typ = pNight, timeline.TypeTime
		return r, true
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

// weekdaySet reads a weekday that recurs: "Mondays", "on Tuesday nights",
// "Friday evenings" (TimeML SET XXXX-WXX-2TNI), which dates no one day.
func (p *parser) weekdaySet(i, wd int) (result, bool) {
	end := i + 1
	pluralPod := p.cls(end) == wPartOfDay && p.text[p.toks[end].end-1] == 's'
	if !p.toks[i].lex.plur && !pluralPod {
		return result{}, false
	}
	s := sem{kind: kSet, typ: timeline.TypeSet, wday: wd + 1}
	if p.cls(end) == wPartOfDay {
		s.pod = int(p.toks[end].lex.val)
		end++
	}
	return result{i, end, s}, true
}
