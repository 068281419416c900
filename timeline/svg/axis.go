package svg

import "github.com/storyline/storyline/timeline/layout"

// grid draws a faint vertical line at each fine tick, across the lanes.
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

// breaks draws each axis break: a blank band across the lanes, a double
// slash on the axis, and the length of the gap above the plot.
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

// axis draws the axis line of each segment, the ticks and their labels.
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

// pubs draws a small triangle on the axis for each day sources were
// published, linked to the article when there is one.
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
