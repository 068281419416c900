package main

import (
	"bytes"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/golden"
)

func TestWriteTimelineMatchesEncoder(t *testing.T) {
	d := timeline.NewDate(2025, 3, 15)
	tests := []struct {
		name string
		tl   *timeline.Timeline
	}{
		{"empty", &timeline.Timeline{Schema: timeline.Schema, Documents: []timeline.Document{}, Actors: []timeline.Actor{}, Events: []timeline.Event{}, Links: []timeline.Link{}}},
		{"nil lists", &timeline.Timeline{Schema: timeline.Schema}},
		{"full", &timeline.Timeline{
			Schema:    timeline.Schema,
			Documents: []timeline.Document{{ID: "a", Path: "a.txt", Published: d, PublishedFrom: timeline.FromFlag}},
			Actors:    []timeline.Actor{{ID: "x", Name: "X & <Y>", Kind: timeline.Person, Aliases: []string{"X"}}},
			Events: []timeline.Event{{ID: "e-1", Kind: "call", Summary: "X called \"Y\"",
				When:     &timeline.When{Start: d, End: d, Value: "2025-03-15", Granularity: timeline.Day, Text: "on Saturday", Doc: "a"},
				Actors:   []timeline.Participant{{ID: "x", Role: timeline.RoleAgent}},
				Mentions: []timeline.Mention{{Doc: "a", Start: 1, End: 9, Text: "X called"}}}},
			Links:       []timeline.Link{{From: "e-1", To: "e-1", Kind: timeline.Causes, Confidence: 0.8}},
			Diagnostics: []timeline.Diagnostic{{Path: "b.txt", Message: "empty"}},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var want, got bytes.Buffer
			if err := writeJSON(&want, tc.tl); err != nil {
				t.Fatal(err)
			}
			if err := writeTimeline(&got, tc.tl); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Errorf("streamed JSON differs from the encoder's:\n%s", golden.Diff(want.Bytes(), got.Bytes()))
			}
		})
	}
}
