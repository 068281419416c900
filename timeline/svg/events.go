package svg

import (
	"strconv"

	"github.com/storyline/storyline/timeline/layout"
)

// ghosts draws the faint copies of marks in the lanes of other actors.
func (r *renderer) ghosts() {
	b := &r.b
	b.s(`<g class="ghosts">` + "\n")
	for _, g := range r.d.Ghosts {
		b.s("<")
		if g.Shape == layout.Bar {
			b.s("rect")
			r.rect(layout.Rect{X: g.X, Y: g.Y - g.R, W: g.X2 - g.X, H: 2 * g.R})
		} else {
			b.s("circle")
			b.numAttr("cx", g.X)
			b.numAttr("cy", g.Y)
			b.numAttr("r", g.R)
		}
		b.attr("class", g.Class)
		b.s(">")
		if g.Mark >= 0 && g.Mark < len(r.d.Marks) {
			r.title(r.d.Marks[g.Mark].Tooltip)
		}
		if g.Shape == layout.Bar {
			b.s("</rect>\n")
		} else {
			b.s("</circle>\n")
		}
	}
	b.s("</g>\n")
}

// links draws the arrows between linked events.
func (r *renderer) links() {
	b := &r.b
	b.s(`<g class="links">` + "\n")
	for _, l := range r.d.Links {
		b.s("<path")
		b.attr("id", l.ID)
		b.attr("class", l.Class)
		b.s(` d="M`)
		r.points(l.P0)
		b.s("C")
		r.points(l.P1)
		b.s(" ")
		r.points(l.P2)
		b.s(" ")
		r.points(l.P3)
		b.s(`" marker-end="url(#arrow)">`)
		r.title(l.Tooltip)
		b.s("</path>\n")
	}
	b.s("</g>\n")
}

// leaders draws the lines from marks to their labels, under the marks.
func (r *renderer) leaders() {
	b := &r.b
	b.s(`<g class="leaders">` + "\n")
	for _, l := range r.d.Labels {
		b.s(`<line class="leader"`)
		r.line(l.Leader)
		b.s("/>\n")
	}
	b.s("</g>\n")
}

// marks draws every event: a group with its id, classes and tooltip,
// inside a link to its article when one is known.
func (r *renderer) marks() {
	b := &r.b
	b.s(`<g class="events">` + "\n")
	for i := range r.d.Marks {
		m := &r.d.Marks[i]
		open := r.openLink(m.URL)
		b.s("<g")
		b.attr("id", m.ID)
		b.attr("class", m.Class)
		b.s(">")
		r.title(m.Tooltip)
		r.markShape(m)
		b.s("</g>")
		r.closeLink(open)
		b.s("\n")
	}
	b.s("</g>\n")
}

// markShape draws a mark: a circle or a bar, faded at the ends when the
// date is vague, crossed when the event was denied; a dashed line for an
// event lasting years.
func (r *renderer) markShape(m *layout.Mark) {
	b := &r.b
	if m.Background {
		// a dashed line: it lasts years, and reads apart from the solid
		// faint bars of ghosts
		b.s(`<line class="mk"`)
		r.line(layout.Line{X1: m.X, Y1: m.Y, X2: max(m.X2, m.X+1), Y2: m.Y})
		b.s("/>")
		return
	}
	if m.Shape == layout.Bar {
		b.s(`<rect class="mk"`)
		r.rect(layout.Rect{X: m.X, Y: m.Y - m.R, W: m.X2 - m.X, H: 2 * m.R})
		b.s(` rx="2"`)
		if m.Vague {
			r.fadeStyle(m)
		}
		b.s("/>")
	} else {
		b.s(`<circle class="mk"`)
		b.numAttr("cx", m.X)
		b.numAttr("cy", m.Y)
		b.numAttr("r", m.R)
		b.s("/>")
	}
	if m.Crossed {
		cx, h := m.X, m.R+1.5
		if m.Shape == layout.Bar {
			cx = (m.X + m.X2) / 2
		}
		b.s(`<path class="cross" d="M`)
		r.points([2]float64{cx - h, m.Y - h})
		b.s("L")
		r.points([2]float64{cx + h, m.Y + h})
		b.s("M")
		r.points([2]float64{cx - h, m.Y + h})
		b.s("L")
		r.points([2]float64{cx + h, m.Y - h})
		b.s(`"/>`)
	}
}

// fadeStyle paints a vague bar with its lane's fade: the fill, or the
// outline of a hollow bar. An inline style, because it must win over the
// status rules of the style block.
func (r *renderer) fadeStyle(m *layout.Mark) {
	url := "url(#fade-" + strconv.Itoa(m.Lane) + ")"
	if m.Hollow || m.Status == "hypothetical" {
		r.b.s(` style="fill:` + url + `;fill-opacity:.25;stroke:` + url + `"`)
		return
	}
	r.b.s(` style="fill:` + url + `;stroke:none"`)
}

// labels draws the label texts, each with the tooltip and link of its
// event, so that the text itself can be hovered and followed.
func (r *renderer) labels() {
	b := &r.b
	b.s(`<g class="labels">` + "\n")
	for _, l := range r.d.Labels {
		open := r.openLink(l.URL)
		b.s("<text")
		b.attr("id", l.ID)
		b.attr("class", l.Class)
		b.numAttr("x", l.TextX)
		b.numAttr("y", l.TextY)
		if l.AlignEnd {
			b.s(` text-anchor="end"`)
		}
		b.s(">")
		r.title(l.Tooltip)
		b.text(l.Text)
		b.s("</text>")
		r.closeLink(open)
		b.s("\n")
	}
	b.s("</g>\n")
}
