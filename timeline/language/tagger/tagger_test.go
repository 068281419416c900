package tagger

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline/language/conllu"
	"github.com/storyline/storyline/timeline/language/perceptron"
)

// toyCorpus is a handful of tagged sentences: "form/UPOS/XPOS/lemma/FEATS"
// words, enough to train a model for the tests that need one without the
// treebanks.
var toyCorpus = []string{
	"The/DET/DT/the/Definite=Def|PronType=Art dog/NOUN/NN/dog/Number=Sing runs/VERB/VBZ/run/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin ./PUNCT/././_",
	"The/DET/DT/the/Definite=Def|PronType=Art dogs/NOUN/NNS/dog/Number=Plur ran/VERB/VBD/run/Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin home/ADV/RB/home/_ ./PUNCT/././_",
	"A/DET/DT/a/Definite=Ind|PronType=Art cat/NOUN/NN/cat/Number=Sing sleeps/VERB/VBZ/sleep/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin ./PUNCT/././_",
	"They/PRON/PRP/they/Case=Nom|Number=Plur|Person=3|PronType=Prs were/AUX/VBD/be/Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin n't/PART/RB/not/Polarity=Neg running/VERB/VBG/run/Tense=Pres|VerbForm=Part ./PUNCT/././_",
	"Paris/PROPN/NNP/Paris/Number=Sing is/AUX/VBZ/be/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin big/ADJ/JJ/big/Degree=Pos ./PUNCT/././_",
	"She/PRON/PRP/she/Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs walked/VERB/VBD/walk/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin to/ADP/IN/to/_ Paris/PROPN/NNP/Paris/Number=Sing ./PUNCT/././_",
	"I/PRON/PRP/I/Case=Nom|Number=Sing|Person=1|PronType=Prs walked/VERB/VBD/walk/Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin home/ADV/RB/home/_ ./PUNCT/././_",
	"The/DET/DT/the/Definite=Def|PronType=Art cats/NOUN/NNS/cat/Number=Plur walked/VERB/VBD/walk/Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin ./PUNCT/././_",
	"Cats/NOUN/NNS/cat/Number=Plur sleep/VERB/VBP/sleep/Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin ./PUNCT/././_",
	"A/DET/DT/a/Definite=Ind|PronType=Art big/ADJ/JJ/big/Degree=Pos dog/NOUN/NN/dog/Number=Sing was/AUX/VBD/be/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin walking/VERB/VBG/walk/Tense=Pres|VerbForm=Part ./PUNCT/././_",
}

func toySentences(t testing.TB) []conllu.Sentence {
	t.Helper()
	var out []conllu.Sentence
	for _, line := range toyCorpus {
		var s conllu.Sentence
		for i, w := range strings.Fields(line) {
			p := strings.Split(w, "/")
			if len(p) != 5 {
				t.Fatalf("toy word %q", w)
			}
			s.Words = append(s.Words, conllu.Word{ID: i + 1, Form: p[0], UPOS: p[1], XPOS: p[2], Lemma: p[3], Feats: p[4]})
		}
		out = append(out, s)
	}
	return out
}

func toyModel(t testing.TB) *Model {
	t.Helper()
	m, err := Train(toySentences(t), nil, TrainOptions{Epochs: 5, MorphEpochs: 2}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func modelBytes(t testing.TB, m *Model) []byte {
	t.Helper()
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestToy(t *testing.T) {
	m := toyModel(t)
	tg := m.NewTagger()
	for _, tt := range []struct {
		words []string
		want  []Analysis
	}{
		{[]string{"The", "dogs", "ran", "home", "."}, []Analysis{
			{"DET", "DT", "the", "Definite=Def|PronType=Art"},
			{"NOUN", "NNS", "dog", "Number=Plur"},
			{"VERB", "VBD", "run", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"},
			{"ADV", "RB", "home", "_"},
			{"PUNCT", ".", ".", "_"},
		}},
		// The features of a verb follow its subject.
		{[]string{"They", "were", "n't", "walking", "."}, []Analysis{
			{"PRON", "PRP", "they", "Case=Nom|Number=Plur|Person=3|PronType=Prs"},
			{"AUX", "VBD", "be", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"},
			{"PART", "RB", "not", "Polarity=Neg"},
			{"VERB", "VBG", "walk", "Tense=Pres|VerbForm=Part"},
			{"PUNCT", ".", ".", "_"},
		}},
		{nil, nil},
	} {
		got := tg.Tag(tt.words, nil)
		if len(got) != len(tt.want) {
			t.Fatalf("%q: %d analyses, want %d", tt.words, len(got), len(tt.want))
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%q word %d: %+v, want %+v", tt.words, i, got[i], tt.want[i])
			}
		}
	}
}

// TestOdd checks that input unlike any training word gets an analysis of
// the model's classes, without a panic.
func TestOdd(t *testing.T) {
	m := toyModel(t)
	tg := m.NewTagger()
	long := make([]string, 5000)
	for i := range long {
		long[i] = "word"
	}
	for _, words := range [][]string{
		{""}, {"", ""}, {"ÉCOLE", "Ünïcode", "日本語", "Mc-Donald's", "1999-2000"},
		{"....", "!!!", "—", "http://example.com/a?b=c"}, long,
	} {
		out := tg.Tag(words, nil)
		if len(out) != len(words) {
			t.Fatalf("%d analyses of %d words", len(out), len(words))
		}
		for i, a := range out {
			if a.UPOS == "" || a.XPOS == "" || a.Feats == "" {
				t.Errorf("%q: empty analysis %+v", words[i], a)
			}
		}
	}
}

// TestConcurrent tags with one Model from several goroutines (run it
// with -race).
func TestConcurrent(t *testing.T) {
	m := toyModel(t)
	want := m.NewTagger().Tag([]string{"The", "cats", "sleep", "."}, nil)
	done := make(chan []Analysis)
	for range 4 {
		go func() {
			tg := m.NewTagger()
			var out []Analysis
			for range 100 {
				out = tg.Tag([]string{"The", "cats", "sleep", "."}, out[:0])
			}
			done <- out
		}()
	}
	for range 4 {
		got := <-done
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("word %d: %+v, want %+v", i, got[i], want[i])
			}
		}
	}
}

func TestRoundTrip(t *testing.T) {
	m := toyModel(t)
	b := modelBytes(t, m)
	again, err := Read(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, modelBytes(t, again)) {
		t.Errorf("a model read back writes other bytes")
	}
	words := []string{"A", "cat", "ran", "to", "Paris", "."}
	a, c := m.NewTagger().Tag(words, nil), again.NewTagger().Tag(words, nil)
	for i := range a {
		if a[i] != c[i] {
			t.Errorf("word %d: %+v, then %+v", i, a[i], c[i])
		}
	}
	if !bytes.Equal(b, modelBytes(t, toyModel(t))) {
		t.Errorf("training twice gives two models")
	}
}

func TestCorrupt(t *testing.T) {
	good := modelBytes(t, toyModel(t))
	// Every byte of the head and lexicon, a sample of the rest.
	step := func(i int) int {
		if i < 4000 {
			return 1
		}
		return 31
	}
	for n := 0; n < len(good); n += step(n) {
		if _, err := Read(bytes.NewReader(good[:n])); !errors.Is(err, ErrCorrupt) {
			t.Fatalf("truncated to %d bytes: error %v, want ErrCorrupt", n, err)
		}
	}
	for i := 0; i < len(good); i += step(i) {
		bad := bytes.Clone(good)
		bad[i] ^= 0x40
		if _, err := Read(bytes.NewReader(bad)); !errors.Is(err, ErrCorrupt) {
			t.Fatalf("byte %d of %d flipped: error %v, want ErrCorrupt", i, len(good), err)
		}
	}
	// A damaged perceptron is both.
	bad := bytes.Clone(good)
	bad[len(bad)-1] ^= 1
	if _, err := Read(bytes.NewReader(bad)); !errors.Is(err, perceptron.ErrCorrupt) {
		t.Errorf("damaged perceptron: error %v, want perceptron.ErrCorrupt too", err)
	}
}

// tinyModel is a model of two sentences: a small seed for the fuzzers.
func tinyModel(t testing.TB) *Model {
	t.Helper()
	m, err := Train(toySentences(t)[:2], nil, TrainOptions{Epochs: 1, MorphEpochs: 1}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func FuzzRead(f *testing.F) {
	f.Add(modelBytes(f, tinyModel(f)))
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Read(bytes.NewReader(data))
		if err != nil {
			if !errors.Is(err, ErrCorrupt) {
				t.Fatalf("error %v does not wrap ErrCorrupt", err)
			}
			return
		}
		m.NewTagger().Tag([]string{"The", "Dogs", "ran", "", "日本", "."}, nil)
	})
}

// FuzzDecode fuzzes the lexicon section behind its checksum, which
// FuzzRead can seldom get past.
func FuzzDecode(f *testing.F) {
	tiny := tinyModel(f)
	var body bytes.Buffer
	tiny.encode(&encoder{b: &body})
	f.Add(body.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		m, _, err := decode(&decoder{b: data})
		if err != nil {
			if !errors.Is(err, ErrCorrupt) {
				t.Fatalf("error %v does not wrap ErrCorrupt", err)
			}
			return
		}
		if len(m.classes) != len(tiny.classes) || len(m.feats) != len(tiny.feats) {
			return
		}
		m.tags, m.morph = tiny.tags, tiny.morph
		m.finish()
		m.NewTagger().Tag([]string{"The", "Dogs", "ran", "", "日本", "."}, nil)
	})
}

// TestLinks checks that a lexicon is usable as soon as it is built: each
// exact form points at its lowercase entry.
func TestLinks(t *testing.T) {
	sents := toySentences(t)
	voc := newVocabulary(sents)
	var toks [][]token
	for _, s := range sents {
		toks = append(toks, voc.tokens(s))
	}
	lex, _, _ := buildLexicon(toks, len(voc.classes))
	for form, e := range lex.exact {
		if got, want := lex.entries[e].lower, int32(lex.lower[strings.ToLower(form)]); got != want {
			t.Errorf("%q: lowercase entry %d, want %d", form, got, want)
		}
	}
}

func TestHelpers(t *testing.T) {
	for _, tt := range []struct {
		scores []int32
		best   int
		margin int32
	}{
		{[]int32{1, 5, 3}, 1, 2}, {[]int32{5, 5, 3}, 0, 0}, {[]int32{-4, -9}, 0, 5}, {[]int32{7}, 0, math.MaxInt32},
	} {
		b, m := best2(tt.scores)
		if b != tt.best || m != tt.margin || b != perceptron.Best(tt.scores, nil) {
			t.Errorf("best2(%v) = %d, %d, want %d, %d", tt.scores, b, m, tt.best, tt.margin)
		}
	}
	for _, tt := range []struct{ in, want string }{
		{"Tense=Past|VerbForm=Part|Voice=Pass", "Tense=Past|VerbForm=Part"},
		{"Voice=Pass", "_"},
		{"Number=Sing|Typo=Yes", "Number=Sing"},
		{"_", "_"},
	} {
		if got := cleanFeats(tt.in); got != tt.want {
			t.Errorf("cleanFeats(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, tt := range []struct{ in, want string }{
		{"NumForm=Digit|NumType=Card", "NumType=Card"},
		{"Tense=Past|VerbForm=Part|Voice=Pass", "Tense=Past|VerbForm=Part"},
		{"_", ""},
	} {
		if got := universal(tt.in); got != tt.want {
			t.Errorf("universal(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, tt := range []struct {
		form, lemma string
		want        rule
	}{
		{"running", "run", rule{4, ""}},
		{"studies", "study", rule{3, "y"}},
		{"went", "go", rule{4, "go"}},
		{"dog", "dog", rule{0, ""}},
	} {
		if got, ok := ruleOf(tt.form, tt.lemma); !ok || got != tt.want {
			t.Errorf("ruleOf(%q, %q) = %+v, want %+v", tt.form, tt.lemma, got, tt.want)
		}
	}
}

// The committed model, read and written again, gives its own bytes: the
// scoring layout keeps every weight the file holds.
func TestCommittedModelRoundTrip(t *testing.T) {
	f, err := os.Open("../models/tagger.model.gz")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	want, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Read(bytes.NewReader(want))
	if err != nil {
		t.Fatal(err)
	}
	if got := modelBytes(t, m); !bytes.Equal(got, want) {
		t.Errorf("the committed model writes %d other bytes (%d read)", len(got), len(want))
	}
}
