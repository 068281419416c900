package svg

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/storyline/storyline/timeline/layout"
)

// ErrNilDiagram is returned by Render when given no diagram.
var ErrNilDiagram = errors.New("svg: nil diagram")

// Options chooses how a Diagram is drawn. The zero value is the default: a
// generic sans-serif font stack and a colour-blind-safe palette.
type Options struct {
	// FontFamily is the CSS font-family list; generic families only keep
	// the file self-contained.
	FontFamily string
	// Palette is the lane colours as CSS colours, cycled over the lanes;
	// the "Others" lane is always grey.
	Palette []string
}

// DefaultFontFamily names fonts every system has or falls back from.
const DefaultFontFamily = "system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif"

// DefaultPalette is the Okabe–Ito palette, distinguishable with the common
// kinds of colour blindness.
var DefaultPalette = []string{"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C6D1F", "#332288"}

const othersColor = "#6B7280"

// Render writes d as an SVG document to w: the lanes, axis with ticks and
// breaks, publication marks, ghosts, link arrows, event marks, labels and
// legend, in that order. Every event is a group with a stable id (from the
// event id), its classes, a <title> tooltip and, when its source has a web
// address, an <a href> around it. The output depends only on d and opt.
func Render(w io.Writer, d *layout.Diagram, opt Options) error {
	if d == nil {
		return ErrNilDiagram
	}
	opt = opt.withDefaults()
	r := &renderer{d: d, opt: opt, b: buf{b: make([]byte, 0, 4096+len(d.Marks)*1024)}}
	r.document()
	if _, err := w.Write(r.b.b); err != nil {
		return fmt.Errorf("svg: write: %w", err)
	}
	return nil
}

func (opt Options) withDefaults() Options {
	opt.FontFamily = cssSafe(opt.FontFamily)
	if opt.FontFamily == "" {
		opt.FontFamily = DefaultFontFamily
	}
	var pal []string
	for _, c := range opt.Palette {
		if c = cssSafe(c); c != "" {
			pal = append(pal, c)
		}
	}
	if len(pal) == 0 {
		pal = DefaultPalette
	}
	opt.Palette = pal
	return opt
}

// cssSafe keeps the characters a font list or a colour needs, so that an
// option cannot end a declaration or the style block.
func cssSafe(s string) string {
	return strings.TrimSpace(strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
			return r
		case strings.ContainsRune(" #,.-_'()%", r):
			return r
		}
		return -1
	}, s))
}

// renderer writes one Diagram.
type renderer struct {
	d   *layout.Diagram
	opt Options
	b   buf
}

func (r *renderer) document() {
	d := r.d
	b := &r.b
	b.s(`<svg xmlns="http://www.w3.org/2000/svg"`)
	b.numAttr("width", d.Width)
	b.numAttr("height", d.Height)
	b.s(` viewBox="0 0 `)
	b.num(d.Width)
	b.s(" ")
	b.num(d.Height)
	b.s(`" role="img" aria-labelledby="tl-title tl-desc">` + "\n")
	b.s(`<title id="tl-title">`)
	b.text(d.Title)
	b.s("</title>\n<desc id=\"tl-desc\">")
	b.text(d.Desc)
	b.s("</desc>\n")
	r.style()
	r.defs()
	r.header()
	r.lanes()
	r.grid()
	r.breaks()
	r.axis()
	r.pubs()
	r.ghosts()
	r.links()
	r.leaders()
	r.marks()
	r.labels()
	r.legend()
	b.s("</svg>\n")
}

// laneColor is the colour of lane i.
func (r *renderer) laneColor(i int) string {
	i = max(i, 0)
	if i < len(r.d.Lanes) && r.d.Lanes[i].Others {
		return othersColor
	}
	return r.opt.Palette[i%len(r.opt.Palette)]
}
