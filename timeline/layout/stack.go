package layout

import (
	"cmp"
	"slices"
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
		h := lanePadTop + b.ghostStrip(l) + b.bgStrip(l) + float64(max(b.tracks[l].used(), 1))*trackHeight +
			float64(b.rowsOf[l].used())*b.rowHeight() + lanePadBelow
		if l == len(b.lanes)-1 {
			// the publication marks stand on the axis, in the last
			// lane: its lowest labels ran into them ("departing th▼e
			// airport")
			h += pubMarkHeight
		}
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
		Tooltip: b.laneTooltip(l, spec, n),
		Box:     Rect{X: 0, Y: y, W: b.opt.Width, H: h},
		NameY:   y + lanePadTop + b.ghostStrip(l) + b.bgStrip(l) + trackHeight/2 + size*0.35,
		Events:  n,
	}
}

func (b *builder) laneTooltip(l int, spec laneSpec, n int) string {
	events := plural(n, "event")
	var tip string
	switch {
	case spec.others:
		tip = "Others: " + events + " of actors without a lane of their own"
	case spec.actor == "":
		return "All events: " + events
	default:
		name := oneLine(spec.name, spec.actor)
		if a := b.ix.actors[spec.actor]; a != nil && a.Kind != "" {
			name += " (" + cleanText(a.Kind) + ")"
		}
		tip = name + ": " + events
	}
	if who := b.otherLeads(l, spec.actor); who != "" {
		if spec.others {
			return tip + ": " + who
		}
		return tip + ", also of " + who
	}
	return tip
}

// maxLaneMembers caps the actors a lane's tooltip names.
const maxLaneMembers = 6

// otherLeads names the primary actors of lane l's events other than the
// lane's own, those with the most events first.
func (b *builder) otherLeads(l int, own string) string {
	count := map[string]int{}
	var ids []string
	for _, i := range b.byLane[l] {
		id := primaryActor(b.items[i].ev)
		if id == "" || id == own {
			continue
		}
		if count[id] == 0 {
			ids = append(ids, id)
		}
		count[id]++
	}
	slices.SortFunc(ids, func(x, y string) int { return cmp.Or(cmp.Compare(count[y], count[x]), cmp.Compare(x, y)) })
	names := make([]string, 0, min(len(ids), maxLaneMembers))
	for _, id := range ids[:min(len(ids), maxLaneMembers)] {
		names = append(names, cleanText(b.ix.actorName(id)))
	}
	s := strings.Join(names, ", ")
	if len(ids) > maxLaneMembers {
		s += " and " + plural(len(ids)-maxLaneMembers, "other")
	}
	return s
}

// tracksTop is the y where the marks of a lane start, under its ghosts
// and background bars.
func (b *builder) tracksTop(lane int) float64 {
	return b.laneTop[lane] + lanePadTop + b.ghostStrip(lane) + b.bgStrip(lane)
}

// markY is the y of the centre line of an item's mark.
func (b *builder) markY(it *item) float64 {
	if it.background {
		return b.laneTop[it.lane] + lanePadTop + b.ghostStrip(it.lane) +
			float64(it.track)*bgTrackHeight + bgTrackHeight/2
	}
	return b.tracksTop(it.lane) + float64(it.track)*trackHeight + trackHeight/2
}

// bgStrip is the height of the background bars of a lane.
func (b *builder) bgStrip(lane int) float64 {
	return float64(b.bgTracks[lane].used()) * bgTrackHeight
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
		ID:         uniqueID("ev-"+xmlSafe(it.ev.ID), used),
		EventID:    it.ev.ID,
		Lane:       it.lane,
		Shape:      it.shape,
		X:          it.anchorX(),
		Y:          b.markY(it),
		X2:         it.x1,
		R:          markRadius,
		Status:     status,
		Vague:      isVague(it.ev.When),
		Background: it.background,
		Minor:      it.isMinor(),
		Hollow:     status == timeline.Expected || status == timeline.Planned,
		Crossed:    status == timeline.Denied,
		Tooltip:    b.ix.eventTooltip(it.ev),
		URL:        b.ix.eventURL(it.ev),
		Label:      -1,
	}
	switch {
	case it.background:
		m.R = bgHalf
	case it.shape == Bar:
		m.R = barHalf
	case m.Minor:
		m.R = minorRadius
		m.X2 = m.X
	default:
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
	if it.background {
		c.WriteString(" background")
	}
	if m.Minor {
		c.WriteString(" minor")
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
	class := "lbl lane-" + strconv.Itoa(m.Lane)
	if m.Minor {
		class += " minor"
	}
	l := Label{
		ID:      "lb-" + strings.TrimPrefix(m.ID, "ev-"),
		Mark:    len(b.d.Marks),
		Class:   class,
		Text:    it.text,
		Box:     box,
		TextX:   box.X + leaderPad,
		TextY:   top + size*0.95,
		Leader:  Line{X1: m.X, Y1: m.Y + m.R + 1, X2: m.X, Y2: top},
		Tooltip: m.Tooltip,
		URL:     m.URL,
	}
	if box.X < m.X-leaderPad-0.01 && box.Right() <= m.X+leaderPad+0.01 {
		// the label reads to the left and ends at its leader
		l.AlignEnd, l.TextX = true, box.Right()-leaderPad
	}
	return l
}
