package extract

import (
	"os"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/actor"
	"github.com/storyline/storyline/timeline/ingest"
	"github.com/storyline/storyline/timeline/temporal"
)

const seedsPath = "../../../shared/corpus/seeds.jsonl"

// seedInputs reads the seed articles and runs the stages before this one
// on them; it skips when the corpus is absent or those stages find nothing.
func seedInputs(tb testing.TB) ([]timeline.Document, [][]timeline.Timex, [][]actor.Mention) {
	tb.Helper()
	if _, err := os.Stat(seedsPath); err != nil {
		tb.Skip("seed corpus not present")
	}
	docs, diags := ingest.ReadPaths([]string{seedsPath}, nil, ingest.Options{})
	if len(docs) == 0 {
		tb.Skipf("ingest read no seed documents: %v", diags)
	}
	finder := actor.NewFinder()
	timexes := make([][]timeline.Timex, len(docs))
	mentions := make([][]actor.Mention, len(docs))
	for i := range docs {
		timexes[i] = temporal.Tag(docs[i].Text, docs[i].Published)
		mentions[i] = finder.Find(&docs[i])
	}
	actor.Resolve(mentions)
	return docs, timexes, mentions
}

// seedEvent describes an event the seeds must yield: a kind, actor ids
// containing the given words, a place, a status and the days its time must
// lie within ("" for any).
type seedEvent struct {
	doc, kind string
	actors    []string
	place     string
	status    string
	from, to  string
}

// TestSeeds checks the events that the seed articles must give, the
// stages before this one running for real.
func TestSeeds(t *testing.T) {
	docs, timexes, mentions := seedInputs(t)
	results := map[string]Result{}
	for i := range docs {
		r := Document(&docs[i], timexes[i], mentions[i], nil)
		results[docs[i].ID[:3]] = r
	}
	if len(results["000"].Events) == 0 {
		t.Skip("the stages before extraction found nothing to work with")
	}
	tests := []struct {
		name string
		want seedEvent
	}{
		{"Witkoff met Putin in Moscow", seedEvent{doc: "000", kind: KindMeeting, actors: []string{"witkoff", "putin"}, place: "Moscow", status: timeline.Occurred, from: "2025-03-10", to: "2025-03-16"}},
		{"Witcoff's talks with Putin", seedEvent{doc: "001", kind: KindMeeting, actors: []string{"witkoff", "putin"}, status: timeline.Occurred}},
		{"Trump sidelined Kellogg", seedEvent{doc: "000", kind: KindDismissal, actors: []string{"trump", "kellogg"}, status: timeline.Occurred, from: "2025-03-15", to: "2025-03-15"}},
		{"Riyadh talks", seedEvent{doc: "003", kind: KindMeeting, place: "Riyadh", status: timeline.Occurred}},
		{"Trump-Putin call on Wednesday", seedEvent{doc: "004", kind: KindCall, actors: []string{"trump", "putin"}, status: timeline.Occurred, from: "2025-02-12", to: "2025-02-12"}},
		{"Trump-Putin call earlier this month", seedEvent{doc: "003", kind: KindCall, actors: []string{"trump", "putin"}, status: timeline.Occurred, from: "2025-02-01", to: "2025-02-25"}},
		{"Peskov's press conference", seedEvent{doc: "003", kind: KindStatement, actors: []string{"peskov"}, status: timeline.Occurred, from: "2025-02-25", to: "2025-02-25"}},
		{"Grushko's demand on Monday", seedEvent{doc: "000", kind: KindDemand, actors: []string{"grushko"}, status: timeline.Occurred, from: "2025-03-17", to: "2025-03-17"}},
		{"Grushko's demand in a bulleted quote", seedEvent{doc: "002", kind: KindDemand, actors: []string{"grushko"}, status: timeline.Occurred}},
		{"call expected this week", seedEvent{doc: "000", kind: KindCall, actors: []string{"trump", "putin"}, status: timeline.Expected, from: "2025-03-10", to: "2025-03-23"}},
		{"call expected this week, rewritten", seedEvent{doc: "001", kind: KindCall, actors: []string{"putin"}, status: timeline.Expected}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := results[tt.want.doc]
			for _, e := range r.Events {
				if matches(e, tt.want) {
					return
				}
			}
			t.Errorf("no event like %+v in %s:%s", tt.want, tt.want.doc, describe(r))
		})
	}
}

func matches(e EventMention, w seedEvent) bool {
	if e.Kind != w.kind || e.Status != w.status {
		return false
	}
	for _, a := range w.actors {
		found := false
		for _, p := range e.Actors {
			found = found || strings.Contains(p.ID, a)
		}
		if !found {
			return false
		}
	}
	if w.place != "" && (len(e.Places) == 0 || e.Places[0] != w.place) {
		return false
	}
	if w.from == "" {
		return true
	}
	from, to := timeline.Date{}, timeline.Date{}
	_ = from.UnmarshalText([]byte(w.from))
	_ = to.UnmarshalText([]byte(w.to))
	return e.When != nil && !e.When.Start.Before(from) && !e.When.End.After(to)
}
