package main

import (
	"bytes"
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/layout"
	"github.com/storyline/storyline/timeline/report"
)

// The report shows the actor graph only when it has something to draw: a
// story whose actors each act alone got an empty frame titled "0 actors".
func TestReportLeavesOutAnEmptyActorGraph(t *testing.T) {
	day := &timeline.When{Start: timeline.Date{Year: 2025, Month: 3, Day: 1}, Granularity: timeline.Day}
	event := func(id string, actors ...string) timeline.Event {
		e := timeline.Event{ID: id, Summary: "Something happened " + id, Kind: "other", Status: timeline.Occurred, When: day}
		for _, a := range actors {
			e.Actors = append(e.Actors, timeline.Participant{ID: a})
		}
		return e
	}
	tests := []struct {
		name   string
		events []timeline.Event
		want   bool
	}{
		{"each acts alone", []timeline.Event{event("e1", "a"), event("e2", "b")}, false},
		{"nobody named", []timeline.Event{event("e1")}, false},
		{"two share an event", []timeline.Event{event("e1", "a", "b")}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl := &timeline.Timeline{
				Documents: []timeline.Document{{ID: "d1", Title: "A report"}},
				Actors: []timeline.Actor{
					{ID: "a", Name: "Alpha", Kind: timeline.Person},
					{ID: "b", Name: "Beta", Kind: timeline.Person},
				},
				Events: tt.events,
			}
			var buf bytes.Buffer
			if err := writeReportWith(context.Background(), &buf, tl, report.Options{}, nil, layout.Options{}); err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(buf.String(), `id="actor-graph"`); got != tt.want {
				t.Errorf("actor graph shown: %v, want %v", got, tt.want)
			}
		})
	}
}

// A graph too wide to read at the page's width is summarised in the
// report to its most told nodes; a story's graph that fits is drawn whole.
func TestReportFitsWideGraphsToThePage(t *testing.T) {
	story := func(n int) *timeline.Timeline {
		tl := &timeline.Timeline{Documents: []timeline.Document{{ID: "d1", Title: "A report"}}}
		for i := range n {
			day := timeline.NewDate(2025, 1, 1).AddDays(i)
			tl.Events = append(tl.Events, timeline.Event{ID: fmt.Sprintf("e%03d", i), Summary: fmt.Sprintf("Talks were held in round %d", i),
				Kind: "meeting", Status: timeline.Occurred, When: &timeline.When{Start: day, End: day, Granularity: timeline.Day},
				Mentions: []timeline.Mention{{Doc: "d1"}}})
		}
		return tl
	}
	tests := []struct {
		events int
		want   string
	}{
		{5, "5 events from 1 document"},
		{80, "of 80 events"},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		if err := writeReportWith(context.Background(), &buf, story(tt.events), report.Options{}, nil, layout.Options{}); err != nil {
			t.Fatal(err)
		}
		page := buf.String()
		if !strings.Contains(page, tt.want) {
			t.Errorf("%d events: the event graph does not say %q", tt.events, tt.want)
		}
		for _, m := range svgSize.FindAllStringSubmatch(page, -1) {
			if w, _ := strconv.ParseFloat(m[1], 64); w > maxFigureWidth {
				t.Errorf("%d events: a graph %s pt wide in the report", tt.events, m[1])
			}
		}
	}
}
