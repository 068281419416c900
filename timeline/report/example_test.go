package report_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/layout"
	"github.com/storyline/storyline/timeline/report"
	"github.com/storyline/storyline/timeline/svg"
)

func ExampleWrite() {
	day := timeline.NewDate(2025, 3, 11)
	tl := &timeline.Timeline{
		Documents: []timeline.Document{{ID: "d1", Title: "Kyiv backs a truce", URL: "https://example.com/truce", Source: "The Ledger", Published: timeline.NewDate(2025, 3, 12)}},
		Actors:    []timeline.Actor{{ID: "ukraine", Name: "Ukraine", Kind: timeline.Country}},
		Events: []timeline.Event{{
			ID: "e-jeddah", Kind: "agreement", Summary: "Ukraine accepts a 30-day ceasefire", Status: timeline.Occurred,
			When:     &timeline.When{Start: day, End: day, Granularity: timeline.Day, Text: "on Tuesday", Value: "2025-03-11", Doc: "d1"},
			Actors:   []timeline.Participant{{ID: "ukraine", Role: timeline.RoleAgent}},
			Mentions: []timeline.Mention{{Doc: "d1", Text: "Kyiv said on Tuesday it would accept a 30-day ceasefire."}},
		}},
	}

	// The caller draws the pictures; the report only places them.
	var picture bytes.Buffer
	d, err := layout.Layout(tl, layout.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := svg.Render(&picture, d, svg.Options{}); err != nil {
		fmt.Println(err)
		return
	}

	var page bytes.Buffer
	err = report.Write(&page, tl, report.Options{
		Title:    "Ceasefire talks",
		Timeline: report.Figure{SVG: picture.Bytes()},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, line := range strings.Split(page.String(), "\n") {
		if strings.HasPrefix(line, "<h1>") || strings.HasPrefix(line, `<p class="lede">`) || strings.HasPrefix(line, "<blockquote>") {
			fmt.Println(line)
		}
	}
	// Output:
	// <h1>Ceasefire talks</h1>
	// <p class="lede">1 document from 1 outlet, published 12 Mar 2025: 1 event, 1 actor and 0 links.</p>
	// <blockquote>Kyiv said <mark class="date">on Tuesday</mark> it would accept a 30-day ceasefire.</blockquote></li>
}
