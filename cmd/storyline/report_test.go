package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/golden"
)

const articles = "../../testdata/articles"

// reportOf runs storyline report with args and returns the page.
func reportOf(t *testing.T, args ...string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "report.html")
	code, _, stderr := runCLI(t, "", append([]string{"report", "-o", out}, args...)...)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestReportOfArticles(t *testing.T) {
	page := reportOf(t, articles)
	_, out, _ := runCLI(t, "", "extract", articles)
	var all timeline.Timeline
	if err := json.Unmarshal([]byte(out), &all); err != nil {
		t.Fatal(err)
	}
	salient := all.Salient(timeline.DefaultMinSalience, timeline.DefaultMinConfidence)
	if len(salient.Events) < 50 || len(salient.Events) == len(all.Events) {
		t.Fatalf("%d salient events of %d in the example corpus", len(salient.Events), len(all.Events))
	}
	shown := map[string]bool{}
	for _, ev := range salient.Events {
		shown[ev.ID] = true
	}
	for _, ev := range all.Events {
		// The report keeps the salient events, as the pictures do.
		if has := strings.Contains(page, `<tr id="`+ev.ID+`"`); has != shown[ev.ID] {
			t.Errorf("event %s (salience %.2f): table row %v", ev.ID, ev.Salience, has)
		}
	}
	for _, want := range []string{`<figure id="timeline">`, `<figure id="event-graph">`, `<figure id="actor-graph">`,
		`<svg xmlns="http://www.w3.org/2000/svg" width="1200"`, `<mark class="date">`} {
		if !strings.Contains(page, want) {
			t.Errorf("report does not contain %q", want)
		}
	}
	// A salient event whose sources give it different dates shows them
	// (timeline/report's TestWriteShows holds what the note says).
	disputed := slices.ContainsFunc(salient.Events, func(e timeline.Event) bool { return len(e.Dates) > 0 })
	if has := strings.Contains(page, "Sources disagree on the date"); has != disputed {
		t.Errorf("report notes disagreeing dates: %v, want %v", has, disputed)
	}
}

// TestReportIDsAreUnique checks that the three inline pictures and the
// tables do not give two elements one id, which would send links and
// labels to the wrong place.
func TestReportIDsAreUnique(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(reportOf(t, articles)))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		for _, a := range n.Attr {
			if a.Key == "id" {
				if seen[a.Val] {
					t.Errorf("id %q is used twice", a.Val)
				}
				seen[a.Val] = true
			}
		}
		for c := range n.ChildNodes() {
			visit(c)
		}
	}
	visit(doc)
}

func TestReportFromEventsDocumentMatches(t *testing.T) {
	events := filepath.Join(t.TempDir(), "events.json")
	_, stdout, _ := runCLI(t, "", "extract", articles)
	if err := os.WriteFile(events, []byte(stdout), 0o644); err != nil {
		t.Fatal(err)
	}
	fromArticles, fromJSON := reportOf(t, articles), reportOf(t, events)
	if fromArticles != fromJSON {
		t.Errorf("the report of events.json differs from that of the articles:\n%s", golden.Diff([]byte(fromArticles), []byte(fromJSON)))
	}
}

func TestBuildFormats(t *testing.T) {
	all := []string{"events.json", "events.dot", "events.svg", "actors.dot", "actors.svg", "timeline.svg", "report.html", "timeline.json", "events.csv"}
	tests := []struct {
		name   string
		format []string
		want   []string
	}{
		{"default writes everything", nil, all},
		{"html only", []string{"--format", "html"}, []string{"events.json", "report.html"}},
		{"dot and svg", []string{"--format", "dot, svg"}, []string{"events.json", "events.dot", "events.svg", "actors.dot", "actors.svg", "timeline.svg"}},
		{"exports", []string{"--format", "timelinejs,csv"}, []string{"events.json", "timeline.json", "events.csv"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			code, _, stderr := runCLI(t, "", append([]string{"build", articles, "-o", dir}, tc.format...)...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			entries, err := os.ReadDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range entries {
				got = append(got, e.Name())
			}
			slices.Sort(got)
			want := slices.Sorted(slices.Values(tc.want))
			if !slices.Equal(got, want) {
				t.Errorf("files = %v, want %v", got, want)
			}
		})
	}
}

func TestReportAndFormatUsage(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStderr string
	}{
		{"report help", []string{"report", "-h"}, exitOK, "-o report.html"},
		{"report without input", []string{"report"}, exitUsage, "no input"},
		{"report of a missing file", []string{"report", "testdata/none.txt", "-o", os.DevNull}, exitPartial, "none.txt"},
		{"build unknown format", []string{"build", "--format", "pdf", "a.txt"}, exitUsage, `unknown format "pdf"`},
		{"render unknown format", []string{"render", "timeline", "--format", "gif", "a.txt"}, exitUsage, `unknown --format "gif"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, "", tc.args...)
			if code != tc.wantCode {
				t.Errorf("exit code = %d, want %d (stderr: %s)", code, tc.wantCode, stderr)
			}
			if !strings.Contains(stderr, tc.wantStderr) {
				t.Errorf("stderr does not contain %q:\n%s", tc.wantStderr, stderr)
			}
		})
	}
}

func TestRenderFormats(t *testing.T) {
	tests := []struct {
		format, prefix string
	}{
		{"svg", "<svg"},
		{"html", "<!DOCTYPE html>"},
		{"timelinejs", "{"},
		{"csv", "id,"},
	}
	for _, tc := range tests {
		t.Run(tc.format, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, "", "render", "timeline", "--format", tc.format, "--title", "Talks", articles)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if !strings.HasPrefix(stdout, tc.prefix) || !strings.Contains(stdout, "Talks") {
				t.Errorf("output starts %.60q, want %q and the title", stdout, tc.prefix)
			}
		})
	}
}

// TestBuildNewOutputsAreByteStable covers the files that
// TestBuildIsByteStable predates: the report and the exports.
func TestBuildNewOutputsAreByteStable(t *testing.T) {
	dirs := [2]string{t.TempDir(), t.TempDir()}
	for _, dir := range dirs {
		if code, _, stderr := runCLI(t, "", "build", articles, "-o", dir, "--format", "html,timelinejs,csv"); code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
	}
	for _, name := range []string{"report.html", "timeline.json", "events.csv"} {
		a, errA := os.ReadFile(filepath.Join(dirs[0], name))
		b, errB := os.ReadFile(filepath.Join(dirs[1], name))
		if errA != nil || errB != nil {
			t.Fatalf("%s: %v %v", name, errA, errB)
		}
		if len(a) == 0 || !bytes.Equal(a, b) {
			t.Errorf("%s differs between two runs:\n%s", name, golden.Diff(a, b))
		}
	}
}

// TestProgress stands in a terminal for stderr: a run then reports each
// stage; with a buffer, as in every other test, it says nothing of them.
func TestProgress(t *testing.T) {
	run := func() string {
		_, _, stderr := runCLI(t, "", "build", articles, "-o", t.TempDir(), "--format", "dot")
		return stderr
	}
	if quiet := run(); strings.Contains(quiet, "read 13 documents") {
		t.Errorf("progress written to a non-terminal:\n%s", quiet)
	}
	defer func(term func(io.Writer) bool, delay time.Duration) { terminal, progressDelay = term, delay }(terminal, progressDelay)
	terminal, progressDelay = func(io.Writer) bool { return true }, 0
	shown := run()
	for _, want := range []string{"\rstoryline: read 13 documents, ", " KB (", "\rstoryline: merged into ", " events, ", "\rstoryline: wrote 3 files to "} {
		if !strings.Contains(shown, want) {
			t.Errorf("progress does not say %q:\n%q", want, shown)
		}
	}
}
