package temporal

import (
	"time"

	"github.com/storyline/storyline/timeline"
)

// The date arithmetic the units need: the unit holding a date, moving by
// units, weekends and weekdays relative to the publication date.

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
