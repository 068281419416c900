package layout_test

import (
	"cmp"
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/layout"
)

func mustLayout(t testing.TB, tl *timeline.Timeline, opt layout.Options) *layout.Diagram {
	t.Helper()
	d, err := layout.Layout(tl, opt)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func markOf(t *testing.T, d *layout.Diagram, eventID string) layout.Mark {
	t.Helper()
	for _, m := range d.Marks {
		if m.EventID == eventID {
			return m
		}
	}
	t.Fatalf("no mark for event %s", eventID)
	return layout.Mark{}
}

func laneNames(d *layout.Diagram) []string {
	var names []string
	for _, l := range d.Lanes {
		names = append(names, l.Name)
	}
	return names
}

func TestFixture(t *testing.T) {
	d := mustLayout(t, loadFixture(t), layout.Options{})
	checkDiagram(t, d)
	if got, want := len(d.Marks), 14; got != want {
		t.Errorf("marks = %d, want %d", got, want)
	}
	if d.Undated != 1 {
		t.Errorf("undated = %d, want 1", d.Undated)
	}
	if d.Unlabelled != 0 {
		t.Errorf("unlabelled = %d, want every event labelled at the default width", d.Unlabelled)
	}
	// Putin takes part in six events, Trump in four; Rubio's talks and
	// the analysts' note need a lane more than Zelensky's Oval Office
	// meeting, which Trump's lane already holds.
	want := []string{"Vladimir Putin", "Donald Trump", "Ukraine", "Russia", "United States", "Marco Rubio", "Others"}
	if got := laneNames(d); !slices.Equal(got, want) {
		t.Errorf("lanes = %q, want %q", got, want)
	}
	if d.Width != layout.DefaultWidth || d.Height <= d.Axis.Y {
		t.Errorf("size %vx%v, axis at %v", d.Width, d.Height, d.Axis.Y)
	}
	for i, a := range d.Marks {
		for _, b := range d.Marks[i+1:] {
			if a.Lane == b.Lane && a.Y == b.Y && a.X-a.R < b.X2+b.R && b.X-b.R < a.X2+a.R {
				t.Errorf("marks %s and %s overlap in lane %d", a.ID, b.ID, a.Lane)
			}
		}
	}
	if !strings.Contains(d.Subtitle, "14 events") || !strings.Contains(d.Subtitle, "1 undated event not shown") {
		t.Errorf("subtitle %q", d.Subtitle)
	}
}

func TestAxisBreaks(t *testing.T) {
	tests := []struct {
		name   string
		dates  []string
		breaks int
	}{
		{"dense weeks", []string{"2025-02-12", "2025-02-18", "2025-03-03", "2025-03-18"}, 0},
		{"three-week lull", []string{"2025-02-01", "2025-02-03", "2025-02-14", "2025-03-01", "2025-03-20"}, 0},
		{"month-long lull", []string{"2025-01-01", "2025-01-02", "2025-01-03", "2025-01-04", "2025-01-05", "2025-01-06", "2025-03-01", "2025-03-02", "2025-03-03", "2025-03-05"}, 1},
		{"two dates", []string{"2023-01-10", "2024-12-20"}, 0},
		{"yearly series", []string{"1900-01-01", "1910-01-01", "1920-01-01", "1930-01-01", "1940-01-01", "1950-01-01", "1960-01-01", "1970-01-01", "1980-01-01", "1990-01-01"}, 0},
		{"monthly all year", []string{"2024-01-15", "2024-02-15", "2024-03-15", "2024-04-15", "2024-05-15", "2024-06-15", "2024-07-15", "2024-08-15", "2024-09-15", "2024-10-15", "2024-11-15", "2024-12-15"}, 0},
		{"background year", []string{"2014-03-18", "2025-02-12", "2025-03-18"}, 1},
		{"two background years", []string{"2014-03-18", "2019-06-28", "2025-02-12", "2025-03-18"}, 2},
		{"january and july", []string{"2024-01-05", "2024-01-20", "2024-07-01", "2024-07-09"}, 1},
		{"one event", []string{"2025-03-11"}, 0},
		{"twenty years", []string{"1990-01-01", "1992-01-01", "1994-01-01", "1996-01-01", "1998-01-01", "2000-01-01", "2002-01-01", "2004-01-01", "2006-01-01", "2008-01-01", "2010-01-01"}, 0},
		{"news weeks after sparse years", []string{"1987-06-01", "2019-06-01", "2023-06-01", "2025-10-14", "2025-11-02",
			"2026-03-01", "2026-03-02", "2026-03-04", "2026-03-05", "2026-03-09", "2026-03-12", "2026-03-16", "2026-03-20"}, 4},
		{"more stretches than segments", []string{"1900-01-01", "1915-01-01", "1930-01-01", "1945-01-01", "1960-01-01", "1975-01-01", "1990-01-01", "2005-01-01",
			"2025-01-01", "2025-01-02", "2025-01-03", "2025-01-04", "2025-01-05", "2025-01-06", "2025-01-07", "2025-01-08", "2025-01-09", "2025-01-10"}, 7},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tl := &timeline.Timeline{}
			for i, s := range tc.dates {
				tl.Events = append(tl.Events, timeline.Event{ID: string(rune('a' + i)), Summary: s,
					When: &timeline.When{Start: day(s), End: day(s), Granularity: timeline.Day}})
			}
			d := mustLayout(t, tl, layout.Options{})
			checkDiagram(t, d)
			if got := len(d.Axis.Breaks); got != tc.breaks {
				t.Errorf("breaks = %d, want %d: %+v", got, tc.breaks, d.Axis.Segments)
			}
			if len(d.Axis.Segments) != tc.breaks+1 {
				t.Errorf("segments = %d, want %d", len(d.Axis.Segments), tc.breaks+1)
			}
		})
	}
}

func TestAxisBreaksGiveRoomToDenseWeeks(t *testing.T) {
	d := mustLayout(t, loadFixture(t), layout.Options{})
	segs := d.Axis.Segments
	if len(segs) != 3 || len(d.Axis.Breaks) != 2 {
		t.Fatalf("segments %+v, breaks %+v: want 2014 | 2019 | 2025", segs, d.Axis.Breaks)
	}
	years := []int{segs[0].From.Year, segs[1].From.Year, segs[2].From.Year}
	if !slices.Equal(years, []int{2014, 2019, 2025}) {
		t.Errorf("segment years %v", years)
	}
	dense := segs[2].X1 - segs[2].X0
	if dense < 0.6*d.Plot.W {
		t.Errorf("2025 segment is %.0f px of a %.0f px plot; the dense weeks should get most of it", dense, d.Plot.W)
	}
	br := d.Axis.Breaks[0]
	if br.From != day("2015-01-01") || br.To != day("2019-06-27") || br.Label != "4 years" {
		t.Errorf("first break %+v", br)
	}
	if !strings.Contains(d.Desc, "skips 1 Jan 2015 to 27 Jun 2019") {
		t.Errorf("desc %q does not mention the break", d.Desc)
	}
}

func TestTicks(t *testing.T) {
	tests := []struct {
		name      string
		from, to  string
		width     float64
		unit      layout.Unit
		wantLabel []string
	}{
		{"two weeks wide", "2025-03-03", "2025-03-16", 1200, layout.Days, []string{"3 Mar", "4 Mar", "16 Mar", "2025"}},
		{"ten weeks", "2025-02-01", "2025-04-10", 1200, layout.Weeks, []string{"3 Feb", "10 Feb", "7 Apr", "2025"}},
		{"two years", "2023-01-10", "2024-12-20", 1200, layout.Months, []string{"Feb", "Dec", "2023", "2024"}},
		{"two years narrow", "2023-01-10", "2024-12-20", 500, layout.Quarters, []string{"Apr", "Jul", "2024"}},
		{"ten years", "2010-06-01", "2020-06-01", 1200, layout.Years, []string{"2011", "2015", "2020"}},
		{"forty years", "1980-06-01", "2020-06-01", 1200, layout.FiveYears, []string{"1985", "2000", "2020"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tl := evenlySpread(day(tc.from), day(tc.to), 15)
			d := mustLayout(t, tl, layout.Options{Width: tc.width})
			if len(d.Axis.Segments) != 1 {
				t.Fatalf("segments %+v", d.Axis.Segments)
			}
			if got := d.Axis.Segments[0].Unit; got != tc.unit {
				t.Errorf("unit = %v, want %v", got, tc.unit)
			}
			var labels []string
			for i, tk := range d.Axis.Ticks {
				labels = append(labels, tk.Label)
				if i > 0 && tk.Level == d.Axis.Ticks[i-1].Level && tk.X <= d.Axis.Ticks[i-1].X {
					t.Errorf("ticks out of order at %q", tk.Label)
				}
			}
			for _, w := range tc.wantLabel {
				if !slices.Contains(labels, w) {
					t.Errorf("tick labels %q lack %q", labels, w)
				}
			}
		})
	}
}

// evenlySpread returns a timeline of n one-day events from first to last.
func evenlySpread(first, last timeline.Date, n int) *timeline.Timeline {
	tl := &timeline.Timeline{}
	span := first.DaysUntil(last)
	for i := range n {
		d := first.AddDays(span * i / (n - 1))
		tl.Events = append(tl.Events, timeline.Event{ID: d.String(), When: &timeline.When{Start: d, End: d}})
	}
	return tl
}

func TestChooseUnit(t *testing.T) {
	tests := []struct {
		days, width float64
		want        layout.Unit
	}{
		{14, 1000, layout.Days},
		{30, 1000, layout.Weeks},
		{70, 1000, layout.Weeks},
		{200, 1000, layout.Months},
		{400, 1000, layout.Months},
		{700, 500, layout.Quarters},
		{3000, 1000, layout.Years},
		{3000, 200, layout.FiveYears},
		{20000, 600, layout.FiveYears},
		{20000, 300, layout.Decades},
		{400000, 800, layout.Centuries},
		{0, 1000, layout.Days},
	}
	for _, tc := range tests {
		t.Run(tc.want.String(), func(t *testing.T) {
			if got := layout.ChooseUnit(tc.days, tc.width, 10); got != tc.want {
				t.Errorf("ChooseUnit(%v days, %v px) = %v, want %v", tc.days, tc.width, got, tc.want)
			}
		})
	}
}

func TestLanes(t *testing.T) {
	tl := loadFixture(t)
	tests := []struct {
		name  string
		opt   layout.Options
		lanes []string
		in    map[string]string // event id → lane name
	}{
		{"default", layout.Options{}, nil, map[string]string{
			"e-witkoff-moscow": "Vladimir Putin", // Witkoff has no lane; Putin took part
			"e-oval-row":       "Donald Trump",   // Zelensky has no lane; Trump took part
			"e-riyadh":         "Marco Rubio",
			"e-analysts":       "Others",
			"e-crimea":         "Russia",
		}},
		{"two lanes", layout.Options{Lanes: 2}, []string{"Vladimir Putin", "Donald Trump", "Others"}, map[string]string{
			"e-oval-row": "Donald Trump",
			"e-jeddah":   "Others",
		}},
		{"single lane", layout.Options{SingleLane: true}, []string{"Events"}, map[string]string{"e-crimea": "Events"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := mustLayout(t, tl, tc.opt)
			checkDiagram(t, d)
			if tc.lanes != nil && !slices.Equal(laneNames(d), tc.lanes) {
				t.Errorf("lanes = %q, want %q", laneNames(d), tc.lanes)
			}
			for ev, lane := range tc.in {
				if got := d.Lanes[markOf(t, d, ev).Lane].Name; got != lane {
					t.Errorf("%s in lane %q, want %q", ev, got, lane)
				}
			}
		})
	}
}

func TestGhosts(t *testing.T) {
	d := mustLayout(t, loadFixture(t), layout.Options{})
	g20 := markOf(t, d, "e-g20-osaka")
	putin := slices.IndexFunc(d.Lanes, func(l layout.Lane) bool { return l.Actor == "vladimir-putin" })
	found := slices.ContainsFunc(d.Ghosts, func(g layout.Ghost) bool {
		return d.Marks[g.Mark].ID == g20.ID && g.Lane == putin && g.X == g20.X
	})
	if !found {
		t.Errorf("no ghost of the G20 meeting in Putin's lane: %+v", d.Ghosts)
	}
	if d := mustLayout(t, loadFixture(t), layout.Options{SingleLane: true}); len(d.Ghosts) != 0 {
		t.Errorf("single lane has %d ghosts", len(d.Ghosts))
	}
}

func TestFilters(t *testing.T) {
	tl := loadFixture(t)
	tests := []struct {
		name   string
		opt    layout.Options
		events []string
	}{
		{"window", layout.Options{From: day("2025-03-12"), To: day("2025-03-14")},
			[]string{"e-witkoff-moscow", "e-putin-conditions", "e-russia-rejects"}},
		{"open end", layout.Options{From: day("2025-03-18")},
			[]string{"e-call-mar18", "e-energy-pause", "e-peacekeepers"}},
		{"actor by name", layout.Options{Actors: []string{"  steve WITKOFF "}}, []string{"e-witkoff-moscow"}},
		{"actor by id", layout.Options{Actors: []string{"sergei-lavrov"}}, []string{"e-riyadh"}},
		{"actor and window", layout.Options{Actors: []string{"Donald Trump"}, To: day("2020-01-01")}, []string{"e-g20-osaka"}},
		{"nobody", layout.Options{Actors: []string{"nobody"}}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := mustLayout(t, tl, tc.opt)
			checkDiagram(t, d)
			var got []string
			for _, m := range d.Marks {
				got = append(got, m.EventID)
			}
			slices.Sort(got)
			want := slices.Sorted(slices.Values(tc.events))
			if !slices.Equal(got, want) {
				t.Errorf("events = %q, want %q", got, want)
			}
		})
	}
}

func TestWindowClipsRanges(t *testing.T) {
	d := mustLayout(t, loadFixture(t), layout.Options{From: day("2025-03-12"), To: day("2025-03-13")})
	seg := d.Axis.Segments[0]
	if seg.From != day("2025-03-12") || seg.To != day("2025-03-13") {
		t.Errorf("segment %s..%s, want the window 2025-03-12..13", seg.From, seg.To)
	}
	if m := markOf(t, d, "e-witkoff-moscow"); m.Shape != layout.Bar || m.X < seg.X0 || m.X2 > seg.X1 {
		t.Errorf("week range not clipped to the window: %+v in %+v", m, seg)
	}
}

func TestStatusStyles(t *testing.T) {
	d := mustLayout(t, loadFixture(t), layout.Options{})
	tests := []struct {
		event                  string
		shape                  layout.Shape
		hollow, crossed, vague bool
		class                  string
	}{
		{"e-jeddah", layout.Point, false, false, false, "st-occurred k-agreement"},
		{"e-call-mar18", layout.Point, true, false, false, "st-expected"},
		{"e-energy-pause", layout.Point, true, false, false, "st-planned"},
		{"e-aid-pause", layout.Point, false, false, false, "st-reported"},
		{"e-russia-rejects", layout.Point, false, true, false, "st-denied"},
		{"e-peacekeepers", layout.Bar, false, false, true, "st-hypothetical k-other range vague"},
		{"e-witkoff-moscow", layout.Bar, false, false, true, "range vague"},
		{"e-crimea", layout.Bar, false, false, true, "range vague"},
	}
	for _, tc := range tests {
		t.Run(tc.event, func(t *testing.T) {
			m := markOf(t, d, tc.event)
			if m.Shape != tc.shape || m.Hollow != tc.hollow || m.Crossed != tc.crossed || m.Vague != tc.vague {
				t.Errorf("mark %+v: want shape %v hollow %v crossed %v vague %v", m, tc.shape, tc.hollow, tc.crossed, tc.vague)
			}
			if !strings.Contains(m.Class, tc.class) {
				t.Errorf("class %q lacks %q", m.Class, tc.class)
			}
		})
	}
	var symbols []string
	for _, e := range d.Legend {
		symbols = append(symbols, e.Symbol)
	}
	want := []string{"occurred", "expected", "reported", "denied", "hypothetical", "vague", "ghost", "published", "break"}
	if !slices.Equal(symbols, want) {
		t.Errorf("legend %q, want %q", symbols, want)
	}
}

func TestTooltipsAndLinks(t *testing.T) {
	d := mustLayout(t, loadFixture(t), layout.Options{ShowLinks: true})
	jeddah := markOf(t, d, "e-jeddah")
	for _, want := range []string{
		"Ukraine accepts a US proposal for a 30-day ceasefire in Jeddah\n",
		"Date: 11 Mar 2025 (“on Tuesday” = 2025-03-11)",
		"Status: occurred · agreement",
		"Actors: Ukraine (agent), United States (participant)",
		"Sources (2 articles):\n• Kyiv backs a 30-day truce after talks in Jeddah (12 Mar 2025)\n   “Kyiv said on Tuesday",
	} {
		if !strings.Contains(jeddah.Tooltip, want) {
			t.Errorf("tooltip lacks %q:\n%s", want, jeddah.Tooltip)
		}
	}
	if jeddah.URL != "https://news.example.com/world/2025/03/12/jeddah" {
		t.Errorf("url %q", jeddah.URL)
	}
	week := markOf(t, d, "e-witkoff-moscow")
	for _, want := range []string{
		"Date: 10–16 Mar 2025 (week; “last week” = 2025-W11)",
		"Where: Moscow",
		"The sources disagree on the date:\n• Washington's message to Kyiv: don't count on the land (17 Mar 2025): 10–16 Mar 2025 (“last week”)\n" +
			"• Kyiv backs a 30-day truce after talks in Jeddah (12 Mar 2025): 13 Mar 2025 (“on Thursday”)",
	} {
		if !strings.Contains(week.Tooltip, want) {
			t.Errorf("week tooltip lacks %q:\n%s", want, week.Tooltip)
		}
	}
	if m := markOf(t, d, "e-analysts"); m.URL != "" {
		t.Errorf("javascript: URL kept as %q", m.URL)
	}
	if len(d.Links) != 4 {
		t.Fatalf("links = %d, want 4", len(d.Links))
	}
	for _, a := range d.Links {
		if !strings.HasPrefix(a.Class, "link link-") || a.From == a.To || a.Tooltip == "" {
			t.Errorf("arrow %+v", a)
		}
	}
	if len(d.Published) != 4 || d.Published[3].Count != 2 || d.Published[3].URL != "" {
		t.Errorf("publication marks %+v: want 4 days, two articles on 17 Mar and no single link", d.Published)
	}
}

func TestLabelsNeverOverlap(t *testing.T) {
	fixture := loadFixture(t)
	tests := []struct {
		name string
		tl   *timeline.Timeline
		opt  layout.Options
	}{
		{"fixture narrow", fixture, layout.Options{Width: 400}},
		{"fixture wide", fixture, layout.Options{Width: 2400, ShowLinks: true}},
		{"fixture single", fixture, layout.Options{SingleLane: true, Width: 700}},
		{"dense 500", synthetic(500, 1), layout.Options{}},
		{"dense 500 single", synthetic(500, 2), layout.Options{SingleLane: true}},
		{"dense 500 narrow", synthetic(500, 3), layout.Options{Width: 500, Lanes: 3, LabelRows: 20}},
		{"dense 500 wide labels", synthetic(500, 4), layout.Options{MaxLabelWidth: 600, FontSize: 16}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := mustLayout(t, tc.tl, tc.opt)
			checkDiagram(t, d)
			if len(d.Labels) == 0 {
				t.Error("no label placed")
			}
			if len(d.Labels)+d.Unlabelled != len(d.Marks) {
				t.Errorf("%d labels + %d unlabelled != %d marks", len(d.Labels), d.Unlabelled, len(d.Marks))
			}
		})
	}
}

func TestMaxLabels(t *testing.T) {
	d := mustLayout(t, loadFixture(t), layout.Options{MaxLabels: 3})
	var got []string
	for _, l := range d.Labels {
		got = append(got, d.Marks[l.Mark].EventID)
	}
	slices.Sort(got)
	// the three events told by two sources each
	want := []string{"e-call-feb12", "e-jeddah", "e-oval-row"}
	if !slices.Equal(got, want) {
		t.Errorf("labelled %q, want the most told %q", got, want)
	}
	if d.Unlabelled != 11 {
		t.Errorf("unlabelled = %d, want 11", d.Unlabelled)
	}
}

func TestLabelsAreCut(t *testing.T) {
	tl := &timeline.Timeline{Events: []timeline.Event{{ID: "a",
		Summary: "A very long summary\nthat goes on and on about talks, ceasefires, envoys, energy infrastructure and more",
		When:    &timeline.When{Start: day("2025-03-01"), End: day("2025-03-01")}}}}
	d := mustLayout(t, tl, layout.Options{MaxLabelWidth: 150})
	if len(d.Labels) != 1 {
		t.Fatal("no label")
	}
	l := d.Labels[0]
	if !strings.HasSuffix(l.Text, "…") || strings.Contains(l.Text, "\n") || l.Box.W > 150+4 {
		t.Errorf("label %q, box %+v: want one line cut to 150 px with an ellipsis", l.Text, l.Box)
	}
}

func TestDeterministic(t *testing.T) {
	tl := synthetic(300, 9)
	a := mustLayout(t, tl, layout.Options{ShowLinks: true})
	b := mustLayout(t, tl, layout.Options{ShowLinks: true})
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two layouts of the same timeline differ")
	}
	shuffled := *tl
	shuffled.Events = slices.Clone(tl.Events)
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(shuffled.Events), func(i, j int) {
		shuffled.Events[i], shuffled.Events[j] = shuffled.Events[j], shuffled.Events[i]
	})
	if c := mustLayout(t, &shuffled, layout.Options{ShowLinks: true}); !reflect.DeepEqual(a, c) {
		t.Error("the order of the events changes the layout")
	}
}

func TestErrors(t *testing.T) {
	if _, err := layout.Layout(nil, layout.Options{}); !errors.Is(err, layout.ErrNilTimeline) {
		t.Errorf("nil timeline: %v", err)
	}
	_, err := layout.Layout(&timeline.Timeline{}, layout.Options{From: day("2025-03-02"), To: day("2025-03-01")})
	if err == nil || !strings.Contains(err.Error(), "2025-03-02..2025-03-01") {
		t.Errorf("from after to: %v", err)
	}
}

func TestEmpty(t *testing.T) {
	tests := []struct {
		name string
		tl   *timeline.Timeline
		opt  layout.Options
	}{
		{"no events", &timeline.Timeline{}, layout.Options{}},
		{"only undated", &timeline.Timeline{Events: []timeline.Event{{ID: "a", Summary: "x"}}}, layout.Options{}},
		{"single lane", &timeline.Timeline{}, layout.Options{SingleLane: true}},
		{"window misses", loadFixture(t), layout.Options{From: day("2030-01-01")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := mustLayout(t, tc.tl, tc.opt)
			checkDiagram(t, d)
			if len(d.Marks) != 0 || d.Subtitle != "No dated events to show" || d.Height <= 0 {
				t.Errorf("marks %d, subtitle %q, height %v", len(d.Marks), d.Subtitle, d.Height)
			}
		})
	}
}

func TestOddDates(t *testing.T) {
	tl := &timeline.Timeline{Events: []timeline.Event{
		{ID: "reversed", Summary: "end before start", When: &timeline.When{Start: day("2025-03-10"), End: day("2025-03-01")}},
		{ID: "no-end", Summary: "no end", When: &timeline.When{Start: day("2025-03-05")}},
		{ID: "ancient", Summary: "very old", When: &timeline.When{Start: day("0044-03-15"), End: day("0044-03-15")}},
		{ID: "same id", Summary: "dup 1", When: &timeline.When{Start: day("2025-03-05")}},
		{ID: "same id", Summary: "dup 2", When: &timeline.When{Start: day("2025-03-05")}},
		{ID: "", Summary: "", When: &timeline.When{Start: day("2025-03-06")}},
	}}
	d := mustLayout(t, tl, layout.Options{})
	checkDiagram(t, d)
	if len(d.Marks) != 6 {
		t.Errorf("marks = %d, want 6", len(d.Marks))
	}
	if len(d.Labels)+d.Unlabelled != len(d.Marks) {
		t.Errorf("%d labels + %d unlabelled != %d marks", len(d.Labels), d.Unlabelled, len(d.Marks))
	}
	if m := markOf(t, d, "reversed"); m.Shape != layout.Bar || m.X2 <= m.X {
		t.Errorf("reversed range %+v", m)
	}
}

func TestLaneIDsAreUnique(t *testing.T) {
	tl := &timeline.Timeline{Actors: []timeline.Actor{{ID: "others", Name: "Others", Mentions: 5}}}
	for i, a := range []string{"others", "b", "c", "d"} {
		tl.Events = append(tl.Events, timeline.Event{ID: a, Actors: []timeline.Participant{{ID: a, Role: timeline.RoleAgent}},
			When: &timeline.When{Start: timeline.NewDate(2025, 3, 1+i)}})
	}
	d := mustLayout(t, tl, layout.Options{Lanes: 2})
	checkDiagram(t, d)
	var ids []string
	for _, l := range d.Lanes {
		ids = append(ids, l.ID)
	}
	if want := []string{"lane-others-2", "lane-b", "lane-others"}; !slices.Equal(ids, want) {
		t.Errorf("lane ids %q, want %q", ids, want)
	}
	if !d.Lanes[2].Others || d.Lanes[0].Others {
		t.Error("the shared lane is not the one marked Others")
	}
}

func TestNoActorsIsOneLane(t *testing.T) {
	d := mustLayout(t, evenlySpread(day("2025-03-01"), day("2025-03-20"), 5), layout.Options{})
	if got := laneNames(d); !slices.Equal(got, []string{"Events"}) || d.Lanes[0].Others {
		t.Errorf("lanes %q: events without actors should share one plain lane", got)
	}
}

// story returns events told in late February and March 2025, with the
// actors given, each event as kind:actor[:participant], told by one source
// unless the kind is repeated with a "+" per extra source.
func story(actors []timeline.Actor, events ...string) *timeline.Timeline {
	tl := &timeline.Timeline{Schema: timeline.Schema, Actors: actors}
	for i, spec := range events {
		parts := strings.Split(spec, ":")
		kind := strings.TrimRight(parts[0], "+")
		ev := timeline.Event{ID: fmt.Sprintf("e%02d", i), Kind: kind, Summary: spec,
			When: &timeline.When{Start: day("2025-02-20").AddDays(i), End: day("2025-02-20").AddDays(i)}}
		for range len(parts[0]) - len(kind) + 1 {
			ev.Mentions = append(ev.Mentions, timeline.Mention{Doc: "d"})
		}
		for j, a := range parts[1:] {
			role := timeline.RoleAgent
			if j > 0 {
				role = timeline.RoleParticipant
			}
			ev.Actors = append(ev.Actors, timeline.Participant{ID: a, Role: role})
		}
		tl.Events = append(tl.Events, ev)
	}
	return tl
}

func TestBackgroundEvents(t *testing.T) {
	tl := story(nil, "meeting:a", "call:a", "statement:b", "meeting:b")
	tl.Events = append(tl.Events, timeline.Event{ID: "since", Kind: "attack", Summary: "Occupation goes on",
		Actors: []timeline.Participant{{ID: "a", Role: timeline.RoleAgent}},
		When:   &timeline.When{Start: day("2014-01-01"), End: day("2025-02-26"), Granularity: timeline.Year}})
	d := mustLayout(t, tl, layout.Options{})
	checkDiagram(t, d)
	bg := markOf(t, d, "since")
	if !bg.Background || bg.R >= 3 || !strings.Contains(bg.Class, "background") {
		t.Errorf("an event lasting eleven years is drawn %+v, want a thin background bar", bg)
	}
	for _, m := range d.Marks {
		if m.Lane == bg.Lane && m.ID != bg.ID && m.Y-m.R < bg.Y+bg.R {
			t.Errorf("mark %s at y=%v reaches into the background bar at y=%v", m.ID, m.Y, bg.Y)
		}
	}
	if bg.Label < 0 || !strings.HasSuffix(d.Labels[bg.Label].Text, "(2014–2025)") {
		t.Errorf("background label should say its years: %+v", bg)
	}
	if len(d.Axis.Segments) != 1 || d.Axis.Segments[0].From.Year != 2025 {
		t.Errorf("axis %+v: the background must not stretch the axis back to 2014", d.Axis.Segments)
	}
	if bg.X != d.Plot.X {
		t.Errorf("background bar starts at %v, want the plot's left edge %v", bg.X, d.Plot.X)
	}
}

func TestLabelPriority(t *testing.T) {
	tl := story(nil, "statement+++:a", "announcement++:a", "meeting:a", "statement:a", "dismissal:a")
	tests := []struct {
		max  int
		want []string
	}{
		{1, []string{"e02"}},                      // the earliest action, though the statement is told thrice
		{2, []string{"e02", "e04"}},               // both actions
		{3, []string{"e01", "e02", "e04"}},        // then the announcement
		{4, []string{"e00", "e01", "e02", "e04"}}, // then the most told statement
	}
	for _, tc := range tests {
		t.Run(strconv.Itoa(tc.max), func(t *testing.T) {
			d := mustLayout(t, tl, layout.Options{MaxLabels: tc.max})
			var got []string
			for _, l := range d.Labels {
				got = append(got, d.Marks[l.Mark].EventID)
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.want) {
				t.Errorf("labelled %q, want %q", got, tc.want)
			}
		})
	}
	d := mustLayout(t, tl, layout.Options{})
	for _, m := range d.Marks {
		if m.Label < 0 {
			t.Fatalf("mark %s has no label", m.ID)
		}
		statement := strings.HasPrefix(d.Labels[m.Label].Text, "statement")
		if m.Minor != statement || statement && (m.R >= 5 || !strings.Contains(d.Labels[m.Label].Class, "minor")) {
			t.Errorf("mark %s minor=%v r=%v label class %q: statements, and only they, are drawn small and faint",
				m.ID, m.Minor, m.R, d.Labels[m.Label].Class)
		}
	}
}

func TestLanesBySide(t *testing.T) {
	actors := []timeline.Actor{
		{ID: "norland", Name: "Norland", Kind: timeline.Country},
		{ID: "sudland", Name: "Sudland", Kind: timeline.Country},
		{ID: "berg", Name: "Berg", Kind: timeline.Person, Country: "norland"},
		{ID: "holm", Name: "Holm", Kind: timeline.Person, Country: "sudland"},
		{ID: "dahl", Name: "Dahl", Kind: timeline.Person, Country: "sudland"},
		{ID: "vik", Name: "Vik", Kind: timeline.Person, Country: "sudland"},
		{ID: "norland-officials", Name: "Norland officials", Kind: timeline.Group, Country: "norland"},
		{ID: "ostburg", Name: "Ostburg", Kind: timeline.Place, Country: "sudland"},
	}
	tl := story(actors,
		"meeting:berg:holm", "call:berg:holm", "statement:berg", "meeting:berg:ostburg",
		"statement:holm", "demand:holm",
		"statement:dahl", "warning:vik", "statement:norland-officials", "attack:sudland:ostburg")
	d := mustLayout(t, tl, layout.Options{Lanes: 3})
	checkDiagram(t, d)
	if want := []string{"Berg", "Holm", "Sudland", "Others"}; !slices.Equal(laneNames(d), want) {
		t.Errorf("lanes = %q, want %q: the people first, their side's ministers under its country", laneNames(d), want)
	}
	for _, want := range []string{"Sudland (country): 3 events, also of Dahl, Vik",
		"Others: 1 event of actors without a lane of their own: Norland officials"} {
		if !slices.ContainsFunc(d.Lanes, func(l layout.Lane) bool { return l.Tooltip == want }) {
			t.Errorf("no lane tooltip %q", want)
		}
	}
	for ev, lane := range map[string]string{"e06": "Sudland", "e07": "Sudland", "e09": "Sudland", "e08": "Others", "e03": "Berg"} {
		if got := d.Lanes[markOf(t, d, ev).Lane].Name; got != lane {
			t.Errorf("%s in lane %q, want %q", ev, got, lane)
		}
	}
}

func TestTooltipGroupsSentencesBySource(t *testing.T) {
	tl := story(nil, "meeting:a")
	tl.Documents = []timeline.Document{{ID: "d1", Title: "Envoys meet", Published: day("2025-02-21")}}
	tl.Events[0].Mentions = []timeline.Mention{
		{Doc: "d1", Text: "The envoys met."}, {Doc: "d2", Text: "They met, a second paper said."},
		{Doc: "d1", Text: "The meeting lasted four hours."}, {Doc: "d1", Text: "The envoys met."},
	}
	d := mustLayout(t, tl, layout.Options{})
	want := "Sources (2 articles):\n• Envoys meet (21 Feb 2025)\n   “The envoys met.”\n   “The meeting lasted four hours.”\n" +
		"• d2\n   “They met, a second paper said.”"
	if got := d.Marks[0].Tooltip; !strings.HasSuffix(got, want) {
		t.Errorf("tooltip:\n%s\nwant it to end with:\n%s", got, want)
	}
}

func TestStackedMarksLabelInOrder(t *testing.T) {
	tl := story(nil, "meeting:a", "call:a", "statement:a", "demand:a")
	for i := range tl.Events {
		tl.Events[i].When = &timeline.When{Start: day("2025-03-10"), End: day("2025-03-10")}
	}
	other := story(nil, "meeting:a").Events[0]
	other.ID = "another-day"
	tl.Events = append(tl.Events, other)
	d := mustLayout(t, tl, layout.Options{})
	checkDiagram(t, d)
	marks := slices.Clone(d.Marks)
	slices.SortFunc(marks, func(a, b layout.Mark) int { return cmp.Compare(a.Y, b.Y) })
	prev := -1.0
	for _, m := range marks {
		if m.Label < 0 {
			t.Fatalf("mark %s has no label", m.ID)
		}
		if m.X != marks[0].X {
			continue
		}
		if y := d.Labels[m.Label].Box.Y; y <= prev {
			t.Errorf("mark %s at y=%v has its label at y=%v, above the label of the mark above it", m.ID, m.Y, y)
		} else {
			prev = y
		}
	}
}

func TestLabelsLeaveOutTheLaneActor(t *testing.T) {
	actors := []timeline.Actor{{ID: "berg", Name: "Anna Berg", Aliases: []string{"Berg"}, Kind: timeline.Person}}
	tl := story(actors, "meeting:berg", "call:berg", "statement:berg", "visit:berg", "meeting:berg", "visit:holm:berg")
	for i, s := range []string{"Anna Berg met Holm", "Berg called Dahl", "Berg Industries said little", "Holm met Anna Berg",
		"Berg and Holm met", "Berg officials went"} {
		tl.Events[i].Summary = s
	}
	want := map[string]string{"e00": "Met Holm", "e01": "Called Dahl", "e02": "Berg Industries said little",
		"e03": "Holm met Anna Berg", "e04": "Berg and Holm met",
		"e05": "Berg officials went"} // in Berg's lane, but led by Holm
	for _, opt := range []layout.Options{{Lanes: 1}, {SingleLane: true}} {
		d := mustLayout(t, tl, opt)
		if len(d.Labels) != len(tl.Events) {
			t.Fatalf("%d labels for %d events", len(d.Labels), len(tl.Events))
		}
		for _, l := range d.Labels {
			id := d.Marks[l.Mark].EventID
			w := want[id]
			if opt.SingleLane {
				w = tl.Events[id[2]-'0'].Summary // the single lane names nobody
			}
			if l.Text != w {
				t.Errorf("single=%v: label of %s = %q, want %q", opt.SingleLane, id, l.Text, w)
			}
		}
	}
}
