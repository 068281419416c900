package layout

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/storyline/storyline/timeline"
)

// tickFontSize is the size of the axis labels.
func (b *builder) tickFontSize() float64 { return max(b.opt.FontSize-1, 6) }

// buildAxis lays the axis under the lanes: a unit and ticks for every
// segment, a break between segments, the publication marks.
func (b *builder) buildAxis() {
	ax := &b.d.Axis
	ax.Y = b.d.Plot.Bottom()
	ax.GridTop = b.d.Plot.Y
	size := b.tickFontSize()
	var ticks []Tick
	for i := range b.sc.segs {
		g := &b.sc.segs[i]
		u := ChooseUnit(g.d1-g.d0, g.x1-g.x0, size)
		ax.Segments = append(ax.Segments, Segment{X0: g.x0, X1: g.x1, From: dateOf(g.first), To: dateOf(g.last), Unit: u})
		ticks = append(ticks, segmentTicks(b.sc, g, u)...)
		if i > 0 {
			ax.Breaks = append(ax.Breaks, newBreak(&b.sc.segs[i-1], g))
		}
	}
	ticks = dropCrowdedTicks(ticks, size, b.d.Plot.X-b.d.Gutter/2, b.opt.Width-edge)
	for i := range ticks {
		ticks[i].Y = ax.Y + size + 5 + float64(ticks[i].Level)*(size+4)
	}
	ax.Ticks = ticks
	b.buildPubMarks()
}

func newBreak(prev, next *segment) Break {
	from, to := dateOf(prev.last+1), dateOf(next.first-1)
	label := gapText(next.first - prev.last - 1)
	return Break{
		X0: prev.x1, X1: next.x0, From: from, To: to, Label: label, LabelY: lanesTop - 5,
		Tooltip: "Axis break: nothing from " + timeline.FormatDay(from) + " to " + timeline.FormatDay(to) + " (" + label + ")",
	}
}

// gapText says how long a gap of n days is, roughly.
func gapText(n int) string {
	switch {
	case n >= 548:
		return strconv.Itoa(int(math.Round(float64(n)/365.25))) + " years"
	case n >= 60:
		return strconv.Itoa(int(math.Round(float64(n)/30.44))) + " months"
	case n == 1:
		return "1 day"
	}
	return strconv.Itoa(n) + " days"
}

// buildPubMarks puts one faint mark on the axis for each day that sources
// were published, when that day is on the axis.
func (b *builder) buildPubMarks() {
	from, to := b.window()
	type pub struct {
		day int
		doc int
	}
	var pubs []pub
	for i := range b.tl.Documents {
		p := b.tl.Documents[i].Published
		if p.IsZero() {
			continue
		}
		if n := dayNum(p); n >= from && n <= to && b.onAxis(n) {
			pubs = append(pubs, pub{n, i})
		}
	}
	slices.SortFunc(pubs, func(x, y pub) int {
		return cmp.Or(cmp.Compare(x.day, y.day), cmp.Compare(b.tl.Documents[x.doc].ID, b.tl.Documents[y.doc].ID))
	})
	for len(pubs) > 0 {
		n := 1
		for n < len(pubs) && pubs[n].day == pubs[0].day {
			n++
		}
		docs := make([]int, n)
		for i := range n {
			docs[i] = pubs[i].doc
		}
		b.d.Published = append(b.d.Published, b.pubMark(pubs[0].day, docs))
		pubs = pubs[n:]
	}
}

// onAxis reports whether the middle of day n falls inside a segment.
func (b *builder) onAxis(n int) bool {
	t := float64(n) + 0.5
	for _, g := range b.sc.segs {
		if t >= g.d0 && t <= g.d1 {
			return true
		}
	}
	return false
}

func (b *builder) pubMark(day int, docs []int) PubMark {
	date := dateOf(day)
	var tip strings.Builder
	tip.WriteString("Published " + timeline.FormatDay(date) + ":")
	var url string
	for _, i := range docs {
		doc := &b.tl.Documents[i]
		tip.WriteString("\n• " + oneLine(doc.Title, oneLine(doc.ID, "untitled")))
		url = safeURL(doc.URL)
	}
	if len(docs) > 1 {
		url = ""
	}
	return PubMark{X: b.sc.DayX(day), Y: b.d.Axis.Y, Date: date, Count: len(docs), Tooltip: tip.String(), URL: url}
}
