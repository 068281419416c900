package svg

import "github.com/storyline/storyline/timeline/layout"

// legend draws each entry's swatch at its centre and its text to the right.
func (r *renderer) legend() {
	b := &r.b
	fs := r.d.FontSize
	b.s(`<g class="legend">` + "\n")
	for _, e := range r.d.Legend {
		b.s(`<g class="lg">`)
		r.swatch(e)
		b.s("<text")
		b.numAttr("x", e.X+14)
		b.numAttr("y", e.Y+fs*0.35)
		b.s(">")
		b.text(e.Label)
		b.s("</text></g>\n")
	}
	b.s("</g>\n")
}

// swatch draws the symbol of a legend entry, centred on its point.
func (r *renderer) swatch(e layout.LegendEntry) {
	b := &r.b
	x, y := e.X, e.Y
	switch e.Symbol {
	case "range", "vague":
		m := layout.Mark{Shape: layout.Bar, X: x - 8, X2: x + 10, Y: y, R: 4.5}
		b.s(`<g class="lg-swatch st-occurred">`)
		b.s(`<rect class="mk"`)
		r.rect(layout.Rect{X: m.X, Y: m.Y - m.R, W: m.X2 - m.X, H: 2 * m.R})
		b.s(` rx="2"`)
		if e.Symbol == "vague" {
			b.s(` style="fill:url(#fade-legend);stroke:none"`)
		}
		b.s("/></g>")
	case "background":
		b.s(`<g class="lg-swatch background"><line class="mk"`)
		r.line(layout.Line{X1: x - 8, Y1: y, X2: x + 10, Y2: y})
		b.s("/></g>")
	case "ghost":
		b.s(`<circle class="ghost lg-swatch"`)
		r.circle(x, y, 3.5)
	case "published":
		b.s(`<path class="pub" d="M`)
		r.points([2]float64{x, y + 4})
		b.s(`l-3.5 -7h7z"/>`)
	case "break":
		b.s(`<path class="brk-mark" d="`)
		r.zigzag(x+1, y)
		b.s(`"/>`)
	case "link":
		b.s(`<path class="link" d="M`)
		r.points([2]float64{x - 8, y + 3})
		b.s("Q")
		r.points([2]float64{x, y - 6})
		b.s(" ")
		r.points([2]float64{x + 8, y + 3})
		b.s(`" marker-end="url(#arrow)"/>`)
	default:
		m := layout.Mark{Shape: layout.Point, X: x, Y: y, R: 5, Crossed: e.Symbol == "denied"}
		b.s(`<g class="lg-swatch st-`)
		b.text(e.Symbol)
		b.s(`">`)
		r.markShape(&m)
		b.s("</g>")
	}
}

// circle appends the centre and radius of a circle and closes it.
func (r *renderer) circle(x, y, rad float64) {
	r.b.numAttr("cx", x)
	r.b.numAttr("cy", y)
	r.b.numAttr("r", rad)
	r.b.s("/>")
}
