package pipeline

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/ingest"
)

const (
	goldPath     = "../../testdata/gold.json"
	articlesPath = "../../testdata/articles"
	// The second story: an invented earthquake, its rescue, aid, blame,
	// arrest, trial steps and resignation, in its own folder.
	quakeGoldPath     = "../../testdata/quake/gold.json"
	quakeArticlesPath = "../../testdata/quake/articles"
)

// goldEvent is one event of a gold file (testdata/gold.json,
// testdata/quake/gold.json): what a reader of the articles finds, with the
// documents that tell it.
type goldEvent struct {
	ID       string        `json:"id"`
	Kind     string        `json:"kind"`
	AltKinds []string      `json:"alt_kinds"` // other kinds a fair reading allows
	Actors   []string      `json:"actors"`
	Start    timeline.Date `json:"start"`
	End      timeline.Date `json:"end"`
	Status   string        `json:"status"`
	Docs     []string      `json:"docs"`
	Core     bool          `json:"core"` // the events the articles are about
}

type gold struct {
	Events  []goldEvent `json:"events"`
	Aliases [][]string  `json:"aliases"` // names that must be one actor
}

func readGold(t *testing.T, path string) gold {
	t.Helper()
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("%s absent", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	var g gold
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return g
}

func readDocs(t *testing.T, path string) []timeline.Document {
	t.Helper()
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		t.Skipf("%s absent", path)
	}
	docs, diags := ingest.ReadPaths([]string{path}, nil, ingest.Options{})
	for _, d := range diags {
		if !d.Warning {
			t.Fatalf("%s: %s", d.Path, d.Message)
		}
	}
	if len(docs) == 0 {
		t.Fatalf("no documents in %s", path)
	}
	return docs
}

// floors are the least scores a story must reach.
type floors struct {
	precision, recall, f1, coreRecall, merged, docRecall, aliases float64
}

// goldStories are the example stories with gold events. The floors sit
// just under what the pipeline reaches on each, so that a regression fails.
var goldStories = []struct {
	name           string
	gold, articles string
	floors         floors
}{
	// Diplomatic talks: calls, meetings and statements of known
	// leaders.
	{"talks", goldPath, articlesPath, floors{
		// Precision and recall trade against each other as extraction
		// changes; F1 holds the line between them. The second merging
		// pass, which ECB+ asks for, costs this story some precision:
		// its merged events are dated and salient where their parts
		// were not. Recall fell from .686 to .647 when "Moscow seized
		// Crimea" (since 2014, when …) stopped running to the
		// publication day: the stretch had matched the 2022 invasion
		// and the 2024 Kursk incursion. Merged fell from .409 to .364
		// when calling Zelensky "a dictator" became a statement (it was
		// a phone call): merged with another of Trump's sayings of that
		// week, it drew away one telling of his Monday remarks.
		precision: 0.55, recall: 0.66, f1: 0.61, coreRecall: 0.80,
		merged: 0.36, docRecall: 0.57, aliases: 0.95,
	}},
	// An earthquake in an invented country: invented people, places and
	// organisations (none in the gazetteer), disaster, rescue, legal and
	// political events, a wire copy without a year in its dateline.
	// Most of its misses are events left undated or dated by the wrong
	// expression, wrong kinds, and tellings of one event in different
	// words (quake, earthquake, struck) left apart.
	// Precision and recall swing with how many events are kept; F1
	// holds the line. Merged was 0.333 while a wrong cluster of "met"
	// (Vasko meeting crews, a tower that "met the seismic code") also
	// held Vasko's cabinet session and so, by chance, both tellings of
	// her visit; read right, the session left it (0.286). Precision
	// went from .811 to .786 (recall .590 → .603, core .722 → .778) when
	// events a light verb makes happen came into the pictures ("opened a
	// criminal investigation", "held its first session"), and to .772
	// when the tagger read "measured" in "The institute measured the
	// quake at magnitude 6.8 and said it hit at 3.14am" as the main verb
	// it is: the institute's saying, which the gold leaves to the quake
	// it reports, then has a speaker. Merged rose from .286 to .381 and
	// merge doc recall from .444 to .492 when the visit a declaration's
	// conjunct told stayed a visit, and the donors' conference its host
	// and its opener told became one occasion. With the models today's
	// training command makes (stop 46), .492 → .460: "Families left
	// homeless by the earthquake" no longer stands in for the toll's
	// deaths of two documents (q3), and "The relief agency Open Hands" is
	// no longer the agent of "would open a camp" (q27), both misparses.
	// A charge or conviction befalls its one person once, whoever is
	// said to have brought it (stop 48): "Dostal was charged with
	// negligent homicide" joins "Judge Mira Sorel charged Marek Dostal"
	// (q55), merged .381 → .429, merge doc recall .460 → .492.
	{"quake", quakeGoldPath, quakeArticlesPath, floors{
		precision: 0.77, recall: 0.54, f1: 0.65, coreRecall: 0.60,
		merged: 0.42, docRecall: 0.48, aliases: 0.95,
	}},
}

// TestEvalGold scores the pipeline against the gold events of each story,
// logs the scores and the gold events missed or split, and checks the
// floors.
func TestEvalGold(t *testing.T) {
	for _, story := range goldStories {
		t.Run(story.name, func(t *testing.T) {
			g := readGold(t, story.gold)
			docs := readDocs(t, story.articles)
			tl := Build(docs)
			s := score(g, tl, docs)
			t.Logf("%d documents, %d gold events, %d system events (%d dated)", len(docs), len(g.Events), len(tl.Events), countDated(tl.Events))
			t.Logf("%v", s)
			for _, ge := range g.Events {
				switch n := bestDocCount(ge, tl.Events); {
				case n == 0:
					t.Logf("missed %s %s %v %s..%s; %s", ge.ID, ge.Kind, ge.Actors, ge.Start, ge.End, nearMiss(ge, tl.Events))
				case len(ge.Docs) > 1:
					t.Logf("found  %s %s %v told by %d of %d documents in one event", ge.ID, ge.Kind, ge.Actors, n, len(ge.Docs))
				}
			}
			f := story.floors
			for _, c := range []struct {
				name       string
				got, floor float64
			}{
				{"precision", s.precision, f.precision},
				{"recall", s.recall, f.recall},
				{"F1", s.f1, f.f1},
				{"core recall", s.coreRecall, f.coreRecall},
				{"merged", s.merged, f.merged},
				{"merge doc recall", s.docRecall, f.docRecall},
				{"aliases", s.aliases, f.aliases},
			} {
				t.Run(c.name, func(t *testing.T) {
					if c.got < c.floor {
						t.Errorf("%s = %.3f, below the floor %.3f", c.name, c.got, c.floor)
					}
				})
			}
		})
	}
}

func countDated(events []timeline.Event) int {
	n := 0
	for _, ev := range events {
		if ev.When != nil {
			n++
		}
	}
	return n
}
