package tagger

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestSmoke trains on 300 sentences of EWT, as the training command's
// quick mode does, in a few seconds.
func TestSmoke(t *testing.T) {
	train := readTreebank(t, "ud-english-ewt", "en_ewt-ud-train.conllu")[:300]
	m, err := Train(train, nil, TrainOptions{Epochs: 3, MorphEpochs: 2, MinWeight: 0.5}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	// Chance is one class in 17 or so, the most frequent class 17%.
	sc := Evaluate(m, train)
	for _, s := range []struct {
		name    string
		n       int
		atLeast float64
	}{{"UPOS", sc.UPOS, 90}, {"XPOS", sc.XPOS, 90}, {"UFeats", sc.UFeats, 90}, {"Lemmas", sc.Lemmas, 95}} {
		if sc.Pct(s.n) < s.atLeast {
			t.Errorf("%s %.2f on its training sentences, want ≥ %g", s.name, sc.Pct(s.n), s.atLeast)
		}
	}
	b := modelBytes(t, m)
	again, err := Read(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, modelBytes(t, again)) {
		t.Errorf("a model read back writes other bytes")
	}
	for _, n := range []int{0, 3, len(b) / 2, len(b) - 1} {
		if _, err := Read(bytes.NewReader(b[:n])); !errors.Is(err, ErrCorrupt) {
			t.Errorf("truncated to %d of %d bytes: error %v, want ErrCorrupt", n, len(b), err)
		}
	}
}

// committed returns the committed model, skipping the test when it is
// absent.
func committed(t testing.TB) *Model {
	t.Helper()
	path := filepath.Join("..", "models", "tagger.model.gz")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("no model: %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Read(zr)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestCommitted checks the committed model's accuracy on EWT dev, which
// chose its epochs, against what the training run reported.
func TestCommitted(t *testing.T) {
	m := committed(t)
	dev := readTreebank(t, "ud-english-ewt", "en_ewt-ud-dev.conllu")
	sc := Evaluate(m, dev)
	t.Logf("EWT dev: %s", sc)
	for _, s := range []struct {
		name    string
		n       int
		atLeast float64
	}{{"UPOS", sc.UPOS, 95}, {"XPOS", sc.XPOS, 94.2}, {"UFeats", sc.UFeats, 94.3}, {"Lemmas", sc.Lemmas, 96.9}} {
		if sc.Pct(s.n) < s.atLeast {
			t.Errorf("%s %.2f, want ≥ %g", s.name, sc.Pct(s.n), s.atLeast)
		}
	}
}

func TestCommittedAnalyses(t *testing.T) {
	m := committed(t)
	tg := m.NewTagger()
	for _, tt := range []struct {
		words []string
		want  []Analysis // Feats "" is not checked
	}{
		{[]string{"They", "were", "n't", "running", "."}, []Analysis{
			{"PRON", "PRP", "they", "Case=Nom|Number=Plur|Person=3|PronType=Prs"},
			{"AUX", "VBD", "be", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"},
			{"PART", "RB", "not", "Polarity=Neg"},
			{"VERB", "VBG", "run", "Tense=Pres|VerbForm=Part"},
			{"PUNCT", ".", ".", "_"},
		}},
		{[]string{"The", "minister", "'s", "aides", "said", "it", "'s", "late", "."}, []Analysis{
			{"DET", "DT", "the", ""}, {"NOUN", "NN", "minister", "Number=Sing"},
			{"PART", "POS", "'s", "_"}, {"NOUN", "NNS", "aide", "Number=Plur"},
			{"VERB", "VBD", "say", ""}, {"PRON", "PRP", "it", ""},
			{"AUX", "VBZ", "be", ""}, {"ADJ", "JJ", "late", ""}, {"PUNCT", ".", ".", "_"},
		}},
		// Words not in the lexicon: lemmas by suffix rules, a proper noun
		// keeps its capitals.
		{[]string{"Mr.", "Zorblax", "was", "glimfing", "quickly", "."}, []Analysis{
			{"PROPN", "NNP", "Mr.", ""},
			{"PROPN", "NNP", "Zorblax", "Number=Sing"},
			{"AUX", "VBD", "be", ""},
			{"VERB", "VBG", "glimf", "Tense=Pres|VerbForm=Part"},
			{"ADV", "RB", "quickly", ""},
			{"PUNCT", ".", ".", "_"},
		}},
	} {
		got := tg.Tag(tt.words, nil)
		for i, w := range tt.want {
			g := got[i]
			if w.Feats == "" {
				g.Feats = ""
			}
			if g != w {
				t.Errorf("%q: %+v, want %+v", tt.words[i], got[i], w)
			}
		}
	}
}

// TestNoAllocs checks that known words cost no allocation.
func TestNoAllocs(t *testing.T) {
	m := committed(t)
	tg := m.NewTagger()
	words := []string{"The", "president", "said", "on", "Monday", "that", "they", "had", "n't", "agreed", "."}
	out := tg.Tag(words, nil)
	if n := testing.AllocsPerRun(100, func() { out = tg.Tag(words, out[:0]) }); n != 0 {
		t.Errorf("%g allocations per sentence of known words", n)
	}
}
