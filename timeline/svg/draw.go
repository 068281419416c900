package svg

import (
	"strconv"

	"github.com/storyline/storyline/timeline/layout"
)

func (r *renderer) header() {
	b := &r.b
	d := r.d
	x := d.Plot.X - d.Gutter + 12
	b.s(`<rect class="bg"`)
	b.numAttr("width", d.Width)
	b.numAttr("height", d.Height)
	b.s("/>\n<text class=\"h1\"")
	b.numAttr("x", x)
	b.numAttr("y", d.TitleY)
	b.s(">")
	b.text(d.Title)
	b.s("</text>\n<text class=\"h2\"")
	b.numAttr("x", x)
	b.numAttr("y", d.SubtitleY)
	b.s(">")
	b.text(d.Subtitle)
	b.s("</text>\n")
}

// title writes a <title> child: the tooltip of the element it sits in.
func (r *renderer) title(s string) {
	if s == "" {
		return
	}
	r.b.s("<title>")
	r.b.text(s)
	r.b.s("</title>")
}

// openLink opens an <a> when url is known and reports whether it did.
func (r *renderer) openLink(url string) bool {
	if url == "" {
		return false
	}
	r.b.s("<a")
	r.b.attr("href", url)
	r.b.s(">")
	return true
}

func (r *renderer) closeLink(open bool) {
	if open {
		r.b.s("</a>")
	}
}

func (r *renderer) lanes() {
	b := &r.b
	b.s(`<g class="lanes">` + "\n")
	for i, l := range r.d.Lanes {
		b.s("<g")
		b.attr("id", l.ID)
		b.s(` class="lane lane-` + strconv.Itoa(i) + `">`)
		r.title(l.Tooltip)
		b.s(`<rect class="lane-bg`)
		if i%2 == 1 {
			b.s(" odd")
		}
		b.s(`"`)
		r.rect(l.Box)
		b.s(`/><text class="lane-name"`)
		b.numAttr("x", r.d.Plot.X-r.d.Gutter+12)
		b.numAttr("y", l.NameY)
		b.s(">")
		b.text(l.Name)
		b.s("</text></g>\n")
	}
	b.s("</g>\n")
}

func (r *renderer) rect(box layout.Rect) {
	r.b.numAttr("x", box.X)
	r.b.numAttr("y", box.Y)
	r.b.numAttr("width", max(box.W, 0))
	r.b.numAttr("height", max(box.H, 0))
}

func (r *renderer) line(l layout.Line) {
	r.b.numAttr("x1", l.X1)
	r.b.numAttr("y1", l.Y1)
	r.b.numAttr("x2", l.X2)
	r.b.numAttr("y2", l.Y2)
}

func (r *renderer) grid() {
	b := &r.b
	ax := &r.d.Axis
	b.s(`<g class="grid">`)
	for _, t := range ax.Ticks {
		if t.Level != 0 {
			continue
		}
		b.s("<line")
		r.line(layout.Line{X1: t.X, Y1: ax.GridTop, X2: t.X, Y2: ax.Y})
		b.s("/>")
	}
	b.s("</g>\n")
}

func (r *renderer) breaks() {
	b := &r.b
	ax := &r.d.Axis
	b.s(`<g class="breaks">` + "\n")
	for _, br := range ax.Breaks {
		cx := (br.X0 + br.X1) / 2
		b.s(`<g class="brk">`)
		r.title(br.Tooltip)
		b.s(`<rect class="brk-band"`)
		r.rect(layout.Rect{X: br.X0 + 3, Y: ax.GridTop, W: br.X1 - br.X0 - 6, H: ax.Y - ax.GridTop})
		b.s(`/><path class="brk-mark" d="`)
		r.zigzag(cx, ax.Y)
		b.s(`"/><text class="brk-label"`)
		b.numAttr("x", cx)
		b.numAttr("y", br.LabelY)
		b.s(">")
		b.text(br.Label)
		b.s("</text></g>\n")
	}
	b.s("</g>\n")
}

// zigzag writes the path data of a break mark: two slanted strokes across
// the axis at x.
func (r *renderer) zigzag(x, y float64) {
	b := &r.b
	for _, dx := range []float64{-4, 2} {
		b.s("M")
		b.num(x + dx - 2)
		b.s(" ")
		b.num(y + 6)
		b.s("L")
		b.num(x + dx + 2)
		b.s(" ")
		b.num(y - 6)
	}
}

func (r *renderer) axis() {
	b := &r.b
	ax := &r.d.Axis
	b.s(`<g class="axis">` + "\n")
	for _, s := range ax.Segments {
		b.s(`<line class="axis-line"`)
		r.line(layout.Line{X1: s.X0, Y1: ax.Y, X2: s.X1, Y2: ax.Y})
		b.s("/>")
	}
	for _, t := range ax.Ticks {
		if t.Level == 0 {
			b.s(`<line class="tick"`)
			r.line(layout.Line{X1: t.X, Y1: ax.Y, X2: t.X, Y2: ax.Y + 4})
			b.s("/>")
		}
	}
	b.s("\n")
	for _, t := range ax.Ticks {
		b.s(`<text class="tick-label`)
		if t.Level > 0 {
			b.s(" ctx")
		}
		b.s(`"`)
		b.numAttr("x", t.X)
		b.numAttr("y", t.Y)
		b.s(">")
		b.text(t.Label)
		b.s("</text>")
	}
	b.s("\n</g>\n")
}

func (r *renderer) pubs() {
	b := &r.b
	b.s(`<g class="pubs">` + "\n")
	for _, p := range r.d.Published {
		open := r.openLink(p.URL)
		b.s(`<path class="pub" d="M`)
		b.num(p.X)
		b.s(" ")
		b.num(p.Y - 1)
		b.s("l-3.5 -7h7z\">")
		r.title(p.Tooltip)
		b.s("</path>")
		r.closeLink(open)
		b.s("\n")
	}
	b.s("</g>\n")
}

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

func (r *renderer) points(p [2]float64) {
	r.b.num(p[0])
	r.b.s(" ")
	r.b.num(p[1])
}

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
// date is vague, crossed when the event was denied.
func (r *renderer) markShape(m *layout.Mark) {
	b := &r.b
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
		b.s(">")
		r.title(l.Tooltip)
		b.text(l.Text)
		b.s("</text>")
		r.closeLink(open)
		b.s("\n")
	}
	b.s("</g>\n")
}
