package temporal

import (
	"strings"
	"time"

	"github.com/storyline/storyline/timeline"
)

// Periods of the year and recurring times: seasons, fiscal periods,
// ordinals ("the first half"), sets ("every week"), bare units and
// holidays.

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
	if p.cls(j) == wMonth && p.toks[j].upper && !p.toks[j].lex.abbr && !p.isNum(j+1) {
		// "each July", "every December": a month that recurs, not this
		// year's (but "every May 1" is a day, read as one)
		return result{i, j + 1, sem{kind: kRaw, typ: timeline.TypeSet, raw: "XXXX-" + string(pad(nil, int(p.toks[j].lex.val), 2))}}, true
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

// secondPart reports whether token j is "second" naming a part of a
// year: "second quarter", "second-quarter", "second-half", not the unit
// of time.
func (p *parser) secondPart(j int) bool {
	if p.cls(j) != wUnit || p.toks[j].lex.val != uSecond {
		return false
	}
	k := j + 1
	if p.hyphen(k) {
		k++
	}
	return p.is(k, "quarter") || p.is(k, "half")
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
	explicit := false
	if p.cls(end) == wOf || p.isPunct(end, ',') && p.isNum(end+1) {
		explicit = true
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
		default:
			explicit = false
		}
	}
	if kind == kHalf && !explicit && p.gameHalf(i, end) {
		return result{}, false
	}
	s := sem{kind: kind, typ: timeline.TypeDate, y: y, n: n}
	if !explicit && (d == dNone || d == dThe) && y != 0 {
		s.y = p.partYear(s, i, end)
	}
	return result{i, end, s}, true
}

// partYear picks the year of a quarter or half named without one, s
// holding the publication year: a part that has not begun yet is last
// year's when the sentence speaks of the past ("reported a loss for the
// fourth quarter", written in January), and also with no tense when last
// year's ended within the last quarter: the results published in
// January are the fourth quarter's. A sentence in the future keeps the
// coming one.
func (p *parser) partYear(s sem, i, end int) int {
	months := 3
	if s.kind == kHalf {
		months = 6
	}
	first := months*(s.n-1) + 1
	if first <= int(p.dct.Month) {
		return s.y
	}
	switch dir := p.tenseDir(i, end); {
	case dir < 0:
		return s.y - 1
	case dir == 0 && first+months-1 == 12 && int(p.dct.Month) <= 3:
		return s.y - 1
	}
	return s.y
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
	if c := p.cls(i + 1); (c == wLater || c == wEarlier) && u != uWeekend && (!p.dct.IsZero() || p.refSet) {
		dir := 1
		if c == wEarlier {
			dir = -1
		}
		if u <= uHour {
			// "hours later": still the day the text is on, most likely
			return result{i, i + 2, p.unitAt(p.laterDay(i, i+2), uDay)}, true
		}
		// "days later": a vague stretch after the day the text is on
		return result{i, i + 2, p.countFrom(u, -1, dir, i)}, true
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

// feastThing reports whether token k names a kind of thing that the feast
// before it qualifies, no day: "a Christmas party" (held on a Friday
// before it), "Christmas shoppers", "Easter eggs", "a Thanksgiving
// dinner". A time ("the Christmas holidays", "Christmas week") is left
// to date.
func (p *parser) feastThing(k int) bool {
	if k >= len(p.toks) || p.toks[k].kind != tWord || p.toks[k].end-p.toks[k].start > 12 {
		return false
	}
	return feastThings[strings.ToLower(p.text[p.toks[k].start:p.toks[k].end])]
}

var feastThings = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`party parties dinner dinners lunch lunches meal meals feast tree trees
		card cards gift gifts present presents shopping shopper shoppers market markets light lights
		decoration decorations carol carols pudding puddings cake cakes egg eggs jumper jumpers sweater
		sweaters stocking stockings ornament ornaments film films movie movies song songs album albums
		bonus bonuses turkey ham parade parades bazaar fair fairs`) {
		feastThings[w] = true
	}
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
	if p.feastThing(end) {
		return result{}, false
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
