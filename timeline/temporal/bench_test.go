package temporal

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

type benchText struct {
	text string
	dct  timeline.Date
}

// benchTagger tags every text once per iteration on one reused Tagger and
// reports texts/s next to MB/s and allocations.
func benchTagger(b *testing.B, texts []benchText) {
	var size int64
	for _, t := range texts {
		size += int64(len(t.text))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	var tg Tagger
	n := 0
	for b.Loop() {
		for _, t := range texts {
			n += len(tg.Tag(t.text, t.dct))
		}
	}
	if n == 0 {
		b.Fatal("no expressions found")
	}
	b.ReportMetric(float64(len(texts))*float64(b.N)/b.Elapsed().Seconds(), "texts/s")
}

// BenchmarkTagTimeBank tags the 256 TimeBank + AQUAINT texts.
func BenchmarkTagTimeBank(b *testing.B) {
	docs := loadTimeBank(b)
	texts := make([]benchText, len(docs))
	for i, d := range docs {
		texts[i] = benchText{d.text, d.dct}
	}
	benchTagger(b, texts)
}

// BenchmarkTagArticles tags the test articles under testdata/articles.
func BenchmarkTagArticles(b *testing.B) {
	var texts []benchText
	for _, p := range articlePaths(b) {
		text, dct := readArticle(b, p)
		texts = append(texts, benchText{text, dct})
	}
	benchTagger(b, texts)
}

// BenchmarkTag calls the package-level Tag from parallel goroutines, as the
// pipeline does: one call per document, pooled Taggers underneath.
func BenchmarkTag(b *testing.B) {
	docs := loadTimeBank(b)
	var size int64
	for _, d := range docs {
		size += int64(len(d.text))
	}
	b.SetBytes(size / int64(len(docs)))
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			d := docs[i%len(docs)]
			Tag(d.text, d.dct)
			i++
		}
	})
}
