package resolve

import (
	"time"

	"github.com/storyline/storyline/timeline"
)

// dayNumber returns the number of days from 1970-01-01 to d, counting on
// the proleptic Gregorian calendar; it is exact for any normalised Date
// and cheap enough to call for every mention.
func dayNumber(d timeline.Date) int32 {
	y, m := int64(d.Year), int64(d.Month)
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + int64(d.Day) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int32(era*146097 + doe - 719468)
}

// dateOfDay is the inverse of dayNumber.
func dateOfDay(n int32) timeline.Date {
	z := int64(n) + 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day := doy - (153*mp+2)/5 + 1
	month := mp + 3
	if month > 12 {
		month -= 12
	}
	year := yoe + era*400
	if month <= 2 {
		year++
	}
	return timeline.Date{Year: int(year), Month: time.Month(month), Day: int(day)}
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}
