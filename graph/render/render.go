package render

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/goccy/go-graphviz"
)

// Format is an output format.
type Format string

// Output formats.
const (
	SVG Format = "svg"
	PNG Format = "png"
)

// ParseFormat reads "svg" or "png".
func ParseFormat(s string) (Format, error) {
	switch f := Format(s); f {
	case SVG, PNG:
		return f, nil
	}
	return "", fmt.Errorf("render: format %q: %w", s, ErrFormat)
}

// MaxDOTNodes is the most nodes Render lays out: past it Graphviz runs for
// minutes and cannot be interrupted.
const MaxDOTNodes = 5000

var (
	// ErrFormat reports an output format other than SVG or PNG.
	ErrFormat = errors.New("unknown output format (want svg or png)")
	// ErrTooLarge reports DOT with more than MaxDOTNodes nodes.
	ErrTooLarge = errors.New("graph too large to lay out")
	// ErrSyntax reports DOT that Graphviz cannot read.
	ErrSyntax = errors.New("DOT does not parse")
)

// mu serialises every use of Graphviz: its WebAssembly module is shared
// by all instances and is not safe for concurrent use.
var mu sync.Mutex

// Render lays out dot with Graphviz's dot engine and writes it to w as
// SVG or PNG. The context is checked before the work starts; once started,
// Graphviz runs to the end.
func Render(ctx context.Context, dot []byte, format Format, w io.Writer) error {
	if _, err := ParseFormat(string(format)); err != nil {
		return err
	}
	gvFormat := graphviz.SVG
	if format == PNG {
		gvFormat = graphviz.Format("json")
	}
	out, err := layout(ctx, dot, gvFormat)
	if err != nil {
		return err
	}
	if format == PNG {
		if out, err = drawPNG(out); err != nil {
			return fmt.Errorf("render: png: %w", err)
		}
	} else {
		out = withFallbackFonts(out)
	}
	if _, err := w.Write(out); err != nil {
		return fmt.Errorf("render: write %s: %w", format, err)
	}
	return nil
}

// fallbackFonts follow the font the graphs are sized for (dot's
// fontname) in the SVG: a reader without it gets a sans-serif of about
// its width, never the browser's default serif.
const fallbackFonts = `font-family="DejaVu Sans,Verdana,Helvetica,Arial,sans-serif"`

// withFallbackFonts names fallbacks after every font-family of DejaVu
// Sans alone, which is how Graphviz writes dot's fontname.
func withFallbackFonts(svg []byte) []byte {
	return bytes.ReplaceAll(svg, []byte(`font-family="DejaVu Sans"`), []byte(fallbackFonts))
}

// Check reports whether Graphviz reads dot, without laying it out.
func Check(ctx context.Context, dot []byte) error {
	_, err := withGraph(ctx, dot, func(*graphviz.Graphviz, *graphviz.Graph) ([]byte, error) { return nil, nil })
	return err
}

// layout parses, lays out and renders dot in Graphviz's format f.
func layout(ctx context.Context, dot []byte, f graphviz.Format) ([]byte, error) {
	return withGraph(ctx, dot, func(gv *graphviz.Graphviz, g *graphviz.Graph) ([]byte, error) {
		n, err := g.NodeNum()
		if err != nil {
			return nil, fmt.Errorf("render: count nodes: %w", err)
		}
		if n > MaxDOTNodes {
			return nil, fmt.Errorf("render: %d nodes, limit %d: %w", n, MaxDOTNodes, ErrTooLarge)
		}
		var buf bytes.Buffer
		if err := gv.Render(ctx, g, f, &buf); err != nil {
			return nil, fmt.Errorf("render: %s: %w", f, err)
		}
		return buf.Bytes(), nil
	})
}

// withGraph runs fn on the parsed dot while holding the Graphviz lock,
// closing the graph and the Graphviz instance whatever happens.
func withGraph(ctx context.Context, dot []byte, fn func(*graphviz.Graphviz, *graphviz.Graph) ([]byte, error)) (out []byte, err error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("render: %w", err)
	}
	mu.Lock()
	defer mu.Unlock()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("render: %w", err)
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("render: graphviz failed: %v", r)
		}
	}()
	gv, err := graphviz.New(ctx)
	if err != nil {
		return nil, fmt.Errorf("render: start graphviz: %w", err)
	}
	defer closeQuietly(gv)
	g, err := graphviz.ParseBytes(dot)
	if err != nil {
		return nil, fmt.Errorf("render: %w: %w", ErrSyntax, err)
	}
	defer closeQuietly(g)
	return fn(gv, g)
}

// closeQuietly frees a Graphviz object. Its error is no signal:
// gvFreeContext returns the number of errors Graphviz has reported since
// the process began, and go-graphviz turns any non-zero result into the
// last message seen, a syntax error or a warning from an earlier call.
func closeQuietly(c interface{ Close() error }) { _ = c.Close() }
