package main

import (
	"bytes"
	"context"
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
