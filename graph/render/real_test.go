package render_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/graph"
	"github.com/storyline/storyline/graph/dot"
	"github.com/storyline/storyline/graph/render"
	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/golden"
	"github.com/storyline/storyline/timeline/ingest"
	"github.com/storyline/storyline/timeline/pipeline"
)

// realCorpora are the article sets the graphs are checked on: the
// project's example articles and, when present, the shared seeds.
var realCorpora = []struct{ name, path string }{
	{"articles", "../../testdata/articles"},
	{"seeds", "../../../shared/corpus/seeds.jsonl"},
}

// TestRealArticles extracts real articles and checks what the drawings
// promise whatever the extractor finds: no undated event drawn without a
// link, the number left out stated, no actor drawn without a tie, every
// actor in its country's frame, and both pictures laid out.
func TestRealArticles(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts and lays out whole corpora")
	}
	for _, c := range realCorpora {
		t.Run(c.name, func(t *testing.T) {
			if _, err := os.Stat(c.path); err != nil {
				t.Skipf("%s: %v", c.path, err)
			}
			docs, _ := ingest.ReadPaths([]string{c.path}, nil, ingest.Options{})
			if len(docs) == 0 {
				t.Skipf("%s: no documents read", c.path)
			}
			tl := pipeline.Build(docs)
			t.Run("events", func(t *testing.T) { checkRealEvents(t, tl) })
			t.Run("actors", func(t *testing.T) { checkRealActors(t, tl) })
			t.Run("shuffled", func(t *testing.T) { checkShuffled(t, tl) })
		})
	}
}

var nodeRe = regexp.MustCompile(`(?m)^\t"((?:[^"\\]|\\.)*)" \[`)

// drawn returns the ids of the nodes declared at the top level of src.
func drawn(src string) map[string]bool {
	ids := make(map[string]bool)
	for _, m := range nodeRe.FindAllStringSubmatch(src, -1) {
		ids[m[1]] = true
	}
	return ids
}

func checkRealEvents(t *testing.T, tl *timeline.Timeline) {
	var src bytes.Buffer
	if err := dot.WriteEvents(&src, tl, dot.Options{}); err != nil {
		t.Fatal(err)
	}
	ids := drawn(src.String())
	known := make(map[string]bool)
	for _, ev := range tl.Events {
		known[ev.ID] = true
	}
	linked := make(map[string]bool)
	for _, l := range tl.Links {
		if l.From != l.To && known[l.From] && known[l.To] {
			linked[l.From], linked[l.To] = true, true
		}
	}
	loose := 0
	for _, ev := range tl.Events {
		undated := ev.When == nil || ev.When.Start.IsZero()
		switch {
		case undated && !linked[ev.ID] && ids[ev.ID]:
			t.Errorf("undated event %s drawn without a link", ev.ID)
		case undated && !linked[ev.ID]:
			loose++
		case !ids[ev.ID]:
			t.Errorf("event %s left out", ev.ID)
		}
	}
	if loose > 0 && !strings.Contains(src.String(), `\n`+plural(loose, "undated event")+` without links not shown"`) {
		t.Errorf("the label does not say %d undated events were left out", loose)
	}
	var svg bytes.Buffer
	if err := render.Render(context.Background(), src.Bytes(), render.SVG, &svg); err != nil {
		t.Fatal(err)
	}
	checkXML(t, svg.Bytes())
}

func checkRealActors(t *testing.T, tl *timeline.Timeline) {
	g, err := graph.Actors(tl)
	if err != nil {
		t.Fatal(err)
	}
	var src bytes.Buffer
	if err := dot.WriteActors(&src, tl, dot.Options{}); err != nil {
		t.Fatal(err)
	}
	for _, a := range g.Actors() {
		at := strings.Index(src.String(), "\t\""+a.ID+"\" [")
		if g.Tied(a.ID) != (at >= 0) {
			t.Errorf("actor %s: tied %v, drawn %v", a.ID, g.Tied(a.ID), at >= 0)
			continue
		}
		side := g.SideOf(a)
		if at < 0 || side == "" || side == a.ID {
			continue
		}
		// The actor's frame is the last cluster opened before it.
		frame := src.String()[:at]
		frame = frame[strings.LastIndex(frame, "subgraph "):]
		if !strings.HasPrefix(frame, `subgraph "cluster_`+side+`"`) {
			t.Errorf("actor %s is not in the frame of %s", a.ID, side)
		}
	}
	var png bytes.Buffer
	if err := render.Render(context.Background(), src.Bytes(), render.PNG, &png); err != nil {
		t.Fatal(err)
	}
	checkPNG(t, png.Bytes(), "actors")
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// checkShuffled writes both graphs of tl and of tl with its lists
// shuffled: the bytes must not change.
func checkShuffled(t *testing.T, tl *timeline.Timeline) {
	shuffled := *tl
	shuffled.Events = slices.Clone(tl.Events)
	shuffled.Links = slices.Clone(tl.Links)
	shuffled.Actors = slices.Clone(tl.Actors)
	r := rand.New(rand.NewPCG(3, 4))
	r.Shuffle(len(shuffled.Events), func(i, j int) { shuffled.Events[i], shuffled.Events[j] = shuffled.Events[j], shuffled.Events[i] })
	r.Shuffle(len(shuffled.Links), func(i, j int) { shuffled.Links[i], shuffled.Links[j] = shuffled.Links[j], shuffled.Links[i] })
	r.Shuffle(len(shuffled.Actors), func(i, j int) { shuffled.Actors[i], shuffled.Actors[j] = shuffled.Actors[j], shuffled.Actors[i] })
	for _, w := range []func(io.Writer, *timeline.Timeline, dot.Options) error{dot.WriteEvents, dot.WriteActors} {
		var a, b bytes.Buffer
		if err := w(&a, tl, dot.Options{}); err != nil {
			t.Fatal(err)
		}
		if err := w(&b, &shuffled, dot.Options{}); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("shuffled input gives other bytes:\n%s", golden.Diff(a.Bytes(), b.Bytes()))
		}
	}
}
