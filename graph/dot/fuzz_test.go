package dot_test

import (
	"bytes"
	"context"
	"fmt"
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

// FuzzSpine builds timelines of arbitrary dates, granularities and links
// from the fuzzer's bytes: the event graph must never fail, must parse,
// and must draw every event it keeps exactly once.
func FuzzSpine(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, false)
	f.Add([]byte{255, 0, 255, 0, 17, 17, 17, 3, 200, 100, 50}, true)
	f.Fuzz(func(t *testing.T, b []byte, undated bool) {
		tl := &timeline.Timeline{}
		grains := []timeline.Granularity{timeline.Day, timeline.Week, timeline.Month, timeline.Year, ""}
		for i := 0; i+1 < len(b) && len(tl.Events) < 40; i += 2 {
			e := timeline.Event{ID: fmt.Sprintf("e%d", len(tl.Events)), Summary: "s", Actors: []timeline.Participant{{ID: fmt.Sprintf("a%d", b[i]%3)}}}
			if b[i]%5 != 0 {
				start := timeline.NewDate(2025, 1, 1).AddDays(int(b[i+1]) / 4)
				e.When = &timeline.When{Start: start, End: start.AddDays(int(b[i]%9) - 1), Granularity: grains[int(b[i])%len(grains)]}
			}
			tl.Events = append(tl.Events, e)
			if b[i+1]%3 == 0 && len(tl.Events) > 1 {
				to := fmt.Sprintf("e%d", int(b[i])%len(tl.Events))
				tl.Links = append(tl.Links, timeline.Link{From: e.ID, To: to, Kind: []string{timeline.Causes, timeline.RespondsTo, timeline.Precedes}[b[i]%3]})
			}
		}
		var src bytes.Buffer
		if err := dot.WriteEvents(&src, tl, dot.Options{Undated: undated}); err != nil {
			t.Fatal(err)
		}
		if err := render.Check(context.Background(), src.Bytes()); err != nil {
			t.Fatalf("Graphviz does not read the DOT: %v\n%s", err, src.Bytes())
		}
		for _, e := range tl.Events {
			n := bytes.Count(src.Bytes(), []byte("\t\""+e.ID+"\" ["))
			if keep := undated || e.When != nil; (keep && n != 1) || n > 1 {
				t.Errorf("%s drawn %d times", e.ID, n)
			}
		}
	})
}
