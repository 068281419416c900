package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/ingest"
	"github.com/storyline/storyline/timeline/temporal"
)

// timexLines reads the JSON lines of storyline timex.
func timexLines(t *testing.T, stdout string) []timexLine {
	t.Helper()
	var out []timexLine
	sc := bufio.NewScanner(strings.NewReader(stdout))
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var l timexLine
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("not a JSON line: %v\n%s", err, sc.Text())
		}
		out = append(out, l)
	}
	return out
}

func arrayOf(t *testing.T, timexes []timeline.Timex) string {
	t.Helper()
	if timexes == nil {
		timexes = []timeline.Timex{}
	}
	var b bytes.Buffer
	if err := writeJSON(&b, timexes); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestTimexPlainText: one plain text still gives the JSON array it always
// gave, with offsets into the input as given, which TimeML scorers read.
func TestTimexPlainText(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "note")
	plain := "The talks began on Monday and ended on March 14, 2025.\n"
	if err := os.WriteFile(file, []byte(plain), 0o644); err != nil {
		t.Fatal(err)
	}
	front := "---\ndate: 2025-03-10\n---\nThey met on Friday.\n"
	tests := []struct {
		name, stdin string
		args        []string
		want        string
	}{
		{"stdin", plain, []string{"--dct", "2025-03-17"}, arrayOf(t, temporal.Tag(plain, day(t, "2025-03-17")))},
		{"stdin named", plain, []string{"--dct", "2025-03-17", "-"}, arrayOf(t, temporal.Tag(plain, day(t, "2025-03-17")))},
		{"file without extension", "", []string{"--dct", "2025-03-17", file}, arrayOf(t, temporal.Tag(plain, day(t, "2025-03-17")))},
		{"nothing found", "Nothing happened.", []string{"--dct", "2025-03-17"}, "[]\n"},
		{"empty", "", []string{"--dct", "2025-03-17"}, "[]\n"},
		{"no date at all", plain, nil, arrayOf(t, temporal.Tag(plain, timeline.Date{}))},
		// the front matter outranks --dct, as in extract; offsets still
		// count from the first byte of the input
		{"front matter", front, []string{"--dct", "2025-03-17"}, arrayOf(t, temporal.Tag(front, day(t, "2025-03-10")))},
		{"published line", "Published March 17, 2025\nThey met on Friday.", nil,
			arrayOf(t, temporal.Tag("Published March 17, 2025\nThey met on Friday.", day(t, "2025-03-17")))},
		{"markdown heading", "# Talks\nOn Friday, talks.", []string{"--dct", "2025-03-17"},
			arrayOf(t, temporal.Tag("# Talks\nOn Friday, talks.", day(t, "2025-03-17")))},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, tc.stdin, append([]string{"timex"}, tc.args...)...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if stdout != tc.want {
				t.Errorf("got\n%s\nwant\n%s", stdout, tc.want)
			}
		})
	}
	if !strings.Contains(arrayOf(t, temporal.Tag(front, day(t, "2025-03-10"))), `"value": "2025-03-07"`) {
		t.Error("the front matter case does not test what it means to: Friday is not 2025-03-07")
	}
}

func day(t *testing.T, s string) timeline.Date {
	t.Helper()
	d, err := timeline.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestTimexDocuments: folders, several files, news-please JSON and HTML
// give one line per document, each tagged against its own date, as
// extract reads them.
func TestTimexDocuments(t *testing.T) {
	tests := []struct {
		name  string
		stdin string
		args  []string
	}{
		{"folder", "", []string{"../../testdata/articles"}},
		{"two files", "", []string{"../../testdata/articles/01-putin-call.txt", "../../testdata/articles/02-riyadh-talks.md"}},
		{"news-please JSON", "", []string{"../../testdata/articles/06-jeddah-ceasefire.json"}},
		{"HTML", "", []string{"../../testdata/articles/03-macron-white-house.html"}},
		{"JSONL on stdin", jsonl(3), []string{"--dct", "2025-01-01"}},
		{"JSON array on stdin", "[" + strings.ReplaceAll(strings.TrimSpace(jsonl(2)), "\n", ",") + "]", nil},
		{"more documents than a batch", jsonl(timexBatch*2 + 7), nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, tc.stdin, append([]string{"timex"}, tc.args...)...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			checkTimexLines(t, timexLines(t, stdout), tc.stdin, tc.args)
		})
	}
}

// checkTimexLines compares the lines with the documents ingest reads from
// the same input, each tagged on its own.
func checkTimexLines(t *testing.T, got []timexLine, stdin string, args []string) {
	t.Helper()
	var opt ingest.Options
	var paths []string
	for i := 0; i < len(args); i++ {
		if args[i] == "--dct" {
			opt.DCT = day(t, args[i+1])
			i++
			continue
		}
		paths = append(paths, args[i])
	}
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	docs, _ := ingest.ReadPaths(paths, strings.NewReader(stdin), opt)
	if len(got) != len(docs) || len(docs) == 0 {
		t.Fatalf("%d lines for %d documents", len(got), len(docs))
	}
	found := 0
	for i, d := range docs {
		want := temporal.Tag(d.Text, d.Published)
		if want == nil {
			want = []timeline.Timex{}
		}
		g := got[i]
		if g.Doc != d.ID || g.Path != d.Path || g.Published != d.Published || g.PublishedFrom != d.PublishedFrom {
			t.Errorf("line %d: %s %s %s %s, want %s %s %s %s", i, g.Doc, g.Path, g.Published, g.PublishedFrom, d.ID, d.Path, d.Published, d.PublishedFrom)
		}
		if a, b := arrayOf(t, g.Timexes), arrayOf(t, want); a != b {
			t.Errorf("line %d (%s): timexes differ:\n%s\nwant\n%s", i, d.ID, a, b)
		}
		found += len(g.Timexes)
	}
	if found == 0 {
		t.Error("no expression found: the test tests nothing")
	}
}

// jsonl returns n news-please records, each with its own publication date.
func jsonl(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, `{"title": "Talks %d", "maintext": "Envoys met on Friday, %d days after the call last week.", "date_publish": "2025-03-%02d 09:00:00", "filename": "a%04d.json"}`+"\n",
			i, i, 1+i%28, i)
	}
	return b.String()
}

// TestTimexFailures: an input that cannot be read is reported, and the
// others are still tagged.
func TestTimexFailures(t *testing.T) {
	code, stdout, stderr := runCLI(t, "", "timex", "testdata/does-not-exist.txt", "../../testdata/articles/01-putin-call.txt")
	if code != exitPartial || !strings.Contains(stderr, "does-not-exist.txt") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	if lines := timexLines(t, stdout); len(lines) != 1 || lines[0].Doc != "01-putin-call" {
		t.Errorf("lines %+v, want the one readable article", lines)
	}
	code, _, stderr = runCLI(t, "", "timex", t.TempDir())
	if code != exitPartial || !strings.Contains(stderr, "no articles") {
		t.Errorf("empty folder: exit %d, stderr %q", code, stderr)
	}
	code, _, stderr = runCLI(t, "", "timex", "--max-bytes", "10", "../../testdata/articles/01-putin-call.txt")
	if code != exitPartial || !strings.Contains(stderr, "01-putin-call.txt") || !strings.Contains(stderr, "--max-bytes") {
		t.Errorf("too large: exit %d, stderr %q", code, stderr)
	}
}

func TestTimexDeterministic(t *testing.T) {
	in := jsonl(600)
	_, first, _ := runCLI(t, in, "timex")
	for range 3 {
		if _, got, _ := runCLI(t, in, "timex"); got != first {
			t.Fatal("output differs between runs")
		}
	}
}
