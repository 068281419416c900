package report

import (
	"testing"
	"time"

	"github.com/storyline/storyline/timeline"
)

func TestFormatRange(t *testing.T) {
	d := timeline.NewDate
	tests := []struct {
		a, b timeline.Date
		want string
	}{
		{d(2025, 3, 10), d(2025, 3, 10), "10 Mar 2025"},
		{d(2025, 3, 10), d(2025, 3, 16), "10–16 Mar 2025"},
		{d(2025, 2, 28), d(2025, 3, 2), "28 Feb – 2 Mar 2025"},
		{d(2025, 3, 1), d(2025, 3, 31), "March 2025"},
		{d(2014, 1, 1), d(2014, 12, 31), "2014"},
		{d(2010, 1, 1), d(2019, 12, 31), "2010–2019"},
		{d(2024, 12, 30), d(2025, 1, 5), "30 Dec 2024 – 5 Jan 2025"},
		{timeline.Date{}, timeline.Date{}, "unknown"},
	}
	for _, tc := range tests {
		if got := timeline.FormatRange(tc.a, tc.b); got != tc.want {
			t.Errorf("timeline.FormatRange(%v, %v) = %q, want %q", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestOutlet(t *testing.T) {
	tests := []struct {
		doc  timeline.Document
		want string
	}{
		{timeline.Document{ID: "x", Source: "The Ledger", URL: "https://a.example.com/"}, "The Ledger"},
		{timeline.Document{ID: "x", Source: "www.meridian.example.com"}, "meridian.example.com"},
		{timeline.Document{ID: "x", URL: "https://www.wire.example.org/b"}, "wire.example.org"},
		{timeline.Document{ID: "x", URL: "not a url"}, ""},
	}
	for _, tc := range tests {
		if got := outlet(&tc.doc); got != tc.want {
			t.Errorf("outlet(%+v) = %q, want %q", tc.doc, got, tc.want)
		}
	}
}

func TestSafeURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://example.com/a?b=c", "https://example.com/a?b=c"},
		{" http://example.com ", "http://example.com"},
		{"javascript:alert(1)", ""},
		{"data:text/html,<script>", ""},
		{"//example.com/a", ""},
		{"/relative", ""},
		{"", ""},
	}
	for _, tc := range tests {
		if got := safeURL(tc.in); got != tc.want {
			t.Errorf("safeURL(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestOneLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  a\n\tb  ", "a b"},
		{"a\x00b\x1bc", "abc"},
		{"", ""},
	}
	for _, tc := range tests {
		if got := oneLine(tc.in); got != tc.want {
			t.Errorf("oneLine(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
func TestPrecision(t *testing.T) {
	day := timeline.NewDate(2025, 3, 17)
	tests := []struct {
		name string
		w    timeline.When
		want string
	}{
		{"a day the text gives", timeline.When{Start: day, End: day, Granularity: timeline.Day, Basis: "text"}, "day"},
		{"a week", timeline.When{Start: day, End: day.AddDays(6), Granularity: timeline.Week}, "week"},
		{"a span with no granularity", timeline.When{Start: day, End: day.AddDays(2)}, "about 3 days"},
		{"carried from the story", timeline.When{Start: day, End: day, Granularity: timeline.Day, Basis: "narrative"}, "day, from the story's time"},
		{"the publication day", timeline.When{Start: day, End: day, Granularity: timeline.Day, Basis: "publication"}, "day, the day of the report"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := precision(&tc.w); got != tc.want {
				t.Errorf("precision = %q, want %q", got, tc.want)
			}
		})
	}
}

// The header's span of the events reads as briefly as the dates are known:
// an event dated only to its year is not "1 Jan 2024 – 31 Dec 2024".
func TestEventSpan(t *testing.T) {
	day := func(y int, m time.Month, dd int) *timeline.When {
		return &timeline.When{Start: timeline.NewDate(y, m, dd), End: timeline.NewDate(y, m, dd), Granularity: timeline.Day}
	}
	year := &timeline.When{Start: timeline.NewDate(2024, 1, 1), End: timeline.NewDate(2024, 12, 31), Granularity: timeline.Year}
	tests := []struct {
		name string
		when []*timeline.When
		want string
	}{
		{"a year and a day in it", []*timeline.When{year, day(2024, 7, 5)}, "2024"},
		{"days of one month", []*timeline.When{day(2023, 9, 8), day(2023, 9, 12)}, "8–12 Sep 2023"},
		{"across years", []*timeline.When{day(2023, 10, 7), day(2025, 1, 19)}, "7 Oct 2023 – 19 Jan 2025"},
		{"one day", []*timeline.When{day(2025, 1, 15)}, "15 Jan 2025"},
		{"the last has no end", []*timeline.When{day(2025, 1, 15), {Start: timeline.NewDate(2025, 1, 18)}}, "15–18 Jan 2025"},
		{"nothing dated", []*timeline.When{nil}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var events []timeline.Event
			for _, w := range tt.when {
				events = append(events, timeline.Event{When: w})
			}
			if got := eventSpan(events); got != tt.want {
				t.Errorf("eventSpan = %q, want %q", got, tt.want)
			}
		})
	}
}
