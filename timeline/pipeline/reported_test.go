package pipeline

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestStampReported: an event is reported on the earliest publication day
// of the documents that tell it; a document without a date gives none.
func TestStampReported(t *testing.T) {
	d := func(s string) timeline.Date { v, _ := timeline.ParseDate(s); return v }
	published := map[string]timeline.Date{"a": d("2025-03-17"), "b": d("2025-03-16")}
	events := []timeline.Event{
		{ID: "both", Mentions: []timeline.Mention{{Doc: "a"}, {Doc: "b"}}},
		{ID: "a", Mentions: []timeline.Mention{{Doc: "a"}}},
		{ID: "undated doc", Mentions: []timeline.Mention{{Doc: "c"}}},
	}
	stampReported(events, published)
	for i, want := range []string{"2025-03-16", "2025-03-17", ""} {
		if got := events[i].Reported; want == "" && !got.IsZero() || want != "" && got.String() != want {
			t.Errorf("%s reported %v, want %q", events[i].ID, got, want)
		}
	}
}
