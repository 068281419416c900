package pipeline

import (
	"encoding/json"
	"fmt"
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

// TestCopiesAreOneTelling builds the events of one article and of the same
// article printed by several outlets: the copies add tellings, not events
// or links.
func TestCopiesAreOneTelling(t *testing.T) {
	docs := readDocs(t, articlesPath)
	one := Build(docs[3:4])
	var copies []timeline.Document
	for i := range 5 {
		d := docs[3]
		d.ID = fmt.Sprintf("%s-copy%d", d.ID, i)
		copies = append(copies, d)
	}
	many := Build(copies)
	if len(many.Events) != len(one.Events) || len(many.Links) != len(one.Links) {
		t.Errorf("5 copies give %d events and %d links, one gives %d and %d",
			len(many.Events), len(many.Links), len(one.Events), len(one.Links))
	}
	for _, ev := range many.Events {
		if len(ev.Mentions)%5 != 0 {
			t.Errorf("event %q has %d tellings, not a multiple of the 5 copies", ev.Summary, len(ev.Mentions))
			break
		}
	}
	if len(many.Links) == 0 {
		t.Fatal("the article gives no links to check")
	}
	for _, l := range many.Links {
		if l.Kind != timeline.Fulfils && (len(l.Docs) != 5 || l.Doc != "") {
			t.Errorf("link %s %s %s: doc %q, docs %q; want no doc and the 5 copies", l.From, l.Kind, l.To, l.Doc, l.Docs)
		}
	}
}
