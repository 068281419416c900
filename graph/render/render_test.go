package render_test

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"image/color"
	"image/png"
	"io"
	"os"
	"sync"
	"testing"

	"github.com/storyline/storyline/graph/dot"
	"github.com/storyline/storyline/graph/render"
	"github.com/storyline/storyline/timeline"
)

func loadFixture(t testing.TB) *timeline.Timeline {
	t.Helper()
	b, err := os.ReadFile("../testdata/ceasefire.json")
	if err != nil {
		t.Fatal(err)
	}
	var tl timeline.Timeline
	if err := json.Unmarshal(b, &tl); err != nil {
		t.Fatalf("../testdata/ceasefire.json: %v", err)
	}
	return &tl
}

// checkXML fails unless b is well-formed XML.
func checkXML(t *testing.T, b []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = true
	for {
		_, err := d.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v", err)
		}
	}
}

func TestFixture(t *testing.T) {
	tl := loadFixture(t)
	draws := map[string]func(context.Context, io.Writer, *timeline.Timeline, render.Format, render.Options) error{
		"events": render.Events,
		"actors": render.Actors,
	}
	for _, kind := range []string{"actors", "events"} {
		for _, f := range []render.Format{render.SVG, render.PNG} {
			t.Run(kind+"."+string(f), func(t *testing.T) {
				var b bytes.Buffer
				if err := draws[kind](context.Background(), &b, tl, f, render.Options{}); err != nil {
					t.Fatal(err)
				}
				if out := os.Getenv("STORYLINE_GRAPH_OUT"); out != "" {
					if err := os.WriteFile(out+"/"+kind+"."+string(f), b.Bytes(), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				switch f {
				case render.SVG:
					checkXML(t, b.Bytes())
				case render.PNG:
					checkPNG(t, b.Bytes(), kind)
				}
			})
		}
	}
}

func TestSizeGuard(t *testing.T) {
	tl := synthetic(60)
	tests := []struct {
		name string
		draw func(context.Context, io.Writer, *timeline.Timeline, render.Format, render.Options) error
		opts render.Options
		want string
	}{
		{"events", render.Events, render.Options{MaxNodes: 20}, "summarised: 20 of 60 events"},
		{"actors", render.Actors, render.Options{MaxNodes: 10}, "summarised: 10 of 30 actors"},
		{"events fit", render.Events, render.Options{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.draw(context.Background(), &b, tl, render.SVG, tt.opts); err != nil {
				t.Fatal(err)
			}
			checkXML(t, b.Bytes())
			if got := bytes.Contains(b.Bytes(), []byte("summarised")); got != (tt.want != "") {
				t.Fatalf("SVG says summarised: %v, want %v", got, tt.want != "")
			}
			if tt.want != "" && !bytes.Contains(b.Bytes(), []byte(tt.want)) {
				t.Errorf("SVG does not say %q", tt.want)
			}
		})
	}
}

func TestDOTOptions(t *testing.T) {
	tests := []struct {
		name string
		in   int
		want int
	}{
		{"default", 0, render.DefaultMaxNodes},
		{"no limit", -1, 0},
		{"own", 50, 50},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := (render.Options{MaxNodes: tt.in}).DOTOptions().MaxNodes; got != tt.want {
				t.Errorf("MaxNodes %d gives dot MaxNodes %d, want %d", tt.in, got, tt.want)
			}
			for _, undated := range []bool{false, true} {
				if got := (render.Options{MaxNodes: tt.in, Undated: undated}).DOTOptions().Undated; got != undated {
					t.Errorf("Undated %v gives dot Undated %v", undated, got)
				}
			}
		})
	}
}

func TestRenderErrors(t *testing.T) {
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	var huge bytes.Buffer
	huge.WriteString("digraph {")
	for i := range render.MaxDOTNodes + 1 {
		fmt.Fprintf(&huge, "n%d;", i)
	}
	huge.WriteString("}")
	tests := []struct {
		name   string
		ctx    context.Context
		dot    string
		format render.Format
		want   error
	}{
		{"unknown format", context.Background(), "digraph { a }", "gif", render.ErrFormat},
		{"syntax error", context.Background(), "digraph { a -> ; }", render.SVG, render.ErrSyntax},
		{"cancelled", cancelled, "digraph { a }", render.SVG, context.Canceled},
		{"too many nodes", context.Background(), huge.String(), render.SVG, render.ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			err := render.Render(tt.ctx, []byte(tt.dot), tt.format, &b)
			if !errors.Is(err, tt.want) {
				t.Fatalf("error %v, want %v", err, tt.want)
			}
			if b.Len() != 0 {
				t.Errorf("wrote %d bytes on error", b.Len())
			}
		})
	}
	// Graphviz must still work after each failure.
	if err := render.Render(context.Background(), []byte("digraph { a -> b }"), render.SVG, io.Discard); err != nil {
		t.Fatalf("render after errors: %v", err)
	}
}

// TestConcurrent renders from several goroutines at once: the mutex must
// keep Graphviz whole (run with -race) and every output must be the same.
func TestConcurrent(t *testing.T) {
	tl := loadFixture(t)
	const n = 4
	outs := make([][]byte, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			var b bytes.Buffer
			errs[i] = render.Events(context.Background(), &b, tl, render.SVG, render.Options{})
			outs[i] = b.Bytes()
		})
	}
	wg.Wait()
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("goroutine %d: %v", i, errs[i])
		}
		if !bytes.Equal(outs[i], outs[0]) {
			t.Errorf("goroutine %d drew other bytes", i)
		}
	}
}

func TestParseFormat(t *testing.T) {
	tests := []struct {
		in   string
		want render.Format
		err  bool
	}{
		{"svg", render.SVG, false},
		{"png", render.PNG, false},
		{"dot", "", true},
		{"", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := render.ParseFormat(tt.in)
			if got != tt.want || (err != nil) != tt.err {
				t.Errorf("ParseFormat(%q) = %q, %v", tt.in, got, err)
			}
		})
	}
}

// inkColours are colours each fixture drawing must show: stroked edges
// and outlines, not only fills and text.
var inkColours = map[string][]color.RGBA{
	"events": {{0xc6, 0x28, 0x28, 0xff}, {0x15, 0x65, 0xc0, 0xff}, {0x2e, 0x7d, 0x32, 0xff}},
	"actors": {{0x61, 0x61, 0x61, 0xff}, {0xbd, 0xbd, 0xbd, 0xff}},
}

// checkPNG decodes a PNG and counts the pixels of each ink colour.
func checkPNG(t *testing.T, b []byte, kind string) {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("PNG does not decode: %v", err)
	}
	r := img.Bounds()
	if r.Dx() < 200 || r.Dy() < 100 {
		t.Fatalf("PNG is only %dx%d", r.Dx(), r.Dy())
	}
	for _, want := range inkColours[kind] {
		n := 0
		for y := r.Min.Y; y < r.Max.Y; y++ {
			for x := r.Min.X; x < r.Max.X; x++ {
				if near(img.At(x, y), want) {
					n++
				}
			}
		}
		if n < 30 {
			t.Errorf("%d pixels of %v, want a drawn line of it", n, want)
		}
	}
}

func near(c color.Color, want color.RGBA) bool {
	r, g, b, _ := c.RGBA()
	d := func(a uint32, w uint8) int { return int(a>>8) - int(w) }
	abs := func(v int) int { return max(v, -v) }
	return abs(d(r, want.R))+abs(d(g, want.G))+abs(d(b, want.B)) < 24
}

// TestLargeGraphKeepsEdgeLabels draws an event graph past dot.LargeEvents,
// whose edge labels are xlabels: Graphviz must still draw every one.
func TestLargeGraphKeepsEdgeLabels(t *testing.T) {
	tl := synthetic(dot.LargeEvents + 20)
	var b bytes.Buffer
	if err := render.Events(context.Background(), &b, tl, render.SVG, render.Options{}); err != nil {
		t.Fatal(err)
	}
	checkXML(t, b.Bytes())
	// Every link of synthetic is a cause with the cue "after".
	if got, want := bytes.Count(b.Bytes(), []byte(">causes</text>")), len(tl.Links); got != want {
		t.Errorf("SVG draws %d link labels, want %d", got, want)
	}
}
