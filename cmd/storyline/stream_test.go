package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
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
	many := &timeline.Timeline{Schema: timeline.Schema}
	for i := range 2*batchSize + 7 { // several batches, the last one short
		many.Events = append(many.Events, timeline.Event{ID: fmt.Sprintf("e-%d", i), Summary: strings.Repeat("x", i%13)})
	}
	tests = append(tests, struct {
		name string
		tl   *timeline.Timeline
	}{"several batches", many})
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

// BenchmarkWriteTimeline encodes an events document of 50,000 events.
func BenchmarkWriteTimeline(b *testing.B) {
	d := timeline.NewDate(2025, 3, 15)
	tl := &timeline.Timeline{Schema: timeline.Schema}
	for i := range 50000 {
		tl.Events = append(tl.Events, timeline.Event{ID: fmt.Sprintf("e-%07d", i), Kind: "meeting", Summary: "Steve Witkoff met Vladimir Putin in Moscow",
			When:     &timeline.When{Start: d, End: d.AddDays(1), Value: "2025-W11", Granularity: timeline.Week, Text: "at the end of last week", Doc: "a"},
			Status:   timeline.Occurred,
			Actors:   []timeline.Participant{{ID: "steve-witkoff", Role: timeline.RoleAgent}, {ID: "vladimir-putin", Role: timeline.RoleParticipant}},
			Places:   []string{"Moscow"},
			Mentions: []timeline.Mention{{Doc: "a", Start: 100, End: 220, Text: "Steve Witkoff, the US special envoy, who met Putin in Moscow at the end of last week, said so."}}})
	}
	var n countingWriter
	b.ReportAllocs()
	for b.Loop() {
		if err := writeTimeline(&n, tl); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(n.n / int64(b.N))
}

type countingWriter struct{ n int64 }

func (c *countingWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }

// appendIndent indents compact JSON as json.Indent does, whatever the
// strings hold: quotes, backslashes, brackets and commas in them are text.
func TestAppendIndentMatchesIndent(t *testing.T) {
	for _, src := range []string{
		`{}`, `[]`, `""`, `0`, `null`, "\"x\"\n",
		`{"a":[],"b":{},"c":[{}],"d":[[]]}`,
		`{"a":1,"b":[1,2,{"c":null}],"d":true}`,
		`{"q":"say \"hi\", {not} [this]: ok","bs":"C:\\dir\\","end":"\\"}`,
		`["a,b","c:d","\u003c\u2028é","\\\"",""]`,
		`[{"x":{"y":{"z":[1,[2,[3]]]}}},-1.5e-7]` + "\n",
	} {
		var want bytes.Buffer
		if err := json.Indent(&want, []byte(src), "    ", "  "); err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		if got := appendIndent([]byte("head"), []byte(src), "    ", "  "); string(got) != "head"+want.String() {
			t.Errorf("appendIndent(%s) =\n%s\nwant\n%s", src, got[4:], want.Bytes())
		}
	}
}
