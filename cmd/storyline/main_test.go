package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/golden"
)

// runCLI runs the CLI in-process and returns its exit code and output.
func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestExitCodes(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStderr string
	}{
		{"no command", nil, exitUsage, "Usage: storyline"},
		{"help", []string{"-h"}, exitOK, "Commands:"},
		{"unknown command", []string{"frobnicate"}, exitUsage, `unknown command "frobnicate"`},
		{"extract help", []string{"extract", "-h"}, exitOK, "Usage: storyline extract"},
		{"extract without input", []string{"extract"}, exitUsage, "no input"},
		{"extract bad flag", []string{"extract", "--nope", "a.txt"}, exitUsage, "flag provided but not defined"},
		{"extract bad dct", []string{"extract", "--dct", "17/03/2025", "-"}, exitUsage, "--dct"},
		{"timex bad dct", []string{"timex", "--dct", "yesterday"}, exitUsage, "--dct"},
		{"timex missing file", []string{"timex", "testdata/does-not-exist.txt"}, exitPartial, "does-not-exist.txt"},
		{"build help", []string{"build", "-h"}, exitOK, "-o DIR"},
		{"graph unknown kind", []string{"graph", "--kind", "people", "a.txt"}, exitUsage, "unknown --kind"},
		{"graph unknown format", []string{"graph", "--format", "gif", "a.txt"}, exitUsage, "--format"},
		{"render without a target", []string{"render", "events.json"}, exitUsage, "want 'render timeline'"},
		{"render bad date", []string{"render", "timeline", "--from", "March", "a.json"}, exitUsage, "--from"},
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

func TestParseFlagsInterspersed(t *testing.T) {
	fs := newFlagSet("build", "", &bytes.Buffer{})
	out := fs.String("o", "", "")
	dct := fs.String("dct", "", "")
	paths, code := parseFlags(fs, []string{"a.txt", "-", "dir", "-o", "out", "--dct", "2025-03-17", "b.json"})
	if code != -1 {
		t.Fatalf("code = %d, want -1", code)
	}
	if got, want := strings.Join(paths, ","), "a.txt,-,dir,b.json"; got != want {
		t.Errorf("paths = %s, want %s", got, want)
	}
	if *out != "out" || *dct != "2025-03-17" {
		t.Errorf("flags = -o %q --dct %q", *out, *dct)
	}
}

func TestTimexPrintsJSONArray(t *testing.T) {
	code, stdout, stderr := runCLI(t, "Nothing happened.", "timex", "--dct", "2025-03-17")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got []timeline.Timex
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("output is not a JSON array of timexes: %v\n%s", err, stdout)
	}
	if !strings.HasPrefix(stdout, "[") {
		t.Errorf("output does not start with [: %q", stdout)
	}
}

func TestBuildWritesEveryOutput(t *testing.T) {
	dir := t.TempDir()
	code, _, stderr := runCLI(t, "", "build", "../../testdata/articles", "-o", dir)
	if code != exitOK && code != exitPartial {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, name := range []string{"events.json", "events.dot", "events.svg", "actors.dot", "actors.svg", "timeline.svg"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if len(b) == 0 {
			t.Errorf("%s is empty", name)
		}
	}
	var tl timeline.Timeline
	b, _ := os.ReadFile(filepath.Join(dir, "events.json"))
	if err := json.Unmarshal(b, &tl); err != nil {
		t.Fatalf("events.json: %v", err)
	}
	if tl.Schema != timeline.Schema || len(tl.Documents) < 10 || len(tl.Events) == 0 {
		t.Errorf("events.json has schema %q, %d documents, %d events", tl.Schema, len(tl.Documents), len(tl.Events))
	}
}

func TestGraphAndRenderReadAnEventsDocument(t *testing.T) {
	dir := t.TempDir()
	events := filepath.Join(dir, "events.json")
	code, stdout, stderr := runCLI(t, "", "extract", "../../testdata/articles")
	if code == exitUsage {
		t.Fatalf("extract: exit %d: %s", code, stderr)
	}
	if err := os.WriteFile(events, []byte(stdout), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		args   []string
		prefix string
	}{
		{"event graph dot", []string{"graph", "--kind", "events", events}, "digraph"},
		{"actor graph dot", []string{"graph", "--kind", "actors", "--format", "dot", events}, "graph"},
		{"event graph svg", []string{"graph", "--format", "svg", events}, "<?xml"},
		{"timeline", []string{"render", "timeline", events, "--from", "2025-02-01", "--to", "2025-03-31"}, "<svg"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, "", tc.args...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if !strings.HasPrefix(strings.TrimSpace(stdout), tc.prefix) {
				t.Errorf("output starts %.40q, want %q", stdout, tc.prefix)
			}
		})
	}
}

// TestExtractGolden pins the events document of the example corpus; run
// go test -update after a deliberate change to extraction and review the diff.
func TestExtractGolden(t *testing.T) {
	code, stdout, stderr := runCLI(t, "", "extract", "../../testdata/articles")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	golden.Assert(t, "testdata/articles.events.json", []byte(stdout))
}

func TestBuildIsByteStable(t *testing.T) {
	dirs := [2]string{t.TempDir(), t.TempDir()}
	for _, dir := range dirs {
		if code, _, stderr := runCLI(t, "", "build", "../../testdata/articles", "-o", dir); code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
	}
	for _, name := range []string{"events.json", "events.dot", "events.svg", "actors.dot", "actors.svg", "timeline.svg"} {
		a, errA := os.ReadFile(filepath.Join(dirs[0], name))
		b, errB := os.ReadFile(filepath.Join(dirs[1], name))
		if errA != nil || errB != nil {
			t.Fatalf("%s: %v %v", name, errA, errB)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs between two runs:\n%s", name, golden.Diff(a, b))
		}
	}
}
