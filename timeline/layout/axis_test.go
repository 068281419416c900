package layout_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/layout"
)

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
