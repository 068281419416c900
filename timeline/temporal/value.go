package temporal

import (
	"strconv"
	"time"

	"github.com/storyline/storyline/timeline"
)

// semKind says what a recognised expression denotes, before it is written
// out as a TIMEX3 value.
type semKind uint8

const (
	kRaw      semKind = iota // value is already written out in sem.raw
	kDay                     // y-m-d
	kMonth                   // y-m
	kYear                    // y
	kWeek                    // ISO week n of year y
	kWeekend                 // the weekend of ISO week n of year y
	kQuarter                 // quarter n of y
	kHalf                    // half n of y
	kSeason                  // season n of y
	kDecade                  // decade n (199 for the 1990s)
	kCentury                 // century n (19 for the 1900s)
	kDuration                // n units (n < 0: unknown amount)
	kSet                     // every n units, or every weekday n
)

// Interval stretches that differ from the calendar span of the value.
const (
	spanValue   = iota // the value's own days
	spanToDCT          // from the start of the value to the publication date ("earlier this month", "since 2014")
	spanFromDCT        // from the publication date to the end of the value ("later this year")
	spanNone           // no interval ("the year" as a vague period, sets …)
)

// sem is the meaning of one expression.
type sem struct {
	kind    semKind
	typ     string // TIMEX3 type
	y, m, d int    // the date; y == 0 means the year is unknown
	n       int    // week, quarter, half, season, decade, century, or amount
	unit    int    // duration or set unit
	wday    int    // set weekday + 1 ("every Monday")
	pod     int    // part of day
	hour    int    // hour + 1 when a clock time is known
	min     int
	mod     string
	span    int
	raw     string
	// vague is the range a vague expression allows ("a few days ago").
	vague *timeline.Interval
	// derived marks a period computed from another mention ("the
	// year-earlier quarter"), which does not become the topic itself.
	derived bool
}

func dayOf(d timeline.Date) sem {
	return sem{kind: kDay, typ: timeline.TypeDate, y: d.Year, m: int(d.Month), d: d.Day}
}

func (s sem) date() timeline.Date { return timeline.NewDate(s.y, time.Month(s.m), s.d) }

var seasonCodes = [...]string{"", "SP", "SU", "FA", "WI"}
var podCodes = [...]string{"", "MO", "AF", "EV", "NI", "DT"}

// value writes s as a TIMEX3 value.
func (s sem) value() string {
	var b [32]byte
	return string(s.appendValue(b[:0]))
}

// appendValue appends the TIMEX3 value of s to v.
func (s sem) appendValue(v []byte) []byte {
	year := func(v []byte) []byte {
		if s.y == 0 {
			return append(v, "XXXX"...)
		}
		return pad(v, s.y, 4)
	}
	switch s.kind {
	case kRaw:
		return append(v, s.raw...)
	case kDay:
		v = year(v)
		v = append(v, '-')
		if s.m == 0 {
			v = append(v, "XX-XX"...)
		} else {
			v = pad(v, s.m, 2)
			v = append(v, '-')
			if s.d == 0 {
				v = append(v, "XX"...)
			} else {
				v = pad(v, s.d, 2)
			}
		}
		switch {
		case s.hour > 0:
			v = append(v, 'T')
			v = pad(v, s.hour-1, 2)
			v = append(v, ':')
			v = pad(v, s.min, 2)
		case s.pod > 0:
			v = append(v, 'T')
			v = append(v, podCodes[s.pod]...)
		}
	case kMonth:
		v = year(v)
		v = append(v, '-')
		v = pad(v, s.m, 2)
	case kYear:
		v = year(v)
	case kWeek, kWeekend:
		v = year(v)
		v = append(v, "-W"...)
		if s.n == 0 {
			v = append(v, "XX"...)
		} else {
			v = pad(v, s.n, 2)
		}
		if s.kind == kWeekend {
			v = append(v, "-WE"...)
		}
	case kQuarter:
		v = year(v)
		v = append(v, "-Q"...)
		if s.n == 0 {
			v = append(v, 'X')
		} else {
			v = strconv.AppendInt(v, int64(s.n), 10)
		}
	case kHalf:
		v = year(v)
		v = append(v, "-H"...)
		v = strconv.AppendInt(v, int64(s.n), 10)
	case kSeason:
		v = year(v)
		v = append(v, '-')
		v = append(v, seasonCodes[s.n]...)
	case kDecade:
		v = strconv.AppendInt(v, int64(s.n), 10)
	case kCentury:
		v = pad(v, s.n, 2)
	case kDuration:
		v = append(v, 'P')
		if s.unit <= uHour {
			v = append(v, 'T')
		}
		n, code := s.n, unitCode(s.unit)
		switch s.unit {
		case uDecade:
			n, code = n*10, 'Y'
		case uCentury:
			n, code = n*100, 'Y'
		case uHalf:
			n, code = n*6, 'M'
		case uWeekend:
			n, code = n*2, 'D'
		}
		if s.n < 0 {
			v = append(v, 'X')
		} else {
			v = strconv.AppendInt(v, int64(n), 10)
		}
		v = append(v, code)
	case kSet:
		if s.wday > 0 {
			v = append(v, "XXXX-WXX-"...)
			v = strconv.AppendInt(v, int64(isoWeekday(time.Weekday(s.wday-1))), 10)
			if s.pod > 0 {
				v = append(v, 'T')
				v = append(v, podCodes[s.pod]...)
			}
		} else {
			v = append(v, 'P')
			if s.unit <= uHour {
				v = append(v, 'T')
			}
			n := s.n
			if n <= 0 {
				n = 1
			}
			v = strconv.AppendInt(v, int64(n), 10)
			v = append(v, unitCode(s.unit))
		}
	}
	return v
}

func unitCode(u int) byte {
	switch u {
	case uSecond:
		return 'S'
	case uMinute, uMonth:
		return 'M'
	case uHour:
		return 'H'
	case uDay:
		return 'D'
	case uWeek, uWeekend:
		return 'W'
	case uQuarter:
		return 'Q'
	case uHalf:
		return 'M'
	default:
		return 'Y'
	}
}

func pad(b []byte, v, width int) []byte {
	if v < 0 {
		b = append(b, '-')
		v = -v
	}
	var d [20]byte
	s := strconv.AppendInt(d[:0], int64(v), 10)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// isoWeekday numbers Monday 1 … Sunday 7.
func isoWeekday(w time.Weekday) int {
	if w == time.Sunday {
		return 7
	}
	return int(w)
}

// weekStart returns the Monday of ISO week n of year y.
func weekStart(y, n int) timeline.Date {
	jan4 := timeline.NewDate(y, time.January, 4)
	mon := jan4.AddDays(1 - isoWeekday(jan4.Weekday()))
	return mon.AddDays(7 * (n - 1))
}

// weekOf returns the ISO year and week of d.
func weekOf(d timeline.Date) (int, int) { return d.Time().ISOWeek() }

// lastDay is the number of days in month m (1…12) of year y.
func lastDay(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// dayNumber counts the days from 1970-01-01 to the valid date y-m-d, in
// integer arithmetic (the civil-from-days algorithm run backwards): the
// year resolution compares many candidate dates per expression.
func dayNumber(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// interval returns the days s denotes, nil when it denotes none, clipped
// by dct for spans that run to or from the publication date.
func (s sem) interval(dct timeline.Date) *timeline.Interval {
	iv, ok := s.days(dct)
	if !ok {
		return nil
	}
	return &iv
}

// days is interval without the allocation: ok is false when s denotes no
// stretch of days. A START, MID or END modifier ("early 1991", "late last
// week") leaves the interval the value's whole span, as TimeML leaves the
// value: where the early part of a year ends is a guess, and a guessed
// boundary puts events outside the time the text gave them.
func (s sem) days(dct timeline.Date) (timeline.Interval, bool) {
	if s.vague != nil {
		return *s.vague, true
	}
	if s.typ == timeline.TypeDuration || s.typ == timeline.TypeSet || s.y == 0 && s.kind != kDecade && s.kind != kCentury {
		return timeline.Interval{}, false
	}
	var start, end timeline.Date
	var g timeline.Granularity
	switch s.kind {
	case kDay:
		if s.m == 0 || s.d == 0 {
			return timeline.Interval{}, false
		}
		start = s.date()
		end, g = start, timeline.Day
	case kMonth:
		start = timeline.NewDate(s.y, time.Month(s.m), 1)
		end, g = timeline.NewDate(s.y, time.Month(s.m), lastDay(s.y, s.m)), timeline.Month
	case kYear:
		start, end, g = timeline.NewDate(s.y, 1, 1), timeline.NewDate(s.y, 12, 31), timeline.Year
	case kWeek:
		if s.n == 0 {
			return timeline.Interval{}, false
		}
		start = weekStart(s.y, s.n)
		end, g = start.AddDays(6), timeline.Week
	case kWeekend:
		if s.n == 0 {
			return timeline.Interval{}, false
		}
		start = weekStart(s.y, s.n).AddDays(5)
		end, g = start.AddDays(1), timeline.Week
	case kQuarter:
		if s.n == 0 {
			return timeline.Interval{}, false
		}
		m := 3*(s.n-1) + 1
		start = timeline.NewDate(s.y, time.Month(m), 1)
		end, g = timeline.NewDate(s.y, time.Month(m+2), lastDay(s.y, m+2)), timeline.Quarter
	case kHalf:
		m := 6*(s.n-1) + 1
		start = timeline.NewDate(s.y, time.Month(m), 1)
		end, g = timeline.NewDate(s.y, time.Month(m+5), lastDay(s.y, m+5)), timeline.Quarter
	case kSeason:
		m := 3 * s.n
		start = timeline.NewDate(s.y, time.Month(m), 1)
		end, g = timeline.NewDate(s.y, time.Month(m+3), 0), timeline.Season
	case kDecade:
		start, end, g = timeline.NewDate(s.n*10, 1, 1), timeline.NewDate(s.n*10+9, 12, 31), timeline.Decade
	case kCentury:
		start, end, g = timeline.NewDate(s.n*100, 1, 1), timeline.NewDate(s.n*100+99, 12, 31), timeline.Century
	default:
		return timeline.Interval{}, false
	}
	switch s.span {
	case spanNone:
		return timeline.Interval{}, false
	case spanToDCT:
		// "earlier this month" ends on the publication day; "since 2014"
		// runs up to it. Written on the first day, "earlier this month"
		// cannot mean that day alone: the text was written before it
		// came out, and the month stays whole.
		if !dct.IsZero() && dct.After(start) {
			end = dct
		}
	case spanFromDCT:
		// "later this week" in a Sunday paper is the week to come, whose
		// start is after the publication day: it stays whole
		if !dct.IsZero() && !end.Before(dct) && dct.After(start) {
			start = dct
		}
	}
	return timeline.Interval{Start: start, End: end, Granularity: g}, true
}

// granularityOf names the granularity of a unit.
func granularityOf(u int) timeline.Granularity {
	switch u {
	case uWeek, uWeekend:
		return timeline.Week
	case uMonth:
		return timeline.Month
	case uQuarter, uHalf:
		return timeline.Quarter
	case uYear:
		return timeline.Year
	case uDecade:
		return timeline.Decade
	case uCentury:
		return timeline.Century
	}
	return timeline.Day
}
