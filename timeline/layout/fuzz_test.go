package layout_test

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/layout"
)

// FuzzLayout lays out events documents as read from outside: whatever the
// dates, names and counts, Layout must not panic and its labels must not
// overlap.
func FuzzLayout(f *testing.F) {
	if data, err := os.ReadFile("testdata/ceasefire.json"); err == nil {
		f.Add(data, 1200.0, false)
	}
	f.Add([]byte(`{"events":[{"id":"a","summary":"x","when":{"start":"0001-01-01","end":"9999-12-31","granularity":"century"}}]}`), 400.0, true)
	f.Add([]byte(`{"events":[{"id":"a","when":{"start":"2025-03-01"}},{"id":"a","when":{"start":"2025-03-01","end":"2024-01-01"}}]}`), 0.0, false)
	f.Fuzz(func(t *testing.T, data []byte, width float64, single bool) {
		var tl timeline.Timeline
		if json.Unmarshal(data, &tl) != nil || width > 5000 {
			return
		}
		d, err := layout.Layout(&tl, layout.Options{Width: width, SingleLane: single, ShowLinks: true})
		if err != nil {
			t.Fatal(err)
		}
		checkDiagram(t, d)
	})
}
