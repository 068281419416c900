package svg_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/layout"
	"github.com/storyline/storyline/timeline/svg"
)

func ExampleRender() {
	tl := &timeline.Timeline{
		Documents: []timeline.Document{{ID: "d1", Title: "Kyiv backs a truce", URL: "https://example.com/truce", Published: timeline.NewDate(2025, 3, 12)}},
		Actors:    []timeline.Actor{{ID: "ukraine", Name: "Ukraine", Kind: timeline.Country}},
		Events: []timeline.Event{{
			ID: "e-jeddah", Kind: "agreement", Summary: "Ukraine accepts a 30-day ceasefire",
			When:     &timeline.When{Start: timeline.NewDate(2025, 3, 11), End: timeline.NewDate(2025, 3, 11), Granularity: timeline.Day, Text: "on Tuesday", Value: "2025-03-11", Doc: "d1"},
			Actors:   []timeline.Participant{{ID: "ukraine", Role: timeline.RoleAgent}},
			Mentions: []timeline.Mention{{Doc: "d1", Text: "Kyiv said on Tuesday it would accept a 30-day ceasefire."}},
		}},
	}
	d, err := layout.Layout(tl, layout.Options{Title: "Ceasefire talks"})
	if err != nil {
		fmt.Println(err)
		return
	}
	var out bytes.Buffer
	if err := svg.Render(&out, d, svg.Options{}); err != nil {
		fmt.Println(err)
		return
	}
	for _, line := range strings.Split(out.String(), "\n") {
		if strings.Contains(line, `id="ev-e-jeddah"`) || strings.HasPrefix(line, "<title") {
			fmt.Println(line)
		}
	}
	// Output:
	// <title id="tl-title">Ceasefire talks</title>
	// <a href="https://example.com/truce"><g id="ev-e-jeddah" class="ev lane-0 st-occurred k-agreement"><title>Ukraine accepts a 30-day ceasefire
}
