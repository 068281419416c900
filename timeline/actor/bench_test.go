package actor

import (
	"fmt"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// benchCorpus repeats the test articles (and the seed articles when they
// are present) to about size bytes of documents.
func benchCorpus(b *testing.B, size int) ([]timeline.Document, int) {
	b.Helper()
	base := loadArticles(b)
	if seeds := loadSeedsOrNil(b); len(seeds) > 0 {
		base = append(base, seeds...)
	}
	var docs []timeline.Document
	total := 0
	for i := 0; total < size; i++ {
		d := base[i%len(base)]
		d.ID = fmt.Sprintf("%s-%d", d.ID, i)
		docs = append(docs, d)
		total += len(d.Text)
	}
	return docs, total
}

func BenchmarkFind(b *testing.B) {
	docs, total := benchCorpus(b, 4<<20)
	f := NewFinder()
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for i := range docs {
			n += len(f.Find(&docs[i]))
		}
	}
	b.ReportMetric(float64(len(docs))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

func BenchmarkResolve(b *testing.B) {
	docs, total := benchCorpus(b, 4<<20)
	f := NewFinder()
	all := make([][]Mention, len(docs))
	for i := range docs {
		all[i] = f.Find(&docs[i])
	}
	// Give every tenth document's unknown people a distinct invented name
	// so that the join works on many names, not a few repeated ones.
	for d := 0; d < len(all); d += 10 {
		for k := range all[d] {
			if all[d][k].Kind == timeline.Person && all[d][k].Ref == "" {
				all[d][k].Name = fmt.Sprintf("Name%d Person%s", d, strings.Repeat("x", d%7))
			}
		}
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Resolve(all)
	}
}
