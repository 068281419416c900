package export

import (
	"fmt"
	"io"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// bigTimeline repeats the fixture's events until there are n, each on
// its own day and with its own id.
func bigTimeline(n int) *timeline.Timeline {
	tl := fixture()
	base := tl.Events
	tl.Events = make([]timeline.Event, 0, n)
	for i := 0; len(tl.Events) < n; i++ {
		for _, ev := range base {
			ev.ID = fmt.Sprintf("%s-%d", ev.ID, i)
			if ev.When != nil {
				w := *ev.When
				w.Start, w.End = w.Start.AddDays(i), w.End.AddDays(i)
				ev.When = &w
			}
			tl.Events = append(tl.Events, ev)
		}
	}
	return tl
}

// BenchmarkExport writes both exports of 10,000 events; the TimelineJS
// file lays out the timeline picture to find its groups.
func BenchmarkExport(b *testing.B) {
	tl := bigTimeline(10000)
	for _, f := range []struct {
		name  string
		write func(io.Writer, *timeline.Timeline) error
	}{{"timelinejs", func(w io.Writer, tl *timeline.Timeline) error { return TimelineJS(w, tl, Options{}) }}, {"csv", CSV}} {
		b.Run(f.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := f.write(io.Discard, tl); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
