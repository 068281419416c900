package temporal

import "github.com/storyline/storyline/timeline"

// boundedAgo widens the interval of a point counted back with a bound
// ("more than a decade ago", "less than a year ago") to the stretch the
// bound leaves: TimeML keeps the point as the value with the modifier,
// but an event of "more than a decade ago" lies before that year, not in
// it. "More than" reaches back as far again as the count (a decade ago
// from 2023 runs 2003–2013: "more than" a decade is seldom two), "less
// than" runs from the point to the publication day.
func (p *parser) boundedAgo(r result) result {
	if r.end <= 0 || p.cls(r.end-1) != wAgo || p.dct.IsZero() || r.s.vague != nil {
		return r
	}
	iv := r.s.interval(p.dct)
	if iv == nil || !iv.Start.Before(p.dct) {
		return r
	}
	switch r.s.mod {
	case "MORE_THAN":
		start := iv.Start.AddDays(-iv.Start.DaysUntil(p.dct)) // as far back again
		if iv.Granularity == timeline.Year || iv.Granularity == timeline.Decade || iv.Granularity == timeline.Century {
			start = timeline.NewDate(start.Year, 1, 1)
		}
		r.s.vague = &timeline.Interval{Start: start, End: iv.End, Granularity: iv.Granularity}
	case "LESS_THAN":
		r.s.vague = &timeline.Interval{Start: iv.Start, End: p.dct, Granularity: iv.Granularity}
	}
	return r
}
