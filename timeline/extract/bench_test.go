package extract

import (
	"os"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/actor"
)

// BenchmarkDocument extracts the events of the invented article, its
// actors and times given by hand.
func BenchmarkDocument(b *testing.B) {
	text, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	doc, tx, am := fixture(b, string(text), cast, articleDates)
	benchmarkDocuments(b, []*timeline.Document{doc}, [][]timeline.Timex{tx}, [][]actor.Mention{am})
}

// BenchmarkSeeds extracts the events of the seed articles, read, tagged
// and with actors found by the stages before this one.
func BenchmarkSeeds(b *testing.B) {
	docs, timexes, mentions := seedInputs(b)
	ptrs := make([]*timeline.Document, len(docs))
	for i := range docs {
		ptrs[i] = &docs[i]
	}
	benchmarkDocuments(b, ptrs, timexes, mentions)
}

func benchmarkDocuments(b *testing.B, docs []*timeline.Document, timexes [][]timeline.Timex, mentions [][]actor.Mention) {
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i, d := range docs {
			Document(d, timexes[i], mentions[i], nil)
		}
	}
	b.ReportMetric(float64(b.N*len(docs))/b.Elapsed().Seconds(), "articles/s")
}
