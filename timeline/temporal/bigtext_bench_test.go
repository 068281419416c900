package temporal

import (
	"strings"
	"testing"
)

// bigTextBytes is the size of the one big text: a long report, or a
// corpus pasted into one file, as users hand to storyline timex.
const bigTextBytes = 2 << 20

// benchBigText tags texts (repeated up to bigTextBytes) one by one, then
// the same bytes as one text, on a reused Tagger and through the pooled
// Tag that storyline timex calls: the MB/s must match.
func benchBigText(b *testing.B, base []benchText) {
	var texts []benchText
	var sb strings.Builder
	for sb.Len() < bigTextBytes {
		for _, t := range base {
			texts = append(texts, t)
			sb.WriteString(t.text)
			sb.WriteString("\n\n")
		}
	}
	one := []benchText{{sb.String(), base[0].dct}}
	b.Run("articles", func(b *testing.B) { benchTagger(b, texts) })
	b.Run("one", func(b *testing.B) { benchTagger(b, one) })
	b.Run("one-pooled", func(b *testing.B) {
		b.SetBytes(int64(sb.Len()))
		b.ReportAllocs()
		for b.Loop() {
			Tag(one[0].text, one[0].dct)
		}
	})
}

// BenchmarkTagBigText: the test articles under testdata/articles.
func BenchmarkTagBigText(b *testing.B) {
	var base []benchText
	for _, p := range articlePaths(b) {
		text, dct := readArticle(b, p)
		base = append(base, benchText{text, dct})
	}
	benchBigText(b, base)
}

// BenchmarkTagBigTimeBank: the TimeBank + AQUAINT texts.
func BenchmarkTagBigTimeBank(b *testing.B) {
	docs := loadTimeBank(b)
	base := make([]benchText, len(docs))
	for i, d := range docs {
		base[i] = benchText{d.text, d.dct}
	}
	benchBigText(b, base)
}
