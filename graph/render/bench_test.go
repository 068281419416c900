package render_test

import (
	"bytes"
	"context"
	"fmt"
	"testing"

	"github.com/storyline/storyline/graph/dot"
	"github.com/storyline/storyline/graph/render"
)

// BenchmarkEventsDOT measures writing the event graph as DOT.
func BenchmarkEventsDOT(b *testing.B) {
	for _, n := range []int{50, 200, 1000} {
		tl := synthetic(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			var buf bytes.Buffer
			for b.Loop() {
				buf.Reset()
				if err := dot.WriteEvents(&buf, tl, dot.Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(int64(buf.Len()))
		})
	}
}

// BenchmarkEventsSVG measures DOT plus SVG through Graphviz, with the
// default size guard (1,000 events are summarised to 300).
func BenchmarkEventsSVG(b *testing.B) {
	benchmarkEvents(b, render.SVG, render.Options{}, 50, 200, 1000)
}

// BenchmarkEventsSVGUnguarded lays out every event: what the guard saves.
func BenchmarkEventsSVGUnguarded(b *testing.B) {
	benchmarkEvents(b, render.SVG, render.Options{MaxNodes: -1}, 1000)
}

// BenchmarkEventsPNG measures DOT plus PNG with the default guard.
func BenchmarkEventsPNG(b *testing.B) {
	benchmarkEvents(b, render.PNG, render.Options{}, 50, 200)
}

func benchmarkEvents(b *testing.B, f render.Format, opts render.Options, sizes ...int) {
	for _, n := range sizes {
		tl := synthetic(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			var buf bytes.Buffer
			for b.Loop() {
				buf.Reset()
				if err := render.Events(context.Background(), &buf, tl, f, opts); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(int64(buf.Len()))
		})
	}
}
