package pipeline

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/golden"
	"github.com/storyline/storyline/timeline/ingest"
)

func readTestdata(t testing.TB) []timeline.Document {
	t.Helper()
	docs, diags := ingest.ReadPaths([]string{"../../testdata/articles"}, nil, ingest.Options{})
	for _, d := range diags {
		if !d.Warning {
			t.Fatalf("%s: %s", d.Path, d.Message)
		}
	}
	if len(docs) < 10 {
		t.Fatalf("read %d documents from testdata/articles, want at least 10", len(docs))
	}
	return docs
}

func TestBuildIsDeterministic(t *testing.T) {
	docs := readTestdata(t)
	first, err := json.Marshal(Build(docs))
	if err != nil {
		t.Fatal(err)
	}
	reversed := slices.Clone(docs)
	slices.Reverse(reversed)
	for run := range 3 {
		again, err := json.Marshal(Build(reversed))
		if err != nil {
			t.Fatal(err)
		}
		if string(again) != string(first) {
			t.Fatalf("run %d on the documents in reverse order gave other bytes:\n%s", run, golden.Diff(first, again))
		}
	}
}

func TestBuildEmpty(t *testing.T) {
	tl := Build(nil)
	b, err := json.Marshal(tl)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"schema":"storyline/v1","documents":[],"actors":[],"events":[],"links":[]}`
	if string(b) != want {
		t.Errorf("Build(nil) = %s, want %s", b, want)
	}
}
