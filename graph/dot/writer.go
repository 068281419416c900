package dot

import (
	"bytes"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/storyline/storyline/graph"
)

// Options control the DOT writers. The zero value draws everything.
type Options struct {
	// MaxNodes, when above zero, summarises a graph with more events (or,
	// for the actor graph, actors) than this: it keeps the most-sourced
	// events and their neighbours (the most active actors) and says so in
	// a comment and in the graph's label.
	MaxNodes int
	// Undated, for the event graph, draws every undated event. By default
	// it draws only those that take part in a link, beside the events they
	// are linked to, and says in the graph's label how many it left out.
	Undated bool
}

// textKeys are the attributes whose values Graphviz displays.
var textKeys = map[string]bool{"label": true, "xlabel": true, "tooltip": true, "headlabel": true, "taillabel": true}

// attrs is an attribute list; it is written sorted by key.
type attrs map[string]string

func (a attrs) String() string {
	keys := make([]string, 0, len(a))
	for k := range a {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var b bytes.Buffer
	for i, k := range keys {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(k)
		b.WriteByte('=')
		if textKeys[k] {
			b.WriteString(Text(a[k]))
		} else {
			b.WriteString(ID(a[k]))
		}
	}
	return b.String()
}

// writer gathers a DOT document; the whole text reaches the io.Writer in
// one Write, so a failing writer never sees half a graph.
type writer struct {
	buf    bytes.Buffer
	indent int
}

func (w *writer) line(format string, args ...any) {
	for range w.indent {
		w.buf.WriteByte('\t')
	}
	fmt.Fprintf(&w.buf, format, args...)
	w.buf.WriteByte('\n')
}

// open starts a block: `format {`, or a bare `{` for an anonymous subgraph.
func (w *writer) open(format string, args ...any) {
	if format == "" {
		w.line("{")
	} else {
		w.line(format+" {", args...)
	}
	w.indent++
}

func (w *writer) close() {
	w.indent--
	w.line("}")
}

// graphHeader is what the opening statements of the event and actor
// graphs do not share.
type graphHeader struct {
	keyword, id, label string
	sum                graph.Summary
	left               string // what was left out of the drawing, or ""
	graph, node, edge  attrs  // added to the shared defaults
}

// writeHeader opens the graph and writes its default attributes; the
// label says when the graph is summarised and what it leaves out.
func (w *writer) writeHeader(h graphHeader) {
	label := h.label
	if h.sum.Summarised() {
		w.line("// %s", h.sum)
		label += "\n" + h.sum.String()
	}
	if h.left != "" {
		label += "\n" + h.left
	}
	w.open("%s %s", h.keyword, ID(h.id))
	w.stmt("graph", with(h.graph, attrs{
		"fontname": fontname, "fontsize": "12", "label": label, "labelloc": "t",
		"newrank": "true", "rankdir": "LR", "tooltip": label, "id": h.id,
	}))
	w.stmt("node", with(h.node, attrs{
		"fontname": fontname, "fontsize": "10", "shape": "box", "style": "rounded,filled",
		"fillcolor": "#ffffff", "color": "#424242",
	}))
	w.stmt("edge", with(h.edge, attrs{"fontname": fontname, "fontsize": "8"}))
}

// with returns base with extra's attributes added.
func with(extra, base attrs) attrs {
	for k, v := range extra {
		base[k] = v
	}
	return base
}

// stmt writes `what [attrs];`, or `what;` with no attributes.
func (w *writer) stmt(what string, a attrs) {
	if len(a) == 0 {
		w.line("%s;", what)
		return
	}
	w.line("%s [%s];", what, a)
}

func (w *writer) flush(out io.Writer, what string) error {
	if _, err := out.Write(w.buf.Bytes()); err != nil {
		return fmt.Errorf("dot: write %s graph: %w", what, err)
	}
	return nil
}

// number formats f with two decimals, trailing zeros dropped.
func number(f float64) string {
	s := strconv.FormatFloat(f, 'f', 2, 64)
	for s[len(s)-1] == '0' {
		s = s[:len(s)-1]
	}
	if s[len(s)-1] == '.' {
		s = s[:len(s)-1]
	}
	return s
}

// plural returns "1 event", "2 events".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

func byKey[T any](key func(T) string) func(a, b T) int {
	return func(a, b T) int { return cmp.Compare(key(a), key(b)) }
}

// fontname is the font Graphviz sizes every box and label for. Graphviz
// compiled to WebAssembly has no fonts and estimates text width from the
// metrics of the fonts it knows; with Helvetica's, the wider sans-serif a
// browser draws where Helvetica is missing (DejaVu Sans on Linux) ran out
// of the boxes and cut the graph's heading ("…another not show"). DejaVu
// Sans is about as wide as the widest common sans-serif (Verdana), so the
// text fits in whichever one draws it; render.Render names fallbacks.
const fontname = "DejaVu Sans"

// classList joins the non-empty SVG classes with spaces.
func classList(classes ...string) string {
	return strings.Join(slices.DeleteFunc(classes, func(c string) bool { return c == "" }), " ")
}
