package dot_test

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/graph/dot"
	"github.com/storyline/storyline/timeline"
)

// when returns an interval of the given granularity ("" end for one day).
func when(start, end string, g timeline.Granularity) *timeline.When {
	s, err := timeline.ParseDate(start)
	if err != nil {
		panic(err)
	}
	e := s
	if end != "" {
		if e, err = timeline.ParseDate(end); err != nil {
			panic(err)
		}
	}
	return &timeline.When{Start: s, End: e, Granularity: g}
}

func ev(id string, w *timeline.When, actors ...string) timeline.Event {
	e := timeline.Event{ID: id, Kind: "statement", Summary: "event " + id, When: w, Status: timeline.Occurred}
	for _, a := range actors {
		e.Actors = append(e.Actors, timeline.Participant{ID: a})
	}
	return e
}

var rankRe = regexp.MustCompile(`(?s)\{\n\t\trank=same;\n(.*?)\t\}`)

// ranks returns each rank=same group of src as "spine node: event ids".
func ranks(src string) []string {
	var out []string
	for _, m := range rankRe.FindAllStringSubmatch(src, -1) {
		var ids []string
		for _, l := range strings.Split(strings.TrimSpace(m[1]), "\n") {
			ids = append(ids, strings.Trim(strings.TrimSpace(l), `";`))
		}
		out = append(out, ids[0]+": "+strings.Join(ids[1:], " "))
	}
	return out
}

// spineLabels returns the labels of the date nodes in order.
func spineLabels(src string) []string {
	var out []string
	for _, m := range regexp.MustCompile(`"date:[^"]*" \[id="[^"]*", label="([^"]*)"`).FindAllStringSubmatch(src, -1) {
		out = append(out, m[1])
	}
	return out
}

func TestUndatedEvents(t *testing.T) {
	tl := &timeline.Timeline{
		Events: []timeline.Event{
			ev("a", when("2025-02-12", "", timeline.Day), "x"),
			ev("b", when("2025-02-20", "", timeline.Day), "x"),
			ev("reply", nil),
			ev("loose1", nil, "x"),
			ev("loose2", nil),
			ev("pair1", nil),
			ev("pair2", nil),
		},
		Links: []timeline.Link{
			{From: "reply", To: "a", Kind: timeline.RespondsTo, Confidence: 0.8},
			{From: "pair1", To: "pair2", Kind: timeline.Precedes, Confidence: 0.5},
		},
	}
	tests := []struct {
		name      string
		opts      dot.Options
		wantRanks []string
		wantLabel string // a line the graph label must hold; "" for none
		absent    []string
	}{
		{
			name: "by default loose undated events are left out",
			wantRanks: []string{
				"date:2025-02-12: a",
				"date:2025-02-20: b",
				// reply is tied to a dated event and floats beside it;
				// the undated pair has nothing to stand by.
				"date:undated: pair1 pair2",
			},
			wantLabel: `\n2 undated events without links not shown"`,
			absent:    []string{`"loose1"`, `"loose2"`},
		},
		{
			name: "Undated keeps them all",
			opts: dot.Options{Undated: true},
			wantRanks: []string{
				"date:2025-02-12: a",
				"date:2025-02-20: b",
				"date:undated: loose1 loose2 pair1 pair2",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := string(write(t, dot.WriteEvents, tl, tt.opts))
			mustParse(t, []byte(src))
			if got := ranks(src); !slices.Equal(got, tt.wantRanks) {
				t.Errorf("ranks\n got %q\nwant %q", got, tt.wantRanks)
			}
			if line := lineWith(src, `"reply" [`); !strings.Contains(line, `class="event statement occurred undated", color="#9e9e9e"`) {
				t.Errorf("the linked undated event is missing or not marked undated: %q", line)
			}
			if tt.wantLabel != "" && !strings.Contains(src, tt.wantLabel) {
				t.Errorf("label lacks %s", tt.wantLabel)
			}
			if tt.wantLabel == "" && strings.Contains(src, "not shown") {
				t.Errorf("label says something was left out")
			}
			for _, s := range tt.absent {
				if strings.Contains(src, s) {
					t.Errorf("%s drawn", s)
				}
			}
		})
	}
}

func TestSpineColumns(t *testing.T) {
	day := func(s string) *timeline.When { return when(s, "", timeline.Day) }
	tests := []struct {
		name       string
		events     []timeline.Event
		links      []timeline.Link
		wantRanks  []string
		wantLabels []string
	}{
		{
			name:       "an interval ranks with its first day",
			events:     []timeline.Event{ev("d", day("2025-03-10")), ev("w", when("2025-03-10", "2025-03-16", timeline.Week))},
			wantRanks:  []string{"date:2025-03-10: d w"},
			wantLabels: []string{"10 Mar 2025"},
		},
		{
			name: "consecutive days merge when no arrow joins them",
			// Two events on the 10th set the height; the 11th and 12th
			// fit beside them in one column.
			events: []timeline.Event{
				ev("a", day("2025-03-10")), ev("a2", day("2025-03-10")),
				ev("b", day("2025-03-12")), ev("c", day("2025-03-13")),
			},
			wantRanks:  []string{"date:2025-03-10: a a2", "date:2025-03-12/2025-03-13: b c"},
			wantLabels: []string{"10 Mar 2025", "12–13 Mar 2025"},
		},
		{
			name:       "an arrow keeps consecutive days apart",
			events:     []timeline.Event{ev("a", day("2025-03-12"), "x"), ev("b", day("2025-03-13"), "x")},
			wantRanks:  []string{"date:2025-03-12: a", "date:2025-03-13: b"},
			wantLabels: []string{"12 Mar 2025", "13 Mar 2025"},
		},
		{
			name: "a merge never makes a column taller than the tallest day",
			events: []timeline.Event{
				ev("a", day("2025-03-12")), ev("a2", day("2025-03-12")),
				ev("b", day("2025-03-13")),
			},
			wantRanks:  []string{"date:2025-03-12: a a2", "date:2025-03-13: b"},
			wantLabels: []string{"12 Mar 2025", "13 Mar 2025"},
		},
		{
			name:       "a stated link keeps days apart too",
			events:     []timeline.Event{ev("a", day("2025-03-12")), ev("b", day("2025-03-13"))},
			links:      []timeline.Link{{From: "a", To: "b", Kind: timeline.Causes, Confidence: 0.7}},
			wantRanks:  []string{"date:2025-03-12: a", "date:2025-03-13: b"},
			wantLabels: []string{"12 Mar 2025", "13 Mar 2025"},
		},
		{
			name: "coarse dates read as coarse",
			events: []timeline.Event{
				ev("y", when("2022-01-01", "2022-12-31", timeline.Year)),
				ev("m", when("2022-02-01", "2022-02-28", timeline.Month)),
				ev("w", when("2025-03-10", "2025-03-16", timeline.Week)),
				ev("w2", when("2025-03-10", "2025-03-16", timeline.Week)),
				ev("d", day("2025-12-31")), ev("e", day("2026-01-01")),
			},
			wantRanks:  []string{"date:2022-01-01: y", "date:2022-02-01: m", "date:2025-03-10: w w2", "date:2025-12-31/2026-01-01: d e"},
			wantLabels: []string{"2022", "Feb 2022", "week of 10 Mar 2025", "31 Dec 2025 – 1 Jan 2026"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := string(write(t, dot.WriteEvents, &timeline.Timeline{Events: tt.events, Links: tt.links}, dot.Options{}))
			mustParse(t, []byte(src))
			if got := ranks(src); !slices.Equal(got, tt.wantRanks) {
				t.Errorf("ranks\n got %q\nwant %q", got, tt.wantRanks)
			}
			if got := spineLabels(src); !slices.Equal(got, tt.wantLabels) {
				t.Errorf("spine labels\n got %q\nwant %q", got, tt.wantLabels)
			}
		})
	}
}

func TestEventLabelIsCapped(t *testing.T) {
	long := ev("a", when("2025-03-10", "", timeline.Day))
	long.Summary = strings.Repeat("Officials said the talks would continue ", 10)
	src := string(write(t, dot.WriteEvents, &timeline.Timeline{Events: []timeline.Event{long}}, dot.Options{}))
	m := regexp.MustCompile(`"a" \[.*?label="([^"]*)"`).FindStringSubmatch(src)
	if m == nil {
		t.Fatalf("no label:\n%s", src)
	}
	lines := strings.Split(m[1], `\n`)
	if len(lines) != 4 || lines[3] != "10 Mar 2025" {
		t.Fatalf("label %q: want three lines of summary and the date", m[1])
	}
	for _, l := range lines {
		if n := len([]rune(l)); n > 28 {
			t.Errorf("line %q has %d runes", l, n)
		}
	}
	if !strings.HasSuffix(lines[2], "...") {
		t.Errorf("cut summary does not end in ...: %q", lines[2])
	}
}

// chainOf returns n events a day apart, each caused by the one before.
func chainOf(n int) *timeline.Timeline {
	tl := &timeline.Timeline{}
	start := timeline.NewDate(2025, 1, 1)
	for i := range n {
		d := start.AddDays(i)
		tl.Events = append(tl.Events, ev(fmt.Sprintf("e%03d", i), &timeline.When{Start: d, End: d, Granularity: timeline.Day}))
		if i > 0 {
			tl.Links = append(tl.Links, timeline.Link{From: fmt.Sprintf("e%03d", i-1), To: fmt.Sprintf("e%03d", i), Kind: timeline.Causes, Cue: "after", Confidence: 0.7})
		}
	}
	return tl
}

// TestLargeGraphLayout checks that past dot.LargeEvents events the edge
// labels turn into xlabels, and not before.
func TestLargeGraphLayout(t *testing.T) {
	tests := []struct {
		name    string
		n       int
		wantKey string
	}{
		{"at the limit", dot.LargeEvents, `, label="causes`},
		{"past it", dot.LargeEvents + 1, `, xlabel="causes`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := string(write(t, dot.WriteEvents, chainOf(tt.n), dot.Options{}))
			if line := lineWith(src, `"e000" -> "e001"`); !strings.Contains(line, tt.wantKey) {
				t.Errorf("edge lacks %s: %s", tt.wantKey, line)
			}
		})
	}
}
