package layout

import (
	"math"
	"strconv"
	"time"

	"github.com/storyline/storyline/timeline"
)

// Unit is the spacing of the ticks of one axis segment.
type Unit uint8

// Tick units, finest first.
const (
	Days Unit = iota
	Weeks
	Months
	Quarters
	Years
	FiveYears
	Decades
	Centuries
)

var unitNames = [...]string{"days", "weeks", "months", "quarters", "years", "5 years", "decades", "centuries"}

func (u Unit) String() string {
	if int(u) < len(unitNames) {
		return unitNames[u]
	}
	return "unit(" + strconv.Itoa(int(u)) + ")"
}

// approxDays is the typical length of a unit in days.
var approxDays = [...]float64{1, 7, 30.44, 91.31, 365.25, 5 * 365.25, 10 * 365.25, 100 * 365.25}

// tickLabelChars is the widest label of a unit in characters ("30 Sep",
// "Sep", "2025").
var tickLabelChars = [...]float64{6, 6, 3, 3, 4, 4, 4, 4}

// ChooseUnit returns the finest tick unit whose labels, at fontSize, do not
// crowd each other when days days are drawn width pixels wide.
func ChooseUnit(days, width, fontSize float64) Unit {
	if days <= 0 || width <= 0 {
		return Days
	}
	pxPerDay := width / days
	for u := Days; u < Centuries; u++ {
		need := tickLabelChars[u]*0.62*fontSize + 2*fontSize
		if approxDays[u]*pxPerDay >= need {
			return u
		}
	}
	return Centuries
}

// alignDown returns the first tick date of unit u on or before d.
func alignDown(d timeline.Date, u Unit) timeline.Date {
	switch u {
	case Days:
		return d
	case Weeks: // Mondays
		return d.AddDays(-((int(d.Weekday()) + 6) % 7))
	case Months:
		return timeline.Date{Year: d.Year, Month: d.Month, Day: 1}
	case Quarters:
		return timeline.Date{Year: d.Year, Month: d.Month - (d.Month-1)%3, Day: 1}
	}
	step := yearStep(u)
	y := d.Year - mod(d.Year, step)
	return timeline.Date{Year: y, Month: time.January, Day: 1}
}

// next returns the tick after d, an aligned tick date of unit u.
func next(d timeline.Date, u Unit) timeline.Date {
	switch u {
	case Days:
		return d.AddDays(1)
	case Weeks:
		return d.AddDays(7)
	case Months:
		return timeline.NewDate(d.Year, d.Month+1, 1)
	case Quarters:
		return timeline.NewDate(d.Year, d.Month+3, 1)
	}
	return timeline.Date{Year: d.Year + yearStep(u), Month: time.January, Day: 1}
}

func yearStep(u Unit) int {
	switch u {
	case FiveYears:
		return 5
	case Decades:
		return 10
	case Centuries:
		return 100
	}
	return 1
}

func mod(a, b int) int { return ((a % b) + b) % b }

// tickLabel is the fine label of a tick of unit u at d.
func tickLabel(d timeline.Date, u Unit) string {
	switch u {
	case Days, Weeks:
		return strconv.Itoa(d.Day) + " " + d.Month.String()[:3]
	case Months, Quarters:
		return d.Month.String()[:3]
	}
	return strconv.Itoa(d.Year)
}

// hasContext reports whether ticks of unit u need the year on a second row.
func hasContext(u Unit) bool { return u < Years }

// maxTicksPerSegment bounds the work for absurd spans.
const maxTicksPerSegment = 500

// segmentTicks returns the ticks of one segment: fine labels at each unit
// step, and the year under the first tick and wherever it changes. A
// segment too narrow for any step gets one tick at its first day.
func segmentTicks(sc *scale, g *segment, u Unit) []Tick {
	var fine, ctx []Tick
	d := alignDown(dateOf(int(math.Floor(g.d0))), u)
	prevYear := 0
	for range maxTicksPerSegment {
		n := dayNum(d)
		if float64(n)+0.5 > g.d1 {
			break
		}
		if float64(n)+0.5 >= g.d0 {
			fine, ctx = appendTick(fine, ctx, sc.DayX(n), d, u, &prevYear)
		}
		d = next(d, u)
	}
	if len(fine) == 0 {
		fu := fallbackUnit(g)
		fine, ctx = appendTick(nil, nil, sc.DayX(g.first), dateOf(g.first), fu, &prevYear)
	}
	return append(fine, ctx...)
}

func appendTick(fine, ctx []Tick, x float64, d timeline.Date, u Unit, prevYear *int) ([]Tick, []Tick) {
	fine = append(fine, Tick{X: x, Date: d, Label: tickLabel(d, u)})
	if hasContext(u) && d.Year != *prevYear {
		ctx = append(ctx, Tick{X: x, Date: d, Label: strconv.Itoa(d.Year), Level: 1})
	}
	*prevYear = d.Year
	return fine, ctx
}

// fallbackUnit labels the first day of a segment that no tick falls in, as
// finely as its length suggests.
func fallbackUnit(g *segment) Unit {
	switch n := g.last - g.first + 1; {
	case n >= 300:
		return Years
	case n >= 28:
		return Months
	}
	return Days
}

// dropCrowdedTicks keeps, on each level, the ticks whose labels do not
// overlap the label kept before them or leave [lo, hi].
func dropCrowdedTicks(ticks []Tick, size, lo, hi float64) []Tick {
	var out []Tick
	right := [2]float64{lo, lo}
	for _, t := range ticks {
		w := textWidth(t.Label, size)
		l := min(t.Level, 1)
		if t.X-w/2 < right[l]+size*0.8 || t.X+w/2 > hi {
			continue
		}
		right[l] = t.X + w/2
		out = append(out, t)
	}
	return out
}
