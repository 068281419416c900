package layout

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"
)

// ErrNilTimeline is returned by Layout when given no timeline.
var ErrNilTimeline = errors.New("layout: nil timeline")

// Geometry, in pixels.
const (
	titleY      = 24.0
	subtitleY   = 42.0
	lanesTop    = 64.0
	trackHeight = 16.0
	markRadius  = 5.0
	minorRadius = 3.5 // a statement's marker
	barHalf     = 4.5
	ghostRadius = 3

	ghostStripHeight = 8.0
	bgTrackHeight    = 6.0 // one row of background bars
	bgHalf           = 1.5 // half the height of a background bar
	maxBgTracks      = 3
	// backgroundDays is the span past which an event is background: a
	// state of affairs lasting years ("since 2014") rather than a
	// happening. It is drawn as a thin bar above its lane's marks and does
	// not shape the time axis.
	backgroundDays  = 366
	lanePadTop      = 8.0
	lanePadBelow    = 6.0
	pubMarkHeight   = 8.0 // a publication mark's height above the axis (package svg draws it)
	minLaneH        = 40.0
	maxTracks       = 3 // rows of marks in an actor's lane; more overlap
	maxSingleTracks = 8 // rows of marks in the single lane
	rightMargin     = 16.0
	edge            = 4.0  // labels keep this far from the picture's edges
	gutterPad       = 24.0 // room around the lane names
)

// item is one drawn event while the diagram is built.
type item struct {
	ev          *timeline.Event
	pos         int // index in Timeline.Events, the last tie-breaker
	first, last int // the days drawn, clipped to the window
	lane, track int
	x0, x1      float64 // the mark's extent
	shape       Shape
	background  bool // lasts years, or context cut by the axis: a thin bar in the lane's background strip
	context     bool // a long range around shorter events: it does not shape the axis
	labelled    bool
	// the label, once placed: text, left edge and width, row (-1: none)
	text   string
	lx, lw float64
	row    int
	mark   int // index into Diagram.Marks
}

// builder carries the state of one Layout call.
type builder struct {
	opt   Options
	tl    *timeline.Timeline
	ix    *index
	d     *Diagram
	sc    *scale
	items []item
	lanes []laneSpec
	// per lane: its items in x order, track and label row packers, top
	byLane   [][]int
	tracks   []rows
	bgTracks []rows
	rowsOf   []labelRows
	laneTop  []float64
	// ghosts: the lanes each item is copied to; which lanes hold copies
	ghostLanes [][]int
	hasGhosts  []bool
}

// Layout places the dated events of tl on a time axis, in lanes, with
// labels that never overlap, and returns the Diagram that package svg
// draws. opt's zero value gives the defaults (see Options). Events without
// a date are counted in Diagram.Undated and left out; a timeline with no
// dated event gives a Diagram with empty lanes and axis, not an error.
// Layout does not modify tl and returns the same Diagram for the same
// input.
func Layout(tl *timeline.Timeline, opt Options) (*Diagram, error) {
	if tl == nil {
		return nil, ErrNilTimeline
	}
	opt = opt.withDefaults()
	if !opt.From.IsZero() && !opt.To.IsZero() && opt.From.After(opt.To) {
		return nil, fmt.Errorf("layout: date range %s..%s: from is after to", opt.From, opt.To)
	}
	b := &builder{opt: opt, tl: tl, ix: newIndex(tl)}
	b.d = &Diagram{
		Width: opt.Width, FontSize: opt.FontSize, Title: cleanText(opt.Title),
		TitleY: titleY, SubtitleY: subtitleY,
	}
	b.selectEvents()
	b.buildScale()
	b.placeMarks()
	b.findGhosts()
	b.placeLabels()
	b.stackLanes()
	b.buildAxis()
	b.buildGhosts()
	b.buildLinks()
	b.buildLegend()
	b.describe()
	return b.d, nil
}

// gutterWidth is the width left of the plot for the lane names: the
// longest name in bold, between 90 px and a fifth of the picture.
func (b *builder) gutterWidth() float64 {
	size := b.opt.FontSize + 1
	w := 0.0
	for _, l := range b.lanes {
		w = max(w, textWidth(cleanText(l.name), size)*boldWidth)
	}
	return min(max(w+gutterPad, 90), b.opt.Width/5)
}

// selectEvents keeps the dated events inside the window that involve the
// chosen actors, sorted by date then id, and assigns their lanes.
func (b *builder) selectEvents() {
	keep := b.actorFilter()
	from, to := b.window()
	evs := make([]*timeline.Event, 0, len(b.tl.Events))
	b.items = make([]item, 0, len(b.tl.Events))
	for i := range b.tl.Events {
		ev := &b.tl.Events[i]
		if !keep(ev) {
			continue
		}
		first, last, ok := eventDays(ev)
		if !ok {
			b.d.Undated++
			continue
		}
		if last < from || first > to {
			continue
		}
		evs = append(evs, ev)
		b.items = append(b.items, item{ev: ev, pos: i, first: max(first, from), last: min(last, to),
			background: last-first+1 > backgroundDays})
	}
	slices.SortFunc(b.items, func(x, y item) int {
		return cmp.Or(cmp.Compare(x.first, y.first), cmp.Compare(x.last, y.last),
			cmp.Compare(x.ev.ID, y.ev.ID), cmp.Compare(x.ev.Summary, y.ev.Summary), cmp.Compare(x.pos, y.pos))
	})
	for i := range b.items {
		evs[i] = b.items[i].ev
	}
	b.markContext()
	var laneOf []int
	b.lanes, laneOf = assignLanes(evs, b.ix, b.opt.Lanes, b.opt.SingleLane)
	for i := range b.items {
		b.items[i].lane = laneOf[i]
	}
}

// eventDays returns the days an event spans, ends in order.
func eventDays(ev *timeline.Event) (first, last int, ok bool) {
	w := ev.When
	if w == nil || w.Start.IsZero() {
		return 0, 0, false
	}
	first, last = dayNum(w.Start), dayNum(w.Start)
	if !w.End.IsZero() {
		last = dayNum(w.End)
	}
	return min(first, last), max(first, last), true
}

// window returns the days of Options.From and To, open ends as extremes.
func (b *builder) window() (int, int) {
	from, to := -1<<40, 1<<40
	if !b.opt.From.IsZero() {
		from = dayNum(b.opt.From)
	}
	if !b.opt.To.IsZero() {
		to = dayNum(b.opt.To)
	}
	return from, to
}

// actorFilter returns the test of Options.Actors.
func (b *builder) actorFilter() func(*timeline.Event) bool {
	if len(b.opt.Actors) == 0 {
		return func(*timeline.Event) bool { return true }
	}
	want := map[string]bool{}
	for _, a := range b.opt.Actors {
		want[strings.ToLower(strings.TrimSpace(a))] = true
	}
	return func(ev *timeline.Event) bool {
		for _, p := range ev.Actors {
			if want[strings.ToLower(p.ID)] || want[strings.ToLower(b.ix.actorName(p.ID))] {
				return true
			}
		}
		return false
	}
}

// buildScale breaks the axis and maps days to x over the plot.
func (b *builder) buildScale() {
	b.d.Gutter = b.gutterWidth()
	g := b.d.Gutter
	b.d.Plot = Rect{X: g, W: b.opt.Width - g - rightMargin}
	spans := make([]span, 0, len(b.items))
	for _, it := range b.items {
		if !it.background && !it.context {
			spans = append(spans, span{first: it.first, last: it.last, events: 1})
		}
	}
	if len(spans) == 0 { // nothing but background: let it shape the axis
		for _, it := range b.items {
			spans = append(spans, span{first: it.first, last: it.last, events: 1})
		}
	}
	b.sc = newScale(spans, b.pubDays(), b.d.Plot.X, b.d.Plot.Right())
	b.settleContext()
}

// pubDays returns the publication days of the documents inside the window.
func (b *builder) pubDays() []int {
	from, to := b.window()
	var days []int
	for i := range b.tl.Documents {
		p := b.tl.Documents[i].Published
		if p.IsZero() {
			continue
		}
		if n := dayNum(p); n >= from && n <= to {
			days = append(days, n)
		}
	}
	return days
}

// placeMarks gives every event its extent in x and a track in its lane.
func (b *builder) placeMarks() {
	b.byLane = make([][]int, len(b.lanes))
	for i := range b.items {
		it := &b.items[i]
		b.extent(it)
		b.byLane[it.lane] = append(b.byLane[it.lane], i)
	}
	b.tracks = make([]rows, len(b.lanes))
	b.bgTracks = make([]rows, len(b.lanes))
	for l, idx := range b.byLane {
		b.sortByX(idx)
		b.tracks[l] = rows{max: b.maxTracks(), gap: 2}
		b.bgTracks[l] = rows{max: maxBgTracks, gap: 4}
		for _, i := range idx {
			it := &b.items[i]
			if it.background {
				it.track = b.bgTracks[l].placeAnyway(it.x0, it.x1)
				continue
			}
			it.track = b.tracks[l].placeAnyway(it.x0, it.x1)
		}
	}
}

func (b *builder) maxTracks() int {
	if b.opt.SingleLane {
		return maxSingleTracks
	}
	return maxTracks
}

// extent sets an item's shape and x extent: a bar for a range wide enough
// to read as one, else a point.
func (b *builder) extent(it *item) {
	if it.background {
		x0, x1 := b.sc.RangeX(it.first, it.last)
		it.shape, it.x0, it.x1 = Bar, x0, max(x1, x0+2)
		return
	}
	if it.last > it.first {
		x0, x1 := b.sc.RangeX(it.first, it.last)
		if x1-x0 >= 2*markRadius+2 {
			it.shape, it.x0, it.x1 = Bar, x0, x1
			return
		}
		x := (x0 + x1) / 2
		it.shape, it.x0, it.x1 = Point, x-markRadius, x+markRadius
		return
	}
	x := b.sc.DayX(it.first)
	it.shape, it.x0, it.x1 = Point, x-markRadius, x+markRadius
}

func (b *builder) sortByX(idx []int) {
	slices.SortStableFunc(idx, func(i, j int) int {
		x, y := &b.items[i], &b.items[j]
		return cmp.Or(cmp.Compare(x.x0, y.x0), cmp.Compare(x.x1, y.x1), cmp.Compare(x.ev.ID, y.ev.ID))
	})
}

// anchorX is where an item's leader line starts: a point's centre, a
// bar's left end.
func (it *item) anchorX() float64 {
	if it.shape == Point {
		return it.x0 + markRadius
	}
	return it.x0
}
