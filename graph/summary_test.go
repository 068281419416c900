package graph

import (
	"fmt"
	"slices"
	"testing"

	"github.com/storyline/storyline/timeline"
)

func TestSummarize(t *testing.T) {
	tl := loadFixture(t)
	tests := []struct {
		name     string
		max      int
		wantKept int
		want     []string // events that must be kept
	}{
		{"fits", 11, 11, nil},
		{"no limit", 0, 11, nil},
		// The best-sourced event (two documents, earliest) is the 12 Feb
		// call; its neighbour is the Macron meeting.
		{"one seed and its neighbour", 2, 2, []string{"e-0212-call", "e-0224-macron"}},
		{"five", 5, 5, []string{"e-0212-call", "e-0224-macron", "e-0218-riyadh"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub, sum, err := Summarize(tl, tt.max)
			if err != nil {
				t.Fatal(err)
			}
			if sum.Kept != tt.wantKept || sum.Total != 11 || len(sub.Events) != tt.wantKept {
				t.Fatalf("kept %d (%d events) of %d, want %d of 11", sum.Kept, len(sub.Events), sum.Total, tt.wantKept)
			}
			if sum.Summarised() != (tt.wantKept < 11) {
				t.Errorf("Summarised() = %v", sum.Summarised())
			}
			kept := make(map[string]bool)
			for _, ev := range sub.Events {
				kept[ev.ID] = true
			}
			for _, id := range tt.want {
				if !kept[id] {
					t.Errorf("%s left out", id)
				}
			}
			for _, l := range sub.Links {
				if !kept[l.From] || !kept[l.To] {
					t.Errorf("link %s -> %s names a dropped event", l.From, l.To)
				}
			}
			for _, ev := range sub.Events {
				for _, p := range ev.Actors {
					if !slices.ContainsFunc(sub.Actors, func(a timeline.Actor) bool { return a.ID == p.ID }) {
						t.Errorf("actor %s of %s dropped", p.ID, ev.ID)
					}
				}
			}
		})
	}
	if got, want := (Summary{Kept: 300, Total: 1000, Noun: "events"}).String(), "summarised: 300 of 1000 events"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

func TestSources(t *testing.T) {
	ev := &timeline.Event{Mentions: []timeline.Mention{{Doc: "b"}, {Doc: "a"}, {Doc: "b"}}}
	if got := Sources(ev); got != 2 {
		t.Errorf("Sources = %d, want 2", got)
	}
}

// chain returns n events a day apart sharing one actor.
func chain(n int) *timeline.Timeline {
	tl := &timeline.Timeline{}
	start := timeline.NewDate(2025, 1, 1)
	for i := range n {
		d := start.AddDays(i / 2)
		tl.Events = append(tl.Events, timeline.Event{
			ID:     fmt.Sprintf("e%05d", i),
			When:   &timeline.When{Start: d, End: d},
			Actors: []timeline.Participant{{ID: fmt.Sprintf("a%d", i%7)}, {ID: fmt.Sprintf("a%d", i%5)}},
		})
		if i%3 == 2 {
			tl.Links = append(tl.Links, timeline.Link{From: fmt.Sprintf("e%05d", i-2), To: fmt.Sprintf("e%05d", i), Kind: timeline.Causes, Confidence: 0.5})
		}
	}
	return tl
}

func BenchmarkEvents(b *testing.B) {
	for _, n := range []int{50, 200, 1000} {
		tl := chain(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				g, err := Events(tl)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := TopoSort(g); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
