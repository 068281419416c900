package temporal

import (
	"time"

	"github.com/storyline/storyline/timeline"
)

// Phrases led by a number: years and days written in digits, clock times
// and the day they fall on.

// numberPhrase reads an expression that starts with digits: years,
// decades, ISO and numeric dates, "28 June 2019", clock times, durations.
func (p *parser) numberPhrase(i int) (result, bool) {
	t := p.toks[i]
	if r, ok := p.clock24Phrase(i); ok {
		return r, true
	}
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
		if s, ok := halfAmount(t.number(), int(p.toks[i+4].lex.val)); ok {
			return p.halfPhrase(s, t.number(), int(p.toks[i+4].lex.val), i, i+5)
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
	case uWeek:
		return "P" + itoa(7*n+3) + "DT12H"
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
		} else if k3, ap := p.clockPartOfDay(i, k, h); ap != 0 {
			k2, ampm = k3, ap
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

// clockPartOfDay reads the part of the day that tells a bare hour's half
// of the clock: "4 in the morning" is 4 a.m., "3 in the afternoon" and "8
// in the evening" are p.m., "11 at night" is p.m. but "2 at night" is a.m.
// It returns the token after it and 1 for a.m., 2 for p.m., 0 for none.
// Without "at" or the like before the hour, the number is a count ("won 4
// in the morning session", "rose 12 in the morning").
func (p *parser) clockPartOfDay(i, k, h int) (int, int) {
	if !p.timeContext(i) && p.cls(i-1) != wAbout && p.cls(i-1) != wBefore && p.cls(i-1) != wAfter && !p.is(i-1, "around") {
		return k, 0
	}
	var pod int
	switch {
	case p.cls(k) == wIn && p.cls(k+1) == wThe && p.cls(k+2) == wPartOfDay:
		pod = int(p.toks[k+2].lex.val)
		k += 3
	case p.cls(k) == wAt && p.is(k+1, "night"):
		pod = pNight
		k += 2
	default:
		return k, 0
	}
	if h < 1 || h > 12 || p.text[p.toks[k-1].end-1] == 's' {
		return k, 0 // "in the mornings": a habit, not a time
	}
	switch pod {
	case pMorning:
		return k, 1
	case pAfternoon, pEvening:
		return k, 2
	case pNight:
		if h >= 6 && h < 12 {
			return k, 2
		}
		return k, 1
	}
	return k, 0
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
	day, end := p.clockAnchor(i), k
	if p.toks[i].newline && (k >= len(p.toks) || p.toks[k].newline) && !p.dct.IsZero() {
		// a clock time on a line of its own is a live page's time stamp:
		// of the day the page is dated, whatever day its entry below
		// tells of ("3:10 a.m." above news from late on Friday)
		day = p.dct
	}
	j := k
	aside := p.clockAside(j)
	if aside > j {
		// "at 6:50 p.m. (1650 GMT) on Monday": the time in another zone
		// is an aside; the day after it is the clock time's, which stays
		// an expression of its own.
		j = aside
	}
	if p.isPunct(j, ',') || p.cls(j) == wOn {
		j++
	}
	if r, ok := p.core(j); ok && r.s.kind == kDay && r.s.y != 0 && r.s.m != 0 && r.s.d != 0 && r.s.hour == 0 {
		if p.cls(j) == wWeekday && r.end-j <= 2 {
			// the tense is read from the clock time on: "extended the
			// deadline until 9 a.m. EST Tuesday" is a deadline to come
			r.s = p.weekdayByTense(int(p.toks[j].lex.val), i, r.end)
		}
		day = r.s.date()
		if aside <= k {
			end = r.end
		}
	}
	if day.IsZero() {
		return result{i, end, sem{kind: kRaw, typ: timeline.TypeTime, raw: "XXXX-XX-XXT" + string(pad(pad(nil, h, 2), m, 0)) + ""}}, true
	}
	if end == k {
		day = p.nightCrossed(day, h, i, end) // no day of its own: "shortly after midnight" after "at 11 p.m."
	}
	s := dayOf(day)
	s.typ, s.hour, s.min = timeline.TypeTime, h+1, m
	return result{i, end, s}, true
}

// clockAside returns the token after a bracketed clock time in another
// zone at k, "(1650 GMT)", "(16:50 GMT)", or "(local time)", else k.
func (p *parser) clockAside(k int) int {
	if !p.isPunct(k, '(') {
		return k
	}
	zone := false
	for j := k + 1; j < k+6; j++ {
		switch {
		case p.isPunct(j, ')'):
			if zone && j > k+1 {
				return j + 1
			}
			return k
		case p.cls(j) == wTimezone && p.toks[j].upper:
			zone = true
		case p.is(j, "local") && p.is(j+1, "time"):
			zone = true
			j++
		case p.isNum(j), p.isPunct(j, ':'):
		default:
			return k
		}
	}
	return k
}

// clockWord reads "noon", "midnight", "midday" and a day after them.
func (p *parser) clockWord(i int) (result, bool) {
	if p.toks[i].upper && !p.sentenceStart(i) || p.is(i-1, "high") {
		return result{}, false // "High Noon"
	}
	h := int(p.toks[i].lex.val)
	if h == 24 && (p.cls(i-1) == wAfter || p.is(i-1, "past") || p.cls(i-1) == wSince) {
		// "shortly after midnight": the first hours of the day, T00:00;
		// otherwise midnight ends the day it names, as in news style
		// ("the deadline expires at midnight Friday": Friday T24:00)
		h = 0
	}
	return p.clockDay(i, i+1, h, 0)
}
