package layout_test

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/layout"
)

// dated is an event "id first..last" (or "id day") with a summary.
func dated(id, first, last, summary string) timeline.Event {
	g := timeline.Day
	if last != first {
		g = timeline.Month
	}
	return timeline.Event{ID: id, Kind: "meeting", Summary: summary,
		When: &timeline.When{Start: day(first), End: day(last), Granularity: g}}
}

// TestRangesAroundTheNewsDoNotShapeTheAxis: an event dated only to its
// year or month, around events dated to the day, is drawn as a background
// bar and leaves the axis to the days; a range known only to itself keeps
// its stretch of the axis, and one the axis shows whole stays a bar.
func TestRangesAroundTheNewsDoNotShapeTheAxis(t *testing.T) {
	tests := []struct {
		name   string
		events []timeline.Event
		// the range event, whether it is background, the first day on
		// the axis, and the subtitle's dates
		rangeID    string
		background bool
		axisFrom   string
		dates      string
	}{
		{"election night in its year", []timeline.Event{
			dated("year", "2024-01-01", "2024-12-31", "General election 2024"),
			dated("a", "2024-07-05", "2024-07-05", "Leader conceded defeat"),
			dated("b", "2024-07-05", "2024-07-05", "Leader called the winner"),
		}, "year", true, "2024-07-05", "events · 5 Jul 2024 · 1 event"},
		{"three days in their month", []timeline.Event{
			dated("month", "2020-11-01", "2020-11-30", "Unrest went on"),
			dated("a", "2020-11-20", "2020-11-20", "A shooting"),
			dated("b", "2020-11-22", "2020-11-22", "An arrest"),
		}, "month", true, "2020-11-20", "20 Nov 2020 – 22 Nov 2020"},
		{"a year around months and days", []timeline.Event{
			dated("jan", "2022-01-01", "2022-01-31", "Buyer agreed to buy the firm"),
			dated("apr", "2023-04-01", "2023-04-30", "Regulator blocked the deal"),
			dated("year", "2023-01-01", "2023-12-31", "Chief would step down"),
			dated("oct", "2023-10-13", "2023-10-13", "Regulator cleared the deal"),
		}, "year", true, "2022-01-01", "1 Jan 2022 – 13 Oct 2023"},
		{"a month known only to itself", []timeline.Event{
			dated("month", "2022-01-01", "2022-01-31", "Buyer agreed to buy the firm"),
			dated("a", "2023-10-13", "2023-10-13", "Regulator cleared the deal"),
			dated("b", "2023-10-14", "2023-10-14", "The deal closed"),
		}, "month", false, "2022-01-01", "1 Jan 2022 – 14 Oct 2023"},
		{"a month the axis shows whole", []timeline.Event{
			dated("a", "2025-02-01", "2025-02-01", "Talks began"),
			dated("month", "2025-02-10", "2025-03-11", "Strikes went on"),
			dated("b", "2025-02-20", "2025-02-20", "Envoys met"),
			dated("c", "2025-03-20", "2025-03-20", "A truce began"),
		}, "month", false, "2025-02-01", "1 Feb 2025 – 20 Mar 2025"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := mustLayout(t, &timeline.Timeline{Events: tc.events}, layout.Options{})
			checkDiagram(t, d)
			m := markOf(t, d, tc.rangeID)
			if m.Background != tc.background {
				t.Errorf("range drawn with Background=%v, want %v: %+v", m.Background, tc.background, m)
			}
			if got := d.Axis.Segments[0].From; got != day(tc.axisFrom) {
				t.Errorf("axis starts on %s, want %s: %+v", got, tc.axisFrom, d.Axis.Segments)
			}
			if !strings.Contains(d.Subtitle, tc.dates) {
				t.Errorf("subtitle %q, want the dates %q", d.Subtitle, tc.dates)
			}
			if says := strings.Contains(d.Subtitle, "1 event over a longer period"); says != tc.background {
				t.Errorf("subtitle %q: says the background event %v, want %v", d.Subtitle, says, tc.background)
			}
		})
	}
}

// TestBackgroundLabelSaysItsDates: a background bar cut by the axis says
// its dates unless its label does already.
func TestBackgroundLabelSaysItsDates(t *testing.T) {
	tests := []struct{ summary, want string }{
		{"Protests went on", "Protests went on (November 2020)"},
		{"Protests of November 2020", "Protests of November 2020"},
	}
	for _, tc := range tests {
		d := mustLayout(t, &timeline.Timeline{Events: []timeline.Event{
			dated("month", "2020-11-01", "2020-11-30", tc.summary),
			dated("a", "2020-11-20", "2020-11-20", "A shooting"),
		}}, layout.Options{})
		m := markOf(t, d, "month")
		if m.Label < 0 || d.Labels[m.Label].Text != tc.want {
			t.Errorf("label of %q: %+v, want %q", tc.summary, m, tc.want)
		}
	}
}

// TestLabelsClearThePublicationMarks: the marks of the days sources were
// published stand on the axis (8 px high), under the last lane; no label
// touches one, or the mark reads as part of its text.
func TestLabelsClearThePublicationMarks(t *testing.T) {
	tl := &timeline.Timeline{Documents: []timeline.Document{{ID: "d", Published: day("2018-08-01")}}}
	for i, s := range []string{"A news conference was held there", "The plane took off in a storm", "The plane crashed after takeoff", "The plane departed the airport"} {
		tl.Events = append(tl.Events, dated(string(rune('a'+i)), "2018-07-31", "2018-07-31", s))
	}
	tl.Events = append(tl.Events, dated("y", "2018-07-29", "2018-07-29", "Storms began"),
		dated("z", "2018-08-05", "2018-08-05", "Recorders were found"))
	d := mustLayout(t, tl, layout.Options{})
	checkDiagram(t, d)
	if len(d.Published) == 0 {
		t.Fatal("no publication mark")
	}
	for _, p := range d.Published {
		for _, l := range d.Labels {
			b := l.Box
			if p.X+3.5 > b.X && p.X-3.5 < b.X+b.W && b.Y+b.H+2 > p.Y-8 {
				t.Errorf("label %q (box %+v) touches the publication mark at x=%v, y=%v", l.Text, b, p.X, p.Y)
			}
		}
	}
}
