package depparse

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storyline/storyline/timeline/language/conllu"
)

var nlpDir = filepath.Join("..", "..", "..", "..", "shared", "nlp")

// readTreebank reads a file of ../shared/nlp, skipping the test when the
// treebanks are absent.
func readTreebank(t testing.TB, parts ...string) []conllu.Sentence {
	t.Helper()
	path := filepath.Join(append([]string{nlpDir}, parts...)...)
	if _, err := os.Stat(path); err != nil {
		t.Skipf("treebank absent: %v", err)
	}
	s, err := conllu.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// readTreebankOrNil reads a file of ../shared/nlp, or returns nil when it
// is absent.
func readTreebankOrNil(parts ...string) []conllu.Sentence {
	s, err := conllu.ReadFile(filepath.Join(append([]string{nlpDir}, parts...)...))
	if err != nil {
		return nil
	}
	return s
}

// trainToy trains on the toy grammar in well under a second.
func trainToy(t testing.TB) *Model {
	t.Helper()
	m, err := Train(toyCorpus(200, 1), toyCorpus(50, 2), TrainOptions{Epochs: 4}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// parseAll parses the gold words and tags of s.
func parseAll(p *Parser, s *conllu.Sentence) ([]int, []string) {
	var words, upos, xpos []string
	for _, w := range s.Words {
		words, upos, xpos = append(words, w.Form), append(upos, w.UPOS), append(xpos, w.XPOS)
	}
	heads, rels := make([]int, len(words)), make([]string, len(words))
	p.Parse(words, upos, xpos, heads, rels)
	return heads, rels
}

// checkTree fails unless heads is a tree over n words with one root.
func checkTree(t testing.TB, heads []int, rels []string) {
	t.Helper()
	h := make([]int32, len(heads)+1)
	h[0] = -1
	for i, x := range heads {
		h[i+1] = int32(x)
		if rels[i] == "" {
			t.Fatalf("word %d has no relation", i+1)
		}
		if (x == 0) != (rels[i] == "root") {
			t.Fatalf("word %d: head %d with relation %q", i+1, x, rels[i])
		}
	}
	if len(heads) > 0 && !isTree(h) {
		t.Fatalf("not a tree: %v", heads)
	}
}

// TestSmoke trains on 300 sentences of EWT in seconds and checks that the
// parser learned them well above a baseline of attaching each word to its
// neighbour, that every parse is a tree and that the model survives a
// round trip through its file.
func TestSmoke(t *testing.T) {
	sents := readTreebank(t, "ud-english-ewt", "en_ewt-ud-train.conllu")[:300]
	start := time.Now()
	m, err := Train(sents, nil, TrainOptions{Epochs: 5}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("trained in %s", time.Since(start).Round(time.Millisecond))
	sc := Evaluate(m, sents)
	base := 0
	for _, s := range sents {
		for _, w := range s.Words {
			if w.Head == w.ID+1 || (w.ID == len(s.Words) && w.Head == w.ID-1) {
				base++
			}
		}
	}
	baseUAS := pct(base, sc.Words)
	t.Logf("on its training sentences: %s; next-word baseline UAS %.1f", sc, baseUAS)
	if sc.UAS() < baseUAS+40 || sc.LAS() < 70 {
		t.Errorf("UAS %.1f, LAS %.1f: did not learn (baseline %.1f)", sc.UAS(), sc.LAS(), baseUAS)
	}
	again := roundTrip(t, m)
	p, q := m.NewParser(), again.NewParser()
	for i := range sents {
		h1, r1 := parseAll(p, &sents[i])
		checkTree(t, h1, r1)
		h2, r2 := parseAll(q, &sents[i])
		if !equal(h1, h2) || strings.Join(r1, " ") != strings.Join(r2, " ") {
			t.Fatalf("sentence %d parses differently after a round trip", i)
		}
	}
}

func equal(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// roundTrip writes m and reads it back, checking the bytes are stable.
func roundTrip(t testing.TB, m *Model) *Model {
	t.Helper()
	var buf bytes.Buffer
	n, err := m.WriteTo(&buf)
	if err != nil || n != int64(buf.Len()) {
		t.Fatalf("WriteTo: %d bytes of %d, %v", n, buf.Len(), err)
	}
	again, err := Read(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var buf2 bytes.Buffer
	again.WriteTo(&buf2)
	if !bytes.Equal(buf.Bytes(), buf2.Bytes()) {
		t.Fatal("a model read back writes other bytes")
	}
	return again
}

func TestToyGrammar(t *testing.T) {
	m := trainToy(t)
	sc := Evaluate(m, toyCorpus(100, 3))
	// Where a PP attaches is chosen at random by the grammar, so a few
	// percent are beyond any parser.
	if sc.UAS() < 90 || sc.LAS() < 90 {
		t.Errorf("toy grammar: %s, want ≥ 90", sc)
	}
	roundTrip(t, m)
	// The committed model must be what its training command makes.
	var a, b bytes.Buffer
	m.WriteTo(&a)
	trainToy(t).WriteTo(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("training twice gives two models")
	}
}

// TestBadInput: whatever the words, tags and lengths, Parse returns a
// tree over the words it parses, in time linear in their number.
func TestBadInput(t *testing.T) {
	m := trainToy(t)
	p := m.NewParser()
	rep := func(s string, n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = s
		}
		return out
	}
	long := make([]string, 20000)
	for i := range long {
		long[i] = []string{"the", "dog", "saw", "in", ",", "a"}[i%6]
	}
	for _, tt := range []struct {
		name              string
		words, upos, xpos []string
		n                 int // words parsed
	}{
		{"empty", nil, nil, nil, 0},
		{"one word", []string{"Hello"}, []string{"INTJ"}, []string{"UH"}, 1},
		{"punctuation", rep("!", 60), rep("PUNCT", 60), rep(".", 60), 60},
		{"unknown tags", rep("x", 7), rep("???", 7), rep("", 7), 7},
		{"empty strings", rep("", 5), rep("", 5), rep("", 5), 5},
		{"tags missing", rep("dog", 6), rep("NOUN", 2), nil, 6},
		{"twenty thousand words", long, rep("NOUN", 20000), rep("NN", 20000), 20000},
	} {
		t.Run(tt.name, func(t *testing.T) {
			heads, rels := make([]int, len(tt.words)), make([]string, len(tt.words))
			start := time.Now()
			p.Parse(tt.words, tt.upos, tt.xpos, heads, rels)
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("took %s", d)
			}
			checkTree(t, heads[:tt.n], rels[:tt.n])
		})
	}
	// Fewer heads than words: only that many words are parsed, and the
	// slices are not written past their length.
	heads, rels := make([]int, 3), make([]string, 5)
	p.Parse(rep("dog", 8), rep("NOUN", 8), rep("NN", 8), heads, rels)
	checkTree(t, heads, rels[:3])
	if rels[3] != "" || rels[4] != "" {
		t.Errorf("deprels past the parsed words were written: %q", rels)
	}
}

// TestOracle: from the start, the zero-cost transitions rebuild the
// (projectivised) gold tree, and the oracle never finds a dead end.
func TestOracle(t *testing.T) {
	sents := toyCorpus(50, 4)
	if tb := readTreebankOrNil("ud-english-ewt", "en_ewt-ud-dev.conllu"); tb != nil {
		sents = append(sents, tb...)
	}
	labels := labelSet(sents)
	exs, _, _ := examples(sents, labels)
	p := newParser(nil, nil, labels)
	var o oracle
	for i, ex := range exs {
		p.st.reset(len(ex.words))
		o.reset(ex.heads)
		for !p.st.done() {
			next := -1
			for tr := range nTrans {
				if p.st.valid(tr) && o.cost(&p.st, tr) == 0 {
					next = tr
					break
				}
			}
			if next < 0 {
				t.Fatalf("sentence %d: no zero-cost transition", i)
			}
			o.apply(&p.st, next)
			p.st.apply(next, 0)
		}
		for d := 1; d <= len(ex.words); d++ {
			if p.st.head[d] != ex.heads[d] {
				t.Fatalf("sentence %d: word %d gets head %d, gold %d", i, d, p.st.head[d], ex.heads[d])
			}
		}
	}
}

func TestProjectivize(t *testing.T) {
	for _, tt := range []struct {
		heads, want []int32 // 1..n, index 0 unused
		lifts       int
	}{
		{[]int32{-1, 2, 0, 2}, []int32{-1, 2, 0, 2}, 0},
		// 3→1 passes over 2, the head of 3: 1 goes up to 2.
		{[]int32{-1, 3, 0, 2, 2}, []int32{-1, 2, 0, 2, 2}, 1},
		// 4→2 and 3→5 cross each other and 1→4: both go up to 1.
		{[]int32{-1, 0, 4, 1, 1, 3}, []int32{-1, 0, 1, 1, 1, 1}, 2},
	} {
		h := append([]int32(nil), tt.heads...)
		n := projectivize(h)
		if n != tt.lifts || !equal32(h, tt.want) {
			t.Errorf("projectivize(%v) = %v with %d lifts, want %v with %d", tt.heads, h, n, tt.want, tt.lifts)
		}
		for d := 1; d < len(h); d++ {
			if h[d] > 0 && !projective(h, h[d], int32(d)) {
				t.Errorf("projectivize(%v): arc %d→%d still crosses", tt.heads, h[d], d)
			}
		}
	}
}

func equal32(a, b []int32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestCorrupt(t *testing.T) {
	var buf bytes.Buffer
	trainToy(t).WriteTo(&buf)
	good := buf.Bytes()
	// Every length up to the end of the relations, then a sample: the
	// parts' own checks are tested in perceptron.
	step := max(1, len(good)/2000)
	for n := 0; n < len(good); n++ {
		if n > 600 && n%step != 0 {
			continue
		}
		if _, err := Read(bytes.NewReader(good[:n])); !errors.Is(err, ErrCorrupt) {
			t.Fatalf("truncated to %d bytes: error %v, want ErrCorrupt", n, err)
		}
	}
	for i := range good {
		if i > 600 && i%step != 0 {
			continue
		}
		bad := bytes.Clone(good)
		bad[i] ^= 0x21
		if _, err := Read(bytes.NewReader(bad)); !errors.Is(err, ErrCorrupt) {
			t.Fatalf("byte %d flipped: error %v, want ErrCorrupt", i, err)
		}
	}
}

func FuzzRead(f *testing.F) {
	// A model of two sentences: the fuzzer's engine crawls on seeds of
	// tens of kilobytes.
	m, err := Train(toyCorpus(2, 1), nil, TrainOptions{Epochs: 1}, io.Discard)
	if err != nil {
		f.Fatal(err)
	}
	var buf bytes.Buffer
	m.WriteTo(&buf)
	f.Add(buf.Bytes())
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Read(bytes.NewReader(data))
		if err != nil {
			return
		}
		heads, rels := make([]int, 3), make([]string, 3)
		m.NewParser().Parse([]string{"a", "dog", "."}, []string{"DET", "NOUN", "PUNCT"}, []string{"DT", "NN", "."}, heads, rels)
	})
}

// FuzzParse parses arbitrary tag sequences: each byte of data picks a word
// and its tags, and the parse must be a tree.
func FuzzParse(f *testing.F) {
	m := trainToy(f)
	p := m.NewParser()
	f.Add([]byte("the dog saw a cat."))
	f.Add([]byte{})
	f.Add(bytes.Repeat([]byte{'.'}, 300))
	tags := [][2]string{{"DET", "DT"}, {"NOUN", "NN"}, {"VERB", "VBD"}, {"ADP", "IN"}, {"PUNCT", "."}, {"ADJ", "JJ"}, {"X", ""}, {"", "weird"}}
	f.Fuzz(func(t *testing.T, data []byte) {
		n := len(data)
		words, upos, xpos := make([]string, n), make([]string, n), make([]string, n)
		for i, c := range data {
			words[i] = string(rune(c))
			upos[i], xpos[i] = tags[int(c)%len(tags)][0], tags[int(c)/len(tags)%len(tags)][1]
		}
		heads, rels := make([]int, n), make([]string, n)
		p.Parse(words, upos, xpos, heads, rels)
		checkTree(t, heads, rels)
	})
}
