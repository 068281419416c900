package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image/color"
	"image/png"
	"math"
	"strconv"
	"strings"
	"sync"

	"github.com/fogleman/gg"
	"github.com/golang/freetype/truetype"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/goregular"
)

// pngScale turns Graphviz points (1/72 inch) into pixels at 96 dpi.
const pngScale = 96.0 / 72

// maxPNGSide caps the longer side of a PNG, in pixels; larger drawings
// are scaled down to fit.
const maxPNGSide = 12000

// layoutJSON is the part of Graphviz's -Tjson output that draws.
type layoutJSON struct {
	drawing
	BB          string    `json:"bb"`
	SubgraphCnt int       `json:"_subgraph_cnt"`
	Objects     []drawing `json:"objects"`
	Edges       []drawing `json:"edges"`
}

// drawing holds the xdot operations of one graph, cluster, node or edge.
type drawing struct {
	Draw   []xdotOp `json:"_draw_"`
	LDraw  []xdotOp `json:"_ldraw_"`
	HDraw  []xdotOp `json:"_hdraw_"`
	TDraw  []xdotOp `json:"_tdraw_"`
	HLDraw []xdotOp `json:"_hldraw_"`
	TLDraw []xdotOp `json:"_tldraw_"`
}

// xdotOp is one xdot drawing operation.
type xdotOp struct {
	Op     string      `json:"op"`
	Color  string      `json:"color"`
	Stops  []xdotStop  `json:"stops"`
	Style  string      `json:"style"`
	Size   float64     `json:"size"`
	Pt     []float64   `json:"pt"`
	Align  string      `json:"align"`
	Text   string      `json:"text"`
	Rect   []float64   `json:"rect"`
	Points [][]float64 `json:"points"`
}

type xdotStop struct {
	Color string `json:"color"`
}

// drawPNG draws Graphviz's JSON layout as a PNG.
func drawPNG(layout []byte) ([]byte, error) {
	var l layoutJSON
	if err := json.Unmarshal(layout, &l); err != nil {
		return nil, fmt.Errorf("read layout: %w", err)
	}
	width, height, err := boundingBox(l.BB)
	if err != nil {
		return nil, err
	}
	scale := pngScale
	if side := max(width, height) * scale; side > maxPNGSide {
		scale *= maxPNGSide / side
	}
	c := newCanvas(width, height, scale)
	c.paint(l.drawing)
	for i, o := range l.Objects {
		if i < l.SubgraphCnt {
			c.paint(o)
		}
	}
	for _, e := range l.Edges {
		c.paint(e)
	}
	for i, o := range l.Objects {
		if i >= l.SubgraphCnt {
			c.paint(o)
		}
	}
	var buf bytes.Buffer
	// Drawings are mostly flat colour: the fastest compression costs
	// little in size and halves the time.
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, c.dc.Image()); err != nil {
		return nil, fmt.Errorf("encode: %w", err)
	}
	return buf.Bytes(), nil
}

// boundingBox reads "llx,lly,urx,ury".
func boundingBox(bb string) (w, h float64, err error) {
	var f [4]float64
	parts := strings.Split(bb, ",")
	if len(parts) != 4 {
		return 0, 0, fmt.Errorf("bounding box %q: want four numbers", bb)
	}
	for i, p := range parts {
		if f[i], err = strconv.ParseFloat(p, 64); err != nil {
			return 0, 0, fmt.Errorf("bounding box %q: %w", bb, err)
		}
	}
	return math.Max(f[2]-f[0], 1), math.Max(f[3]-f[1], 1), nil
}

// canvas draws xdot operations, flipping Graphviz's y axis.
type canvas struct {
	dc            *gg.Context
	height, scale float64
	pen, fill     color.Color
	width         float64 // line width in points
	dash          []float64
	fontSize      float64
	faces         map[float64]font.Face // a face caches glyphs: one set per canvas
}

func newCanvas(w, h, scale float64) *canvas {
	dc := gg.NewContext(int(math.Ceil(w*scale)), int(math.Ceil(h*scale)))
	dc.SetColor(color.White)
	dc.Clear()
	return &canvas{dc: dc, height: h, scale: scale, faces: make(map[float64]font.Face)}
}

func (c *canvas) x(v float64) float64 { return v * c.scale }
func (c *canvas) y(v float64) float64 { return (c.height - v) * c.scale }

func (c *canvas) paint(d drawing) {
	for _, ops := range [][]xdotOp{d.Draw, d.HDraw, d.TDraw, d.LDraw, d.HLDraw, d.TLDraw} {
		c.reset()
		for _, op := range ops {
			c.do(op)
		}
	}
}

// reset restores the xdot defaults at the start of each operation list.
func (c *canvas) reset() {
	c.pen, c.fill = color.Black, color.Black
	c.width, c.dash, c.fontSize = 1, nil, 14
}

func (c *canvas) do(op xdotOp) {
	switch op.Op {
	case "c":
		c.pen = opColor(op)
	case "C":
		c.fill = opColor(op)
	case "S":
		c.style(op.Style)
	case "F":
		c.fontSize = op.Size
	case "T":
		c.text(op)
	case "e", "E":
		c.ellipse(op.Rect, op.Op == "E")
	case "p", "P":
		c.path(op.Points, false, true, op.Op == "P")
	case "L":
		c.path(op.Points, false, false, false)
	case "b", "B":
		c.path(op.Points, true, op.Op == "B", op.Op == "B")
	}
}

// style reads an xdot style: solid, dashed, dotted, bold, setlinewidth(n).
func (c *canvas) style(s string) {
	switch {
	case s == "solid":
		c.dash = nil
	case s == "dashed":
		c.dash = []float64{5, 2}
	case s == "dotted":
		c.dash = []float64{1, 5}
	case s == "bold":
		c.width = 2
	case strings.HasPrefix(s, "setlinewidth(") && strings.HasSuffix(s, ")"):
		if w, err := strconv.ParseFloat(s[len("setlinewidth("):len(s)-1], 64); err == nil && w >= 0 {
			c.width = w
		}
	}
}

func (c *canvas) ellipse(rect []float64, filled bool) {
	if len(rect) != 4 {
		return
	}
	c.dc.DrawEllipse(c.x(rect[0]), c.y(rect[1]), rect[2]*c.scale, rect[3]*c.scale)
	c.finish(filled, true)
}

// path draws points as a polyline or, when curved, a cubic B-spline in
// Bézier form (a start point, then three points per segment).
func (c *canvas) path(points [][]float64, curved, closed, filled bool) {
	pts := make([][2]float64, 0, len(points))
	for _, p := range points {
		if len(p) == 2 {
			pts = append(pts, [2]float64{c.x(p[0]), c.y(p[1])})
		}
	}
	if len(pts) < 2 {
		return
	}
	c.dc.MoveTo(pts[0][0], pts[0][1])
	if curved {
		for i := 1; i+2 < len(pts); i += 3 {
			c.dc.CubicTo(pts[i][0], pts[i][1], pts[i+1][0], pts[i+1][1], pts[i+2][0], pts[i+2][1])
		}
	} else {
		for _, p := range pts[1:] {
			c.dc.LineTo(p[0], p[1])
		}
	}
	if closed {
		c.dc.ClosePath()
	}
	c.finish(filled, true)
}

// finish fills the current path with the fill colour when filled, then
// outlines it with the pen, as xdot's filled shapes are drawn.
func (c *canvas) finish(filled, stroke bool) {
	if filled {
		c.dc.SetColor(c.fill)
		c.dc.FillPreserve()
	}
	if stroke && c.width > 0 {
		c.dc.SetColor(c.pen)
		c.dc.SetLineWidth(c.width * c.scale)
		if len(c.dash) > 0 {
			c.dc.SetDash(scaled(c.dash, c.scale)...)
		} else {
			c.dc.SetDash()
		}
		c.dc.StrokePreserve()
	}
	c.dc.ClearPath()
}

func scaled(v []float64, s float64) []float64 {
	out := make([]float64, len(v))
	for i, x := range v {
		out[i] = x * s
	}
	return out
}

// text draws a label line at its baseline, aligned as Graphviz placed it.
func (c *canvas) text(op xdotOp) {
	if len(op.Pt) != 2 || op.Text == "" {
		return
	}
	c.dc.SetFontFace(c.face(c.fontSize * c.scale))
	c.dc.SetColor(c.pen)
	anchor := map[string]float64{"l": 0, "c": 0.5, "r": 1}[op.Align]
	c.dc.DrawStringAnchored(op.Text, c.x(op.Pt[0]), c.y(op.Pt[1]), anchor, 0)
}

var (
	fontOnce sync.Once
	goFont   *truetype.Font
)

// face returns the Go sans-serif face at size.
func (c *canvas) face(size float64) font.Face {
	fontOnce.Do(func() { goFont, _ = truetype.Parse(goregular.TTF) })
	size = math.Round(size*4) / 4
	if f, ok := c.faces[size]; ok {
		return f
	}
	f := truetype.NewFace(goFont, &truetype.Options{Size: size, Hinting: font.HintingFull})
	c.faces[size] = f
	return f
}

// opColor reads an xdot colour; gradients use their first stop.
func opColor(op xdotOp) color.Color {
	s := op.Color
	if s == "" && len(op.Stops) > 0 {
		s = op.Stops[0].Color
	}
	return parseColor(s)
}

// namedColours are the colour names Graphviz may pass through as written.
var namedColours = map[string]color.Color{
	"black": color.Black, "white": color.White, "none": color.Transparent, "transparent": color.Transparent,
	"red": color.RGBA{0xff, 0, 0, 0xff}, "blue": color.RGBA{0, 0, 0xff, 0xff}, "green": color.RGBA{0, 0xff, 0, 0xff},
	"gray": color.RGBA{0xc0, 0xc0, 0xc0, 0xff}, "grey": color.RGBA{0xc0, 0xc0, 0xc0, 0xff},
}

// parseColor reads #rrggbb, #rrggbbaa or a few names; anything else is black.
func parseColor(s string) color.Color {
	if c, ok := namedColours[strings.ToLower(s)]; ok {
		return c
	}
	if len(s) != 7 && len(s) != 9 || s[0] != '#' {
		return color.Black
	}
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		return color.Black
	}
	if len(s) == 7 {
		v = v<<8 | 0xff
	}
	return color.NRGBA{uint8(v >> 24), uint8(v >> 16), uint8(v >> 8), uint8(v)}
}
