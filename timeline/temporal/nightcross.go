package temporal

import "github.com/storyline/storyline/timeline"

// The night a story crosses. "The alarm was raised at around 11 p.m. on
// Friday. The order to abandon ship came shortly after midnight": a
// reader hears the small hours of the day after the evening just told,
// not the first hours of the Friday the story has moved past. A morning
// clock time with no day of its own, told after a late-evening one on
// the day it would count from, is of the next day; a look back ("had
// boarded at 6 a.m.") is not.

// lateEvening is the first hour a clock time ends a story's day at.
const lateEvening = 20

// noteEvening remembers the day of a late-evening clock time just named
// (hour is sem's, one more than the clock's), and forgets it when the
// story names another day.
func (p *parser) noteEvening(d timeline.Date, hour int) {
	switch {
	case hour > lateEvening:
		p.evening, p.eveningSet = d, true
	case p.eveningSet && d != p.evening:
		p.eveningSet = false
	}
}

// nightCrossed returns the day a clock time of hour h (0-23) at tokens
// [i, end), with no day of its own, is of when it counts from day d:
// the day after d when it is a morning time told after a late evening of
// d, else d.
func (p *parser) nightCrossed(d timeline.Date, h, i, end int) timeline.Date {
	if !p.eveningSet || d != p.evening || h >= 12 || p.pastBeforePast(result{start: i, end: end}) {
		return d
	}
	return d.AddDays(1)
}
