package svg

import (
	"strconv"

	"github.com/storyline/storyline/timeline/layout"
)

// style writes the <style> block: fixed rules, then one colour per lane.
func (r *renderer) style() {
	b := &r.b
	fs := r.d.FontSize
	b.s("<style>\n")
	b.s("text{font-family:")
	b.text(r.opt.FontFamily)
	b.s(";fill:#1F2328}\n")
	rules := []string{
		".bg{fill:#fff}",
		".h1{font-size:16px;font-weight:600}",
		".h2{font-size:12px;fill:#57606A}",
		".lane-bg{fill:#fff}",
		".lane-bg.odd{fill:#F4F6F8}",
		".lane-name{font-size:" + px(fs+1) + ";font-weight:600}",
		".grid{stroke:#E1E4E8;stroke-width:1}",
		".axis-line,.tick{stroke:#8C959F;stroke-width:1}",
		".tick-label{font-size:" + px(fs-1) + ";fill:#57606A;text-anchor:middle}",
		".tick-label.ctx{font-weight:600;fill:#1F2328}",
		".brk-band{fill:#fff;stroke:#D0D7DE;stroke-dasharray:3 3}",
		".brk-mark{fill:none;stroke:#57606A;stroke-width:1.2}",
		".brk-label{font-size:" + px(fs-2) + ";fill:#57606A;text-anchor:middle}",
		".pub{fill:#8C959F;fill-opacity:.55}",
		".ghost{fill:currentColor;fill-opacity:.22;stroke:currentColor;stroke-opacity:.35;stroke-width:.8}",
		".link{fill:none;stroke:#57606A;stroke-width:1.2;stroke-opacity:.75}",
		".link-contradicts{stroke:#CF222E;stroke-dasharray:4 3}",
		".arrowhead{fill:#57606A}",
		".leader{stroke:#A0A7AF;stroke-width:.8}",
		".mk{fill:currentColor;stroke:currentColor;stroke-width:1.5}",
		".st-expected .mk,.st-planned .mk{fill:#fff}",
		".st-reported .mk{fill-opacity:.4;stroke-dasharray:2.5 1.5}",
		".st-hypothetical .mk{fill:#fff;stroke-dasharray:1 1.8}",
		".st-denied .mk{fill-opacity:.3}",
		".minor .mk{fill-opacity:.55;stroke-opacity:.6}",
		".lbl.minor{fill:#57606A}",
		".background .mk{fill:none;stroke-width:3;stroke-opacity:.5;stroke-dasharray:9 4}",
		".cross{stroke:#1F2328;stroke-width:1.5}",
		".lbl{font-size:" + px(fs) + ";paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}",
		"a:hover .lbl,a:focus .lbl{text-decoration:underline}",
		".lg{font-size:" + px(fs) + "}",
		".lg-swatch{color:#57606A}",
	}
	for _, rule := range rules {
		b.s(rule)
		b.s("\n")
	}
	for i := range r.d.Lanes {
		b.s(".lane-" + strconv.Itoa(i) + "{color:")
		b.text(r.laneColor(i))
		b.s("}\n")
	}
	b.s("</style>\n")
}

func px(v float64) string { return string(appendNum(nil, v)) + "px" }

// defs writes the arrowhead and one fade gradient per lane with vague
// ranges (and one for the legend).
func (r *renderer) defs() {
	b := &r.b
	b.s("<defs>\n")
	if len(r.d.Links) > 0 {
		b.s(`<marker id="arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">`)
		b.s(`<path class="arrowhead" d="M0 0L8 4L0 8z"/></marker>` + "\n")
	}
	used := make([]bool, len(r.d.Lanes))
	for _, m := range r.d.Marks {
		if m.Vague && !m.Background && m.Shape == layout.Bar && m.Lane >= 0 && m.Lane < len(used) {
			used[m.Lane] = true
		}
	}
	for i, u := range used {
		if u {
			r.fade("fade-"+strconv.Itoa(i), r.laneColor(i))
		}
	}
	r.fade("fade-legend", "#57606A")
	b.s("</defs>\n")
}

// fade writes a horizontal gradient that is solid in the middle and fades
// at both ends: the look of a date known only to the week or coarser.
func (r *renderer) fade(id, color string) {
	b := &r.b
	b.s(`<linearGradient id="` + id + `">`)
	for _, st := range []struct{ off, op string }{{"0", ".08"}, {".22", "1"}, {".78", "1"}, {"1", ".08"}} {
		b.s(`<stop offset="` + st.off + `"`)
		b.attr("stop-color", color)
		b.s(` stop-opacity="` + st.op + `"/>`)
	}
	b.s("</linearGradient>\n")
}
