package pipeline

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/actor"
	"github.com/storyline/storyline/timeline/extract"
	"github.com/storyline/storyline/timeline/golden"
	"github.com/storyline/storyline/timeline/ingest"
	"github.com/storyline/storyline/timeline/language"
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

// A fault while reading one document leaves that document's events out
// and says so; the other documents' events are still built.
func TestFaultInOneDocument(t *testing.T) {
	defer func(f func(*timeline.Document, []timeline.Timex, []actor.Mention, []language.Sentence) extract.Result) {
		extractDocument = f
	}(extractDocument)
	real := extractDocument
	extractDocument = func(d *timeline.Document, tx []timeline.Timex, am []actor.Mention, s []language.Sentence) extract.Result {
		if d.ID == "bad" {
			panic("index out of range")
		}
		return real(d, tx, am, s)
	}
	day := timeline.NewDate(2025, 3, 17)
	docs := []timeline.Document{
		{ID: "bad", Path: "bad.txt", Text: "Anna Berg met Carl Dahl in Ostburg on Monday.", Published: day},
		{ID: "good", Path: "good.txt", Text: "Anna Berg resigned on Monday.", Published: day},
	}
	for i := range docs {
		docs[i].Sentences = []timeline.Span{{Start: 0, End: len(docs[i].Text)}}
	}
	tl := Build(docs)
	if len(tl.Events) == 0 {
		t.Fatal("no events from the good document")
	}
	for _, e := range tl.Events {
		for _, m := range e.Mentions {
			if m.Doc == "bad" {
				t.Errorf("event %q told by the faulty document", e.Summary)
			}
		}
	}
	if len(tl.Diagnostics) != 1 || tl.Diagnostics[0].Path != "bad.txt" || !strings.Contains(tl.Diagnostics[0].Message, "index out of range") {
		t.Errorf("diagnostics %+v, want one for bad.txt with the fault", tl.Diagnostics)
	}
}
