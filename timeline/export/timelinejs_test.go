package export

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/golden"
)

func timelineJS(t *testing.T, tl *timeline.Timeline) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := TimelineJS(&buf, tl, Options{}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestTimelineJSGolden(t *testing.T) {
	got := timelineJS(t, fixture())
	checkTimelineJS(t, got)
	golden.Assert(t, "testdata/fixture.timelinejs.json", got)
}

// TestTimelineJSDates: each date as precisely as it is known, a range as
// its two ends.
func TestTimelineJSDates(t *testing.T) {
	tests := []struct {
		name       string
		when       *timeline.When
		start, end *tljsDate
	}{
		{"day", when("2025-03-13", "2025-03-13", timeline.Day, ""), &tljsDate{2025, 3, 13}, nil},
		{"day with no end", &timeline.When{Start: day("2025-03-13"), Granularity: timeline.Day}, &tljsDate{2025, 3, 13}, nil},
		{"days", when("2025-03-13", "2025-03-15", timeline.Day, ""), &tljsDate{2025, 3, 13}, &tljsDate{2025, 3, 15}},
		{"reversed", when("2025-03-15", "2025-03-13", timeline.Day, ""), &tljsDate{2025, 3, 13}, &tljsDate{2025, 3, 15}},
		{"week", when("2025-03-10", "2025-03-16", timeline.Week, ""), &tljsDate{2025, 3, 10}, &tljsDate{2025, 3, 16}},
		{"month", when("2025-02-01", "2025-02-28", timeline.Month, ""), &tljsDate{2025, 2, 0}, nil},
		{"early month", when("2025-02-01", "2025-02-10", timeline.Month, ""), &tljsDate{2025, 2, 0}, nil},
		{"months", when("2025-02-01", "2025-04-30", timeline.Month, ""), &tljsDate{2025, 2, 0}, &tljsDate{2025, 4, 0}},
		{"quarter", when("2025-07-01", "2025-09-30", timeline.Quarter, ""), &tljsDate{2025, 7, 0}, &tljsDate{2025, 9, 0}},
		{"season", when("2024-12-01", "2025-02-28", timeline.Season, ""), &tljsDate{2024, 12, 0}, &tljsDate{2025, 2, 0}},
		{"year", when("2026-01-01", "2026-12-31", timeline.Year, ""), &tljsDate{2026, 0, 0}, nil},
		{"years", when("2014-01-01", "2025-03-17", timeline.Year, ""), &tljsDate{2014, 0, 0}, &tljsDate{2025, 0, 0}},
		{"decade", when("1990-01-01", "1999-12-31", timeline.Decade, ""), &tljsDate{1990, 0, 0}, &tljsDate{1999, 0, 0}},
		{"no granularity", when("2025-03-13", "2025-03-14", "", ""), &tljsDate{2025, 3, 13}, &tljsDate{2025, 3, 14}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ev := timeline.Event{ID: "e-1", Summary: "x", When: tc.when}
			s, ok := eventSlide(&ev, newCorpus(&timeline.Timeline{}), "")
			if !ok {
				t.Fatal("dated event left out")
			}
			if !reflect.DeepEqual(s.StartDate, tc.start) || !reflect.DeepEqual(s.EndDate, tc.end) {
				t.Errorf("start %+v end %+v, want %+v %+v", s.StartDate, s.EndDate, tc.start, tc.end)
			}
		})
	}
}

func TestTimelineJSUndated(t *testing.T) {
	tests := []struct {
		name      string
		events    []timeline.Event
		slides    int
		titleSays string
	}{
		{"one undated", fixture().Events, 6, "1 event without a date is not shown"},
		{"two undated", []timeline.Event{{ID: "a"}, {ID: "b", When: &timeline.When{}}}, 0, "2 events without a date are not shown"},
		{"none undated", fixture().Events[:1], 1, ""},
		{"no events", nil, 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tl := fixture()
			tl.Events = tc.events
			title, slides := checkTimelineJS(t, timelineJS(t, tl))
			if len(slides) != tc.slides {
				t.Errorf("%d slides, want %d", len(slides), tc.slides)
			}
			if tc.titleSays != "" && !strings.Contains(title.Text, tc.titleSays) || tc.titleSays == "" && strings.Contains(title.Text, "without a date") {
				t.Errorf("title text %q, want it to say %q", title.Text, tc.titleSays)
			}
		})
	}
}

// TestTimelineJSEscapes: article text that carries markup shows as text.
func TestTimelineJSEscapes(t *testing.T) {
	out := timelineJS(t, fixture())
	if bytes.Contains(out, []byte("<script")) || bytes.Contains(out, []byte("javascript:")) {
		t.Errorf("raw markup or script link in the file:\n%s", out)
	}
	title, slides := checkTimelineJS(t, out) // no element but ours
	all := title.Text
	for _, s := range slides {
		all += s.Headline + s.Text
	}
	for _, want := range []string{
		"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;",
		"&lt;img src=x onerror=alert(1)&gt;",
		"Wire &lt;Service&gt;, 2025-03-14",                     // named, not linked: its URL is a script
		`<a href="https://www.kyivpost.example/riyadh" target`, // linked
	} {
		if !strings.Contains(all, want) {
			t.Errorf("slides do not hold %q", want)
		}
	}
}

// TestTimelineJSGroups: groups are the lanes of the timeline picture.
func TestTimelineJSGroups(t *testing.T) {
	_, slides := checkTimelineJS(t, timelineJS(t, fixture()))
	want := map[string]string{
		"e-day": "Steve Witkoff", "e-week": "Vladimir Putin", "e-month": "Ukraine",
		"e-quarter": "Ukraine", "e-year": "unlisted-actor",
	}
	for _, s := range slides {
		if w, ok := want[s.ID]; ok && s.Group != w {
			t.Errorf("%s: group %q, want %q", s.ID, s.Group, w)
		}
		if s.ID == "e-years" && s.Group != "Others" {
			t.Errorf("event with no actor: group %q, want Others", s.Group)
		}
	}
	noActors := &timeline.Timeline{Events: []timeline.Event{{ID: "e-1", Summary: "x", When: when("2025-01-01", "2025-01-01", timeline.Day, "")}}}
	if _, slides := checkTimelineJS(t, timelineJS(t, noActors)); slides[0].Group != "" {
		t.Errorf("one lane for all: group %q, want none", slides[0].Group)
	}
}

func TestTimelineJSDeterministic(t *testing.T) {
	tl := fixture()
	first := timelineJS(t, tl)
	for range 3 {
		if got := timelineJS(t, tl); !bytes.Equal(got, first) {
			t.Fatal("output differs between runs")
		}
	}
	if !reflect.DeepEqual(tl, fixture()) {
		t.Error("TimelineJS modified the timeline")
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestErrors(t *testing.T) {
	for name, write := range map[string]func(w *bytes.Buffer, tl *timeline.Timeline) error{
		"timelinejs": func(w *bytes.Buffer, tl *timeline.Timeline) error { return TimelineJS(w, tl, Options{}) },
		"csv":        func(w *bytes.Buffer, tl *timeline.Timeline) error { return CSV(w, tl) },
	} {
		if err := write(new(bytes.Buffer), nil); !errors.Is(err, ErrNilTimeline) {
			t.Errorf("%s of nil: %v, want ErrNilTimeline", name, err)
		}
	}
	if err := TimelineJS(failWriter{}, fixture(), Options{}); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("timelinejs to a failing writer: %v", err)
	}
	if err := CSV(failWriter{}, fixture()); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("csv to a failing writer: %v", err)
	}
}

// readEvents reads an events document written by storyline extract.
func readEvents(t *testing.T, path string) *timeline.Timeline {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	tl := new(timeline.Timeline)
	if err := json.Unmarshal(b, tl); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return tl
}

// TestExampleCorpus exports the events document of testdata/articles.
func TestExampleCorpus(t *testing.T) {
	tl := readEvents(t, "../../cmd/storyline/testdata/articles.events.json")
	checkExport(t, tl)
}

// checkExport checks both exports of tl: the TimelineJS file against the
// documented format, one slide per dated event, and a CSV row per event.
func checkExport(t *testing.T, tl *timeline.Timeline) []byte {
	t.Helper()
	out := timelineJS(t, tl)
	_, slides := checkTimelineJS(t, out)
	dated := 0
	for i := range tl.Events {
		if _, _, ok := datedEvent(&tl.Events[i]); ok {
			dated++
		}
	}
	if len(slides) != dated || dated == 0 {
		t.Errorf("%d slides for %d dated events", len(slides), dated)
	}
	rows := readCSV(t, csvOf(t, tl))
	if len(rows) != len(tl.Events)+1 {
		t.Errorf("%d CSV rows for %d events and a header", len(rows), len(tl.Events))
	}
	return out
}

var datedEvent = dated

// TestEventsFile exports the events document named by STORYLINE_EVENTS,
// checks it, and writes the TimelineJS file to STORYLINE_TIMELINEJS when
// set: the seeds' validation (testdata/timelinejs/validate.sh) runs it.
func TestEventsFile(t *testing.T) {
	path := os.Getenv("STORYLINE_EVENTS")
	if path == "" {
		t.Skip("STORYLINE_EVENTS names no events document")
	}
	out := checkExport(t, readEvents(t, path))
	if dst := os.Getenv("STORYLINE_TIMELINEJS"); dst != "" {
		if err := os.WriteFile(dst, out, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestTitleSlide(t *testing.T) {
	tests := []struct {
		name string
		docs []timeline.Document
		want string
	}{
		{"outlets and dates", fixture().Documents, "<p>From Wire &lt;Service&gt;, early.example and kyivpost.example, published 2025-03-13 to 2025-03-17.</p>"},
		{"dates only", []timeline.Document{{ID: "a", Title: "T", Published: day("2025-03-14")}}, "<p>Published 2025-03-14.</p>"},
		{"outlet only", []timeline.Document{{ID: "a", Source: "AP"}}, "<p>From AP.</p>"},
		{"nothing known", []timeline.Document{{ID: "a"}}, "<p>1 event without a date"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tl := fixture()
			tl.Documents = tc.docs
			title, _ := checkTimelineJS(t, timelineJS(t, tl))
			if !strings.HasPrefix(title.Text, tc.want) {
				t.Errorf("title text %q, want it to start %q", title.Text, tc.want)
			}
		})
	}
}
