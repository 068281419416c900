package svg

import (
	"strconv"

	"github.com/storyline/storyline/timeline/layout"
)

// header draws the background, the heading and the subtitle.
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

// lanes draws the lane bands, alternately shaded, with their names.
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

// rect appends the x, y, width and height of box.
func (r *renderer) rect(box layout.Rect) {
	r.b.numAttr("x", box.X)
	r.b.numAttr("y", box.Y)
	r.b.numAttr("width", max(box.W, 0))
	r.b.numAttr("height", max(box.H, 0))
}

// line appends the end points of l.
func (r *renderer) line(l layout.Line) {
	r.b.numAttr("x1", l.X1)
	r.b.numAttr("y1", l.Y1)
	r.b.numAttr("x2", l.X2)
	r.b.numAttr("y2", l.Y2)
}

// points appends p as "x y".
func (r *renderer) points(p [2]float64) {
	r.b.num(p[0])
	r.b.s(" ")
	r.b.num(p[1])
}
