package graph

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/timeline"
)

func TestDropLoose(t *testing.T) {
	tests := []struct {
		name        string
		events      []timeline.Event
		links       []timeline.Link
		want        []string // kept event ids, in input order
		wantDropped int
	}{
		{
			name:   "dated events stay",
			events: []timeline.Event{event("a", "2025-01-01"), event("b", "2025-01-02")},
			want:   []string{"a", "b"},
		},
		{
			name:        "undated without links go",
			events:      []timeline.Event{event("a", "2025-01-01"), event("u", ""), event("v", "")},
			want:        []string{"a"},
			wantDropped: 2,
		},
		{
			name:   "undated with a link stay, on either end",
			events: []timeline.Event{event("a", "2025-01-01"), event("u", ""), event("v", ""), event("w", "")},
			links: []timeline.Link{
				{From: "u", To: "a", Kind: timeline.RespondsTo},
				{From: "a", To: "v", Kind: timeline.Causes},
			},
			want:        []string{"a", "u", "v"},
			wantDropped: 1,
		},
		{
			name:   "two undated events linked to each other stay",
			events: []timeline.Event{event("u", ""), event("v", "")},
			links:  []timeline.Link{{From: "u", To: "v", Kind: timeline.Precedes}},
			want:   []string{"u", "v"},
		},
		{
			name:        "a link to an unknown event ties nothing",
			events:      []timeline.Event{event("u", "")},
			links:       []timeline.Link{{From: "u", To: "ghost", Kind: timeline.Causes}},
			want:        nil,
			wantDropped: 1,
		},
		{
			name:        "a link to itself ties nothing",
			events:      []timeline.Event{event("a", "2025-01-01"), event("u", "")},
			links:       []timeline.Link{{From: "u", To: "u", Kind: timeline.Causes}},
			want:        []string{"a"},
			wantDropped: 1,
		},
		{
			name:   "an empty date counts as none",
			events: []timeline.Event{event("a", "2025-01-01"), {ID: "e", When: &timeline.When{}}},
			want:   []string{"a"}, wantDropped: 1,
		},
		{
			name:   "an id dated once keeps its twin",
			events: []timeline.Event{event("a", ""), event("a", "2025-01-01")},
			want:   []string{"a", "a"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl := &timeline.Timeline{Events: tt.events, Links: tt.links}
			got, dropped := DropLoose(tl)
			if dropped != tt.wantDropped {
				t.Errorf("dropped %d, want %d", dropped, tt.wantDropped)
			}
			var ids []string
			for _, ev := range got.Events {
				ids = append(ids, ev.ID)
			}
			if !slices.Equal(ids, tt.want) {
				t.Errorf("kept %q, want %q", ids, tt.want)
			}
			if dropped == 0 && got != tl {
				t.Errorf("nothing dropped, yet the timeline was copied")
			}
			if len(tl.Events) != len(tt.events) {
				t.Errorf("the input lost events")
			}
		})
	}
}
