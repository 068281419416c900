package layout

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/storyline/storyline/timeline"
)

// contextDays is the span from which a range that overlaps shorter dated
// events is their context ("in 2024", "this year", "in November") rather
// than a happening of its own: its days do not shape the axis, or one
// election night known to its year gets 1/366 of the picture and a
// decade-old range squeezes the days of the news into a sliver.
const contextDays = 28

// markContext flags the ranges of contextDays or more that overlap a
// shorter event that shapes the axis. It goes from the shortest range up,
// so a month that holds the days of the news shapes nothing, while a
// month known only to itself ("in January 2022, X agreed to buy Y")
// keeps its stretch of the axis, and the year around it does not. The
// items must be sorted by first day.
func (b *builder) markContext() {
	order := make([]int, 0, len(b.items))
	for i := range b.items {
		if !b.items[i].background && b.items[i].length() >= contextDays {
			order = append(order, i)
		}
	}
	if len(order) == 0 {
		return
	}
	slices.SortStableFunc(order, func(i, j int) int { return cmp.Compare(b.items[i].length(), b.items[j].length()) })
	for _, i := range order {
		b.items[i].context = b.overlapsShorter(i)
	}
}

// overlapsShorter reports whether a shorter item that shapes the axis
// shares a day with item i: one starting inside it, looked for first as
// the common case, or one starting less than its length before it.
func (b *builder) overlapsShorter(i int) bool {
	it := &b.items[i]
	n := it.length()
	from := b.firstFrom(it.first - n + 1)
	at := b.firstFrom(it.first)
	for j := at; j < len(b.items) && b.items[j].first <= it.last; j++ {
		if j != i && b.shapesShorter(j, n) {
			return true
		}
	}
	for j := from; j < at; j++ {
		if b.items[j].last >= it.first && b.shapesShorter(j, n) {
			return true
		}
	}
	return false
}

// firstFrom is the index of the first item starting on day d or later.
func (b *builder) firstFrom(d int) int {
	j, _ := slices.BinarySearchFunc(b.items, d, func(x item, d int) int { return cmp.Compare(x.first, d) })
	return j
}

// shapesShorter reports whether item j shapes the axis and is shorter than n days.
func (b *builder) shapesShorter(j, n int) bool {
	o := &b.items[j]
	return !o.background && !o.context && o.length() < n
}

// length is the number of days an item is drawn over.
func (it *item) length() int { return it.last - it.first + 1 }

// settleContext draws a context range as a bar of its own when the axis
// shows all of its days in one stretch, and else as a thin background
// bar: cut off at a break or at the end of the axis, a bar of ordinary
// weight would tell a reader dates it does not have.
func (b *builder) settleContext() {
	for i := range b.items {
		it := &b.items[i]
		if it.context && !b.sc.holds(it.first, it.last) {
			it.background = true
		}
	}
}

// holds reports whether the days first to last lie inside one segment.
func (s *scale) holds(first, last int) bool {
	for _, g := range s.segs {
		if g.d0 <= float64(first) && float64(last+1) <= g.d1 {
			return true
		}
	}
	return false
}

// backgroundDates are the dates of a background event, which its bar
// cannot show to scale: years for the longest ("2014–2025"), else the
// range itself ("2024", "November 2020").
func backgroundDates(ev *timeline.Event) string {
	first, last, _ := eventDays(ev)
	a, z := dateOf(first), dateOf(last)
	if last-first+1 <= backgroundDays {
		return timeline.FormatRange(a, z)
	}
	years := strconv.Itoa(a.Year)
	if z.Year != a.Year {
		years += "–" + strconv.Itoa(z.Year)
	}
	return years
}
