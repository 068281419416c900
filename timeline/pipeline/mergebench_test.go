package pipeline

import (
	"cmp"
	"encoding/gob"
	"os"
	"slices"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/extract"
	"github.com/storyline/storyline/timeline/internal/cputime"
	"github.com/storyline/storyline/timeline/resolve"
)

// mergeInput is the merge's input for the benchmark corpus, as Build
// hands it to resolve.
type mergeInput struct {
	A         analysis
	Published map[string]timeline.Date
}

// benchMergeInput analyses the benchmark corpus, or reads the analysis
// from the file $STORYLINE_MERGE_INPUT names when it holds one (and
// writes it there when it does not), so that the merge alone can be
// measured again and again without the quarter minute the analysis takes.
func benchMergeInput(b *testing.B) mergeInput {
	path := os.Getenv("STORYLINE_MERGE_INPUT")
	if path != "" {
		if f, err := os.Open(path); err == nil {
			defer f.Close()
			var in savedInput
			if err := gob.NewDecoder(f).Decode(&in); err != nil {
				b.Fatalf("reading %s: %v", path, err)
			}
			return mergeInput{A: analysis{actors: in.Actors, results: in.Results, about: in.About}, Published: in.Published}
		}
	}
	docs := readCorpus(b, benchCorpus(b, benchArticles))
	slices.SortStableFunc(docs, func(a, b timeline.Document) int { return cmp.Compare(a.ID, b.ID) })
	in := mergeInput{A: Options{}.analyse(docs), Published: resolve.PublishedDates(docs)}
	if path != "" {
		f, err := os.Create(path)
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		s := savedInput{Actors: in.A.actors, Results: in.A.results, About: in.A.about, Published: in.Published}
		if err := gob.NewEncoder(f).Encode(&s); err != nil {
			b.Fatalf("writing %s: %v", path, err)
		}
	}
	return in
}

// savedInput is mergeInput with its fields exported, for gob.
type savedInput struct {
	Actors    []timeline.Actor
	Results   []extract.Result
	About     map[string][]string
	Published map[string]timeline.Date
}

// BenchmarkMergeCorpus merges the benchmark corpus's extracted events,
// as Build does: the merge alone, without the analysis before it.
func BenchmarkMergeCorpus(b *testing.B) {
	in := benchMergeInput(b)
	b.ReportAllocs()
	cpu := cputime.Used()
	events := 0
	for b.Loop() {
		evs, _ := resolve.Options{Published: in.Published, DocTerms: in.A.about, Actors: in.A.actors}.Merge(in.A.results)
		events = len(evs)
	}
	if end := cputime.Used(); cpu > 0 && end > cpu {
		b.ReportMetric((end-cpu).Seconds()/float64(b.N), "cpu-s/op")
	}
	b.ReportMetric(float64(events), "events")
}
