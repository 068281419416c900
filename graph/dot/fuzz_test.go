package dot_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/storyline/storyline/graph/dot"
	"github.com/storyline/storyline/graph/render"
	"github.com/storyline/storyline/timeline"
)

// FuzzEscape puts arbitrary text in every place the writers copy text to
// (ids, labels, tooltips, URLs, cues): Graphviz must always read the DOT.
func FuzzEscape(f *testing.F) {
	for _, s := range []string{"", "plain", hostile, `\`, `"`, "\x00", "\xff", "<>", "&amp;", "\\\n\"", "}", "-> x", "/* c", "// c", "\u2028"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, _ := timeline.ParseDate("2025-03-11")
		tl := &timeline.Timeline{
			Documents: []timeline.Document{{ID: s, Title: s, URL: s}},
			Actors:    []timeline.Actor{{ID: s, Name: s, Country: s + "c", Roles: []string{s}}, {ID: s + "c", Name: s, Kind: timeline.Country}},
			Events: []timeline.Event{
				{ID: s, Kind: s, Summary: s, Status: s, When: &timeline.When{Start: d, End: d},
					Actors: []timeline.Participant{{ID: s}, {ID: s + "c"}}, Mentions: []timeline.Mention{{Doc: s, Text: s}}},
				{ID: s + "2", Kind: s, Summary: s, Actors: []timeline.Participant{{ID: s}}, Mentions: []timeline.Mention{{Doc: s, Text: s}}},
			},
			Links: []timeline.Link{{From: s, To: s + "2", Kind: s, Cue: s, Doc: s}},
		}
		for _, w := range []writeFunc{dot.WriteEvents, dot.WriteActors} {
			var b bytes.Buffer
			if err := w(&b, tl, dot.Options{}); err != nil {
				t.Fatal(err)
			}
			if err := render.Check(context.Background(), b.Bytes()); err != nil {
				t.Fatalf("Graphviz does not read the DOT for %q: %v\n%s", s, err, b.Bytes())
			}
		}
	})
}
