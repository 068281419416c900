package render_test

import (
	"bytes"
	"context"
	"fmt"

	"github.com/storyline/storyline/graph/render"
	"github.com/storyline/storyline/timeline"
)

func ExampleRender() {
	var svg bytes.Buffer
	err := render.Render(context.Background(), []byte(`digraph { rankdir=LR; "Riyadh talks" -> "Jeddah ceasefire" }`), render.SVG, &svg)
	if err != nil {
		panic(err)
	}
	fmt.Println(bytes.Contains(svg.Bytes(), []byte("<svg")), bytes.Contains(svg.Bytes(), []byte("Jeddah ceasefire")))
	// Output: true true
}

func ExampleEvents() {
	d := timeline.NewDate(2025, 3, 11)
	tl := &timeline.Timeline{Events: []timeline.Event{{
		ID: "jeddah", Kind: "agreement", Summary: "Ukraine accepted a 30-day ceasefire",
		When: &timeline.When{Start: d, End: d, Granularity: timeline.Day},
	}}}
	var png bytes.Buffer
	if err := render.Events(context.Background(), &png, tl, render.PNG, render.Options{}); err != nil {
		panic(err)
	}
	fmt.Printf("%q\n", png.Bytes()[1:4])
	// Output: "PNG"
}
