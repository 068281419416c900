package layout

import (
	"cmp"
	"math"
	"slices"
	"time"

	"github.com/storyline/storyline/timeline"
)

// Axis breaks: a gap between the dated things of a story is compressed to
// breakWidth pixels when it is long (see breakThreshold); at most
// maxSegments stretches of time are kept.
const (
	breakRatio   = 0.1
	minBreakDays = 30
	maxSegments  = 8
	breakWidth   = 30.0
	minSegWidth  = 90.0
	jumpFactor   = 4
)

// dayNum returns the number of days from 1970-01-01 to d.
func dayNum(d timeline.Date) int {
	return int(math.Floor(float64(d.Time().Unix()) / 86400))
}

// dateOf is the inverse of dayNum.
func dateOf(n int) timeline.Date {
	return timeline.DateOf(time.Unix(int64(n)*86400, 0).UTC())
}

// span is a stretch of whole days, both ends inclusive, holding events
// dated events (zero for publication dates).
type span struct {
	first, last int
	events      int
}

// segment is one stretch of continuous time on the axis: the days
// [d0, d1) drawn from x0 to x1.
type segment struct {
	span
	d0, d1 float64
	x0, x1 float64
}

// scale maps days to x through its segments, with breaks between them.
type scale struct{ segs []segment }

// newScale clusters the event spans and publication days, breaks the axis
// at long gaps, and shares the width [x0, x1] among the segments by the
// number of events in each, so that a lone background event keeps a
// readable stretch and the dense weeks of a story get the rest.
func newScale(events []span, pubs []int, x0, x1 float64) *scale {
	clusters := cluster(events, pubs)
	if len(clusters) == 0 {
		return &scale{}
	}
	segs := make([]segment, len(clusters))
	for i, c := range clusters {
		pad := max(0.6, 0.03*float64(c.last+1-c.first))
		segs[i] = segment{span: c, d0: float64(c.first) - pad, d1: float64(c.last+1) + pad}
	}
	shareWidth(segs, x0, x1)
	return &scale{segs: segs}
}

// cluster merges the spans into stretches separated by long gaps, and
// drops the stretches that hold no event.
func cluster(events []span, pubs []int) []span {
	if len(events) == 0 {
		return nil
	}
	items := slices.Clone(events)
	for _, p := range pubs {
		items = append(items, span{first: p, last: p})
	}
	slices.SortFunc(items, func(a, b span) int {
		return cmp.Or(cmp.Compare(a.first, b.first), cmp.Compare(a.last, b.last))
	})
	out := refine(nil, items, events, 0)
	out = slices.DeleteFunc(out, func(s span) bool { return s.events == 0 })
	return mergeSmallestGaps(out, maxSegments)
}

// maxDepth bounds how often refine weighs a stretch's gaps again.
const maxDepth = 4

// refine appends to out the stretches of the sorted items, broken at
// their long gaps (breakThreshold), of which events are the events. A
// stretch kept whole is weighed again against its own length: it can
// itself hold a story's dense weeks after years of sparse background (an
// old disaster, a building finished, a warning, last year's complaints,
// then the month of the news), which then get the room.
func refine(out, items, events []span, depth int) []span {
	runs := splitAtGaps(items, breakThreshold(events, items))
	if len(runs) == 1 || depth == maxDepth {
		for _, run := range runs {
			out = append(out, merged(run))
		}
		return out
	}
	for _, run := range runs {
		var evs []span
		for _, it := range run {
			if it.events > 0 {
				evs = append(evs, it)
			}
		}
		if len(evs) == 0 {
			out = append(out, merged(run)) // publication days alone: dropped
			continue
		}
		out = refine(out, run, evs, depth+1)
	}
	return out
}

// splitAtGaps cuts the sorted items into runs at every gap of threshold
// days or more.
func splitAtGaps(items []span, threshold int) [][]span {
	var runs [][]span
	start, end := 0, 0
	for i, it := range items {
		if i > 0 && it.first-end-1 >= threshold {
			runs = append(runs, items[start:i])
			start = i
		}
		if i == start {
			end = it.last
		}
		end = max(end, it.last)
	}
	return append(runs, items[start:])
}

// merged is the one span covering the items.
func merged(items []span) span {
	out := items[0]
	for _, it := range items[1:] {
		out.last = max(out.last, it.last)
		out.events += it.events
	}
	return out
}

// breakThreshold returns the shortest gap, in days, that breaks the axis.
// Sorting the gaps between neighbouring items from longest, it looks for
// the steepest drop, by a factor of at least jumpFactor, from a gap longer
// than breakRatio of the span (and minBreakDays) to the next gap, or, past
// the last gap, to the longest item when that is itself long: the gaps
// above the drop are compressed and the rest kept. So evenly spread events
// (a yearly series, two dates) keep a continuous axis, and only stretches
// far emptier than the rest of the story are cut out.
func breakThreshold(events, sorted []span) int {
	lo, hi := events[0].first, events[0].last
	for _, e := range events {
		lo, hi = min(lo, e.first), max(hi, e.last)
	}
	long := max(minBreakDays, int(breakRatio*float64(hi-lo+1)))
	gaps := make([]int, 0, len(sorted))
	end, longest := sorted[0].last, 0
	for i, it := range sorted {
		longest = max(longest, it.last-it.first+1)
		if i > 0 {
			gaps = append(gaps, max(it.first-end-1, 0))
			end = max(end, it.last)
		}
	}
	slices.SortFunc(gaps, func(a, b int) int { return cmp.Compare(b, a) })
	threshold, best := math.MaxInt, float64(jumpFactor)
	for j := 0; j < len(gaps) && gaps[j] > long; j++ {
		next := longest
		if j+1 < len(gaps) {
			next = gaps[j+1]
		} else if longest < minBreakDays {
			break
		}
		if r := float64(gaps[j]) / float64(max(next, 1)); r >= best {
			threshold, best = gaps[j], r
		}
	}
	return threshold
}

// mergeSmallestGaps joins neighbouring spans across all but the n-1
// longest gaps, so that at most n remain.
func mergeSmallestGaps(spans []span, n int) []span {
	if len(spans) <= n {
		return spans
	}
	order := make([]int, len(spans)-1) // gap i lies after spans[i]
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(gapAfter(spans, b), gapAfter(spans, a)) })
	keep := make([]bool, len(order))
	for _, i := range order[:n-1] {
		keep[i] = true
	}
	out := spans[:1]
	for i, s := range spans[1:] {
		if keep[i] {
			out = append(out, s)
			continue
		}
		last := &out[len(out)-1]
		last.last = max(last.last, s.last)
		last.events += s.events
	}
	return out
}

func gapAfter(spans []span, i int) int { return spans[i+1].first - spans[i].last }

// shareWidth gives each segment a minimum width and shares the rest in
// proportion to its events, with breakWidth between segments.
func shareWidth(segs []segment, x0, x1 float64) {
	n := float64(len(segs))
	room := max(x1-x0-(n-1)*breakWidth, n)
	minW := min(minSegWidth, 0.1*(x1-x0), room/n)
	extra := room - n*minW
	total := 0
	for _, s := range segs {
		total += s.events
	}
	x := x0
	for i := range segs {
		w := minW
		if total > 0 {
			w += extra * float64(segs[i].events) / float64(total)
		}
		segs[i].x0, segs[i].x1 = x, x+w
		x += w + breakWidth
	}
	segs[len(segs)-1].x1 = x1
}

// X returns the x of time t, in days since 1970-01-01. Times in a break or
// past either end are clamped to the nearest segment.
func (s *scale) X(t float64) float64 {
	if len(s.segs) == 0 {
		return 0
	}
	i, _ := slices.BinarySearchFunc(s.segs, t, func(g segment, t float64) int {
		return cmp.Compare(g.d1, t)
	})
	if i == len(s.segs) {
		i--
	}
	g := &s.segs[i]
	t = min(max(t, g.d0), g.d1)
	return g.x0 + (t-g.d0)*(g.x1-g.x0)/(g.d1-g.d0)
}

// DayX returns the x of the middle of day n.
func (s *scale) DayX(n int) float64 { return s.X(float64(n) + 0.5) }

// RangeX returns the x of the start of day first and of the end of day last.
func (s *scale) RangeX(first, last int) (float64, float64) {
	return s.X(float64(first)), s.X(float64(last + 1))
}
