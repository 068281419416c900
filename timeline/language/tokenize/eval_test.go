package tokenize

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/storyline/storyline/timeline/language/conllu"
)

// The gold evaluation reads UD treebanks from ../shared/nlp beside the
// repository and is skipped without them. It tokenises each sentence's
// "# text" and scores tokens and words by their byte spans.
//
//	go test -run TestGold -v ./timeline/language/tokenize
//	TOKENIZE_SPLITS=test go test -run TestGold -v …   (held-out test and PUD, report once)
//	TOKENIZE_ERRORS=40 go test -run TestGold -v …     (the commonest errors)

var nlpDir = filepath.Join("..", "..", "..", "..", "shared", "nlp")

// minWordF1 guards against regressions on the dev sets.
var minWordF1 = map[string]float64{"ewt dev": 99.45, "gum dev": 99.85}

func TestGold(t *testing.T) {
	if _, err := os.Stat(nlpDir); err != nil {
		t.Skip("no treebanks at", nlpDir)
	}
	splits := strings.Split(cmp.Or(os.Getenv("TOKENIZE_SPLITS"), "dev"), ",")
	nerr := 0
	fmt.Sscan(os.Getenv("TOKENIZE_ERRORS"), &nerr)
	for _, split := range splits {
		tbs := []string{"ewt", "gum"}
		if split == "test" {
			tbs = append(tbs, "pud") // news and Wikipedia, test only
		}
		for _, tb := range tbs {
			path := filepath.Join(nlpDir, "ud-english-"+tb, "en_"+tb+"-ud-"+split+".conllu")
			sents, err := conllu.ReadFile(path)
			if err != nil {
				t.Fatalf("read %s: %v", path, err)
			}
			sc := score(sents)
			name := tb + " " + split
			t.Logf("%s: %d sentences (%d unaligned), tokens P/R/F1 %.2f/%.2f/%.2f, words P/R/F1 %.2f/%.2f/%.2f",
				name, len(sents), sc.skipped, sc.tok.p(), sc.tok.r(), sc.tok.f1(), sc.word.p(), sc.word.r(), sc.word.f1())
			if min, ok := minWordF1[name]; ok && sc.word.f1() < min {
				t.Errorf("%s: word F1 %.2f < %.2f", name, sc.word.f1(), min)
			}
			if nerr > 0 {
				t.Logf("%s: commonest errors, gold ⇒ ours ('|' separates tokens, '+' words of a token):", name)
				for _, e := range sc.top(nerr) {
					t.Logf("%5d  %s  ⇒  %s", e.n, e.gold, e.ours)
				}
			}
		}
	}
}

type prf struct{ match, gold, pred int }

func (c prf) p() float64  { return 100 * float64(c.match) / float64(max(c.pred, 1)) }
func (c prf) r() float64  { return 100 * float64(c.match) / float64(max(c.gold, 1)) }
func (c prf) f1() float64 { return 2 * c.p() * c.r() / max(c.p()+c.r(), 1e-9) }

type scores struct {
	tok, word prf
	skipped   int
	errs      map[[2]string]int
}

type errCount struct {
	gold, ours string
	n          int
}

func (sc *scores) top(n int) []errCount {
	var out []errCount
	for k, v := range sc.errs {
		out = append(out, errCount{k[0], k[1], v})
	}
	slices.SortFunc(out, func(a, b errCount) int {
		return cmp.Or(b.n-a.n, cmp.Compare(a.gold, b.gold))
	})
	return out[:min(n, len(out))]
}

func score(sents []conllu.Sentence) scores {
	sc := scores{errs: map[[2]string]int{}}
	var toks []Token
	var words []Word
	for i := range sents {
		text := sents[i].Comment("text")
		gt, gw, ok := goldSpans(&sents[i], text)
		if !ok {
			sc.skipped++
			continue
		}
		toks, words = Append(text, 0, len(text), toks[:0], words[:0])
		sc.tok.add(spansOfTokens(gt), spansOfTokens(toks))
		sc.word.add(spansOfWords(gw), spansOfWords(words))
		compareChunks(text, gt, gw, toks, words, sc.errs)
	}
	return sc
}

type span struct{ a, b int }

func spansOfTokens(ts []Token) []span {
	out := make([]span, len(ts))
	for i, t := range ts {
		out[i] = span{t.Start, t.End}
	}
	return out
}

func spansOfWords(ws []Word) []span {
	out := make([]span, len(ws))
	for i, w := range ws {
		out[i] = span{w.Start, w.End}
	}
	return out
}

// add counts the spans in both lists; both are in text order.
func (c *prf) add(gold, pred []span) {
	c.gold += len(gold)
	c.pred += len(pred)
	i, j := 0, 0
	for i < len(gold) && j < len(pred) {
		switch {
		case gold[i] == pred[j]:
			c.match++
			i++
			j++
		case gold[i].a < pred[j].a || (gold[i].a == pred[j].a && gold[i].b < pred[j].b):
			i++
		default:
			j++
		}
	}
}

// goldSpans finds the byte spans of a sentence's gold tokens and words in
// its text. Words of a multiword token take their spans from their forms
// when those spell the token, as they do in EWT and GUM.
func goldSpans(s *conllu.Sentence, text string) ([]Token, []Word, bool) {
	var toks []Token
	var words []Word
	pos, m := 0, 0
	skipSpace := func() {
		for pos < len(text) {
			sp, n := IsSpace(text[pos:])
			if !sp {
				break
			}
			pos += n
		}
	}
	for i := 0; i < len(s.Words); i++ {
		skipSpace()
		form, first, last := s.Words[i].Form, i, i
		if m < len(s.Multi) && s.Multi[m].First == s.Words[i].ID {
			form = s.Multi[m].Form
			last = i + s.Multi[m].Last - s.Multi[m].First
			m++
		}
		if !strings.HasPrefix(text[pos:], form) {
			return nil, nil, false
		}
		tok := len(toks)
		toks = append(toks, Token{pos, pos + len(form)})
		wp := pos
		for j := first; j <= last; j++ {
			f := s.Words[j].Form
			if first == last {
				f = form
			}
			if !strings.HasPrefix(text[wp:pos+len(form)], f) {
				return nil, nil, false
			}
			words = append(words, Word{wp, wp + len(f), tok})
			wp += len(f)
		}
		if wp != pos+len(form) {
			return nil, nil, false
		}
		pos += len(form)
		i = last
	}
	return toks, words, true
}

// compareChunks counts, per stretch of text between spaces, the gold and
// our segmentation where they differ.
func compareChunks(text string, gt []Token, gw []Word, pt []Token, pw []Word, errs map[[2]string]int) {
	i, j := 0, 0
	for i < len(gt) || j < len(pt) {
		// A chunk: tokens whose ends are joined without space.
		a := len(text)
		if i < len(gt) {
			a = gt[i].Start
		}
		if j < len(pt) {
			a = min(a, pt[j].Start)
		}
		b := chunkEnd(text, a)
		i2, j2 := i, j
		for i2 < len(gt) && gt[i2].Start < b {
			i2++
		}
		for j2 < len(pt) && pt[j2].Start < b {
			j2++
		}
		g := render(text, gt[i:i2], gw)
		p := render(text, pt[j:j2], pw)
		if g != p {
			errs[[2]string{g, p}]++
		}
		if i2 == i && j2 == j {
			break // cannot happen: every token starts in some chunk
		}
		i, j = i2, j2
	}
}

func chunkEnd(text string, a int) int {
	for a < len(text) {
		sp, n := IsSpace(text[a:])
		if sp {
			break
		}
		_, w := utf8.DecodeRuneInString(text[a:])
		a += max(w, n, 1)
	}
	return a
}

func render(text string, ts []Token, ws []Word) string {
	var b strings.Builder
	for k, t := range ts {
		if k > 0 {
			b.WriteByte('|')
		}
		first := true
		for _, w := range ws {
			if w.Start >= t.Start && w.End <= t.End {
				if !first {
					b.WriteByte('+')
				}
				b.WriteString(text[w.Start:w.End])
				first = false
			}
		}
	}
	return b.String()
}
