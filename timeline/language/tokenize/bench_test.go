package tokenize

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline/language/conllu"
)

// benchText is web and news English with the phenomena the tokenizer
// handles, for when the treebanks are absent.
const benchText = `WASHINGTON (Reuters) - The U.S. Senate on Tuesday voted 52-48 to confirm Dr. Jane O'Neill, 54, as the next head of the agency, a post that's been vacant since Sept. 2023. "We don't have time to waste," said Sen. Mark Kelly (D-Ariz.), who'd pushed for the vote. Shares of AT&T Inc. rose 3.5% to $18.25 at 10:30 a.m.; the company's long-term debt is $128.7 billion. Read more at https://www.example.com/news/2024/03/04/senate-vote?ref=rss or e-mail tips@example.com. I'm gonna say it: this is the best... really?! :) #politics @jane_oneill — more on 3/4/2025.
`

func benchCorpus(b *testing.B) (string, [][2]int) {
	path := filepath.Join(nlpDir, "ud-english-ewt", "en_ewt-ud-dev.conllu")
	var sb strings.Builder
	var spans [][2]int
	if sents, err := conllu.ReadFile(path); err == nil {
		for i := range sents {
			start := sb.Len()
			sb.WriteString(sents[i].Comment("text"))
			spans = append(spans, [2]int{start, sb.Len()})
			sb.WriteByte('\n')
		}
	} else {
		b.Logf("no treebank (%v): using the built-in text", err)
		for range 200 {
			start := sb.Len()
			sb.WriteString(benchText)
			spans = append(spans, [2]int{start, sb.Len()})
		}
	}
	return sb.String(), spans
}

// BenchmarkAppend tokenises EWT dev (or the built-in text) sentence by
// sentence into slices reused across iterations.
func BenchmarkAppend(b *testing.B) {
	text, spans := benchCorpus(b)
	var toks []Token
	var words []Word
	n := 0
	for _, sp := range spans {
		toks, words = Append(text, sp[0], sp[1], toks[:0], words[:0])
		n += len(toks)
	}
	toks = make([]Token, 0, 4*n/len(spans)+1024)
	words = make([]Word, 0, cap(toks))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, sp := range spans {
			toks, words = Append(text, sp[0], sp[1], toks[:0], words[:0])
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkPunctuation is the worst case for tokens per byte: a long line
// of mixed punctuation.
func BenchmarkPunctuation(b *testing.B) {
	text := strings.Repeat(`(",;:)[]{}!?'-/`, 1000)
	toks, words := Append(text, 0, len(text), nil, nil)
	n := len(toks)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		toks, words = Append(text, 0, len(text), toks[:0], words[:0])
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func TestNoAllocs(t *testing.T) {
	toks := make([]Token, 0, 1024)
	words := make([]Word, 0, 1024)
	allocs := testing.AllocsPerRun(20, func() {
		toks, words = Append(benchText, 0, len(benchText), toks[:0], words[:0])
	})
	if allocs != 0 {
		t.Errorf("Append allocates %.0f times with room in its slices", allocs)
	}
}
