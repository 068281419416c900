package report

import (
	"fmt"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// BenchmarkWrite writes the report of 10,000 events, each told by three
// documents, with the figures left out (they are the renderers' cost).
func BenchmarkWrite(b *testing.B) {
	tl := sample()
	base := timeline.NewDate(2025, 1, 1)
	for i := range 10000 {
		d := base.AddDays(i % 400)
		tl.Events = append(tl.Events, timeline.Event{
			ID: fmt.Sprintf("e-%05d", i), Kind: "meeting", Summary: "Steve Witkoff met Vladimir Putin in Moscow", Status: timeline.Occurred,
			When:   &timeline.When{Start: d, End: d, Granularity: timeline.Day, Text: "on Thursday", Doc: "a"},
			Actors: []timeline.Participant{{ID: "envoy", Role: timeline.RoleAgent}, {ID: "putin", Role: timeline.RoleParticipant}},
			Mentions: []timeline.Mention{
				{Doc: "a", Text: "Steve Witkoff, the US special envoy, met Vladimir Putin in Moscow on Thursday, officials said."},
				{Doc: "b", Text: "Witkoff, who saw Putin at the end of last week, called the talks constructive."},
				{Doc: "c", Text: "The envoy met the Russian president on Thursday evening for several hours."},
			},
		})
	}
	var n countingWriter
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(&n, tl, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(n.n / int64(b.N))
}

type countingWriter struct{ n int64 }

func (c *countingWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }
