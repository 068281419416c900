package svg_test

import (
	"bytes"
	"testing"

	"github.com/storyline/storyline/timeline/layout"
	"github.com/storyline/storyline/timeline/svg"
)

// BenchmarkLayoutRender lays out and draws 10,000 events: the whole path
// from a timeline to SVG bytes.
func BenchmarkLayoutRender(b *testing.B) {
	tl := synthetic(10000, 1)
	var out bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		out.Reset()
		d, err := layout.Layout(tl, layout.Options{ShowLinks: true})
		if err != nil {
			b.Fatal(err)
		}
		if err := svg.Render(&out, d, svg.Options{}); err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(out.Len()))
	}
}

func BenchmarkRender(b *testing.B) {
	d, err := layout.Layout(synthetic(10000, 1), layout.Options{ShowLinks: true})
	if err != nil {
		b.Fatal(err)
	}
	var out bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		out.Reset()
		if err := svg.Render(&out, d, svg.Options{}); err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(out.Len()))
	}
}
