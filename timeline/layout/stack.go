package layout

import (
	"strconv"
	"strings"

	"github.com/storyline/storyline/timeline"
)

// stackLanes gives every lane its height (tracks, then label rows) and top,
// then positions the marks and labels inside it.
func (b *builder) stackLanes() {
	y := lanesTop
	b.laneTop = make([]float64, len(b.lanes))
	for l := range b.lanes {
		h := lanePadTop + b.ghostStrip(l) + float64(max(b.tracks[l].used(), 1))*trackHeight +
			float64(b.rowsOf[l].used())*b.rowHeight() + lanePadBelow
		h = max(h, minLaneH)
		b.laneTop[l] = y
		b.d.Lanes = append(b.d.Lanes, b.lane(l, y, h))
		y += h
	}
	b.d.Plot.Y, b.d.Plot.H = lanesTop, y-lanesTop
	used := map[string]int{}
	for i := range b.items {
		b.addMark(i, used)
	}
}

// boldWidth is how much wider the bold lane names set than the widths
// textWidth estimates.
const boldWidth = 1.12

func (b *builder) lane(l int, y, h float64) Lane {
	spec := b.lanes[l]
	size := b.opt.FontSize + 1
	n := len(b.byLane[l])
	return Lane{
		Index: l, ID: spec.id, Actor: spec.actor, Others: spec.others,
		Name:    truncate(cleanText(spec.name), (b.d.Gutter-gutterPad)/boldWidth+0.5, size),
		Tooltip: b.laneTooltip(spec, n),
		Box:     Rect{X: 0, Y: y, W: b.opt.Width, H: h},
		NameY:   y + lanePadTop + b.ghostStrip(l) + trackHeight/2 + size*0.35,
		Events:  n,
	}
}

func (b *builder) laneTooltip(spec laneSpec, n int) string {
	events := plural(n, "event")
	switch {
	case spec.others:
		return "Others: " + events + " of actors without a lane of their own"
	case spec.actor == "":
		return "All events: " + events
	}
	name := oneLine(spec.name, spec.actor)
	if a := b.ix.actors[spec.actor]; a != nil && a.Kind != "" {
		name += " (" + cleanText(a.Kind) + ")"
	}
	return name + ": " + events
}

// tracksTop is the y where the marks of a lane start, under its ghosts.
func (b *builder) tracksTop(lane int) float64 {
	return b.laneTop[lane] + lanePadTop + b.ghostStrip(lane)
}

func (b *builder) trackY(lane, track int) float64 {
	return b.tracksTop(lane) + float64(track)*trackHeight + trackHeight/2
}

// ghostStrip is the height of the strip of ghosts at the top of a lane.
func (b *builder) ghostStrip(lane int) float64 {
	if b.hasGhosts[lane] {
		return ghostStripHeight
	}
	return 0
}

// addMark appends the mark of item i, and its label when it has a row.
func (b *builder) addMark(i int, used map[string]int) {
	it := &b.items[i]
	status := statusOf(it.ev)
	m := Mark{
		ID:      uniqueID("ev-"+xmlSafe(it.ev.ID), used),
		EventID: it.ev.ID,
		Lane:    it.lane,
		Shape:   it.shape,
		X:       it.anchorX(),
		Y:       b.trackY(it.lane, it.track),
		X2:      it.x1,
		R:       markRadius,
		Status:  status,
		Vague:   isVague(it.ev.When),
		Hollow:  status == timeline.Expected || status == timeline.Planned,
		Crossed: status == timeline.Denied,
		Tooltip: b.ix.eventTooltip(it.ev),
		URL:     b.ix.eventURL(it.ev),
		Label:   -1,
	}
	if it.shape == Bar {
		m.R = barHalf
	} else {
		m.X2 = m.X
	}
	m.Class = markClass(it, &m)
	it.mark = len(b.d.Marks)
	if it.row >= 0 && it.text != "" {
		m.Label = len(b.d.Labels)
		b.d.Labels = append(b.d.Labels, b.label(it, &m))
	}
	b.d.Marks = append(b.d.Marks, m)
}

// isVague reports whether a date is a week or coarser.
func isVague(w *timeline.When) bool {
	if w == nil {
		return false
	}
	switch w.Granularity {
	case "", timeline.Day:
		return false
	}
	return true
}

func markClass(it *item, m *Mark) string {
	var c strings.Builder
	c.WriteString("ev lane-" + strconv.Itoa(m.Lane) + " st-" + classSafe(m.Status))
	if k := classSafe(it.ev.Kind); k != "" {
		c.WriteString(" k-" + k)
	}
	if m.Shape == Bar {
		c.WriteString(" range")
	}
	if m.Vague {
		c.WriteString(" vague")
	}
	return c.String()
}

// classSafe lowercases s and keeps letters, digits and '-' for a class name.
func classSafe(s string) string {
	b := make([]byte, 0, len(s))
	for _, c := range []byte(strings.ToLower(s)) {
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '-':
			b = append(b, c)
		case c == '_' || c == ' ':
			b = append(b, '-')
		}
	}
	return string(b)
}

func (b *builder) label(it *item, m *Mark) Label {
	size := b.opt.FontSize
	top := b.tracksTop(it.lane) + float64(b.tracks[it.lane].used())*trackHeight +
		float64(it.row)*b.rowHeight() + 1
	box := Rect{X: it.lx, Y: top, W: it.lw, H: size * 1.25}
	return Label{
		ID:      "lb-" + strings.TrimPrefix(m.ID, "ev-"),
		Mark:    len(b.d.Marks),
		Class:   "lbl lane-" + strconv.Itoa(m.Lane),
		Text:    it.text,
		Box:     box,
		TextX:   box.X + 2,
		TextY:   top + size*0.95,
		Leader:  Line{X1: m.X, Y1: m.Y + m.R + 1, X2: m.X, Y2: top},
		Tooltip: m.Tooltip,
		URL:     m.URL,
	}
}
