package ner

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/storyline/storyline/timeline/language/conllu"
	"github.com/storyline/storyline/timeline/language/perceptron"
)

// nlp is ../shared/nlp from the repository's root.
var nlp = filepath.Join("..", "..", "..", "..", "shared", "nlp")

type smokeSet struct{ train, test []Sentence }

// smokeData reads a few hundred GUM and UNER sentences to train on, and
// UNER sentences to test on.
var smokeData = sync.OnceValues(func() (smokeSet, error) {
	train, test, err := readSmoke()
	return smokeSet{train, test}, err
})

func readSmoke() (train, test []Sentence, err error) {
	gum, err := conllu.ReadFile(filepath.Join(nlp, "ud-english-gum", "en_gum-ud-train.conllu"))
	if err != nil {
		return nil, nil, err
	}
	ewt, err := conllu.ReadFile(filepath.Join(nlp, "ud-english-ewt", "en_ewt-ud-dev.conllu"))
	if err != nil {
		return nil, nil, err
	}
	f, err := os.Open(filepath.Join(nlp, "uner-english-ewt", "en_ewt-ud-dev.iob2"))
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	uner, _, err := ReadIOB2(f, ewt)
	if err != nil {
		return nil, nil, err
	}
	for i := range gum[:400] {
		s, err := FromGUM(&gum[i])
		if err != nil {
			return nil, nil, err
		}
		train = append(train, s)
	}
	return append(train, uner[:400]...), uner[1600:], nil
}

var smokeModel = sync.OnceValues(func() (*Model, error) {
	d, err := smokeData()
	if err != nil {
		return nil, err
	}
	return Train(d.train, nil, TrainOptions{Epochs: 4, Seed: 1}, io.Discard)
})

func trained(t testing.TB) (*Model, []Sentence) {
	t.Helper()
	d, err := smokeData()
	test := d.test
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("no treebanks: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	m, err := smokeModel()
	if err != nil {
		t.Fatal(err)
	}
	return m, test
}

// TestSmoke trains on a few hundred sentences, in seconds, and checks
// that the model learned names it never saw.
func TestSmoke(t *testing.T) {
	m, test := trained(t)
	sc := Evaluate(m, test)
	if f := sc.All.F1(); f < 35 {
		var b bytes.Buffer
		sc.Report(&b)
		t.Errorf("held-out F1 %.1f, want at least 35:\n%s", f, b.String())
	}
}

func TestFileRoundTrip(t *testing.T) {
	m, test := trained(t)
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
		t.Errorf("a model read back writes other bytes")
	}
	a, b := m.NewRecognizer(), again.NewRecognizer()
	var la, lb []string
	for _, s := range test[:100] {
		la = a.Recognize(s.Words, s.UPOS, s.XPOS, la[:0])
		lb = b.Recognize(s.Words, s.UPOS, s.XPOS, lb[:0])
		if !equal(la, lb) {
			t.Fatalf("%s: %v, read back %v", s.ID, la, lb)
		}
	}
}

func equal(a, b []string) bool {
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

func TestReadDamaged(t *testing.T) {
	m, _ := trained(t)
	var buf bytes.Buffer
	m.WriteTo(&buf)
	good := buf.Bytes()
	step := max(1, len(good)/500)
	for n := 0; n < len(good); n += step {
		if _, err := Read(bytes.NewReader(good[:n])); !errors.Is(err, ErrCorrupt) {
			t.Fatalf("truncated to %d bytes: error %v, want ErrCorrupt", n, err)
		}
	}
	for i := 0; i < len(good); i += step {
		bad := bytes.Clone(good)
		bad[i] ^= 0x10
		if _, err := Read(bytes.NewReader(bad)); !errors.Is(err, ErrCorrupt) {
			t.Fatalf("byte %d flipped: error %v, want ErrCorrupt", i, err)
		}
	}
}

func TestRecognizeOddInput(t *testing.T) {
	m, _ := trained(t)
	r := m.NewRecognizer()
	tests := []struct {
		name              string
		words, upos, xpos []string
	}{
		{"empty", nil, nil, nil},
		{"no tags", []string{"John", "Smith", "left"}, nil, nil},
		{"short tags", []string{"In", "Paris", "."}, []string{"ADP"}, nil},
		{"punctuation", []string{"!", "?", "...", "—", "“"}, nil, nil},
		{"mixed scripts", []string{"Москва", "and", "東京", "ÉCOLE", "x"}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := r.Recognize(tt.words, tt.upos, tt.xpos, []string{"keep"})
			if len(out) != len(tt.words)+1 || out[0] != "keep" {
				t.Fatalf("got %v for %d words: Recognize must append one label a word", out, len(tt.words))
			}
			if !validBIO(grpAsO(out[1:])) {
				t.Errorf("invalid BIO %v", out[1:])
			}
		})
	}
}

func grpAsO(ls []string) []string {
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = l
		if l == BGRP || l == IGRP {
			out[i] = O
		}
	}
	return out
}

func FuzzRead(f *testing.F) {
	m := &Model{ratios: map[uint32]uint8{7: ratioAlways, 9: ratioNever}}
	tr := Sentence{Words: []string{"Kim", "met", "Lee"}, UPOS: []string{"PROPN", "VERB", "PROPN"}, XPOS: []string{"NNP", "VBD", "NNP"}, Labels: []string{BPER, O, BPER}}
	if tm, err := Train([]Sentence{tr}, nil, TrainOptions{Epochs: 2}, io.Discard); err == nil {
		m = tm
	}
	var buf bytes.Buffer
	m.WriteTo(&buf)
	f.Add(buf.Bytes())
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Read(bytes.NewReader(data))
		if err != nil {
			if !errors.Is(err, ErrCorrupt) {
				t.Fatalf("error %v does not wrap ErrCorrupt", err)
			}
			return
		}
		m.NewRecognizer().Recognize(tr.Words, tr.UPOS, tr.XPOS, nil)
	})
}

// benchModel is the committed model when there is one, else the smoke
// model.
func benchModel(b *testing.B) (*Model, []Sentence) {
	m, test := trained(b)
	f, err := os.Open(filepath.Join("..", "models", "ner.model.gz"))
	if err != nil {
		b.Logf("no committed model (%v): benchmarking the smoke model", err)
		return m, test
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	if m, err = Read(zr); err != nil {
		b.Fatal(err)
	}
	return m, test
}

// BenchmarkRecognize labels a thousand sentences of varied text (GUM and
// UNER dev), tagged with gold tags.
func BenchmarkRecognize(b *testing.B) {
	m, _ := benchModel(b)
	d, _ := smokeData()
	sents := append(slices.Clip(d.train), d.test...)
	r := m.NewRecognizer()
	var out []string
	words := 0
	for _, s := range sents {
		out = r.Recognize(s.Words, s.UPOS, s.XPOS, out[:0])
		words += len(s.Words)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			out = r.Recognize(s.Words, s.UPOS, s.XPOS, out[:0])
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(0, "ns/op")
}

// TestCacheAgrees checks that scores summed from the per-word cache equal
// those of all features scored at once, the way training scores them.
func TestCacheAgrees(t *testing.T) {
	m, test := trained(t)
	r := m.NewRecognizer()
	full := make([]int32, nclass)
	var fs []perceptron.Feature
	for _, s := range test[:200] {
		r.words, r.buf = m.describe(r.words, s.Words, s.UPOS, s.XPOS, r.buf)
		for i := range r.words {
			r.emission(i)
			fs = features(fs[:0], r.words, i)
			m.weights.Score(fs, full)
			if !slices.Equal(r.scores, full) {
				t.Fatalf("%s word %d: cached scores %v, all at once %v", s.ID, i, r.scores, full)
			}
		}
	}
}

// TestAveragedDeterministic trains two averaged perceptrons twice, each
// on its own goroutine, and checks that both runs write the same bytes,
// and that the average labels as well as one perceptron does.
func TestAveragedDeterministic(t *testing.T) {
	d, err := smokeData()
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("no treebanks: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	opts := TrainOptions{Epochs: 4, Seed: 1, Models: 2}
	var files [2][]byte
	var m *Model
	for i := range files {
		if m, err = Train(d.train, nil, opts, io.Discard); err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		m.WriteTo(&b)
		files[i] = b.Bytes()
	}
	if !bytes.Equal(files[0], files[1]) {
		t.Errorf("two runs wrote different models")
	}
	if f := Evaluate(m, d.test).All.F1(); f < 35 {
		t.Errorf("averaged model: held-out F1 %.1f, want at least 35", f)
	}
}

// TestFeatureOfKey checks what averaged relies on: a Feature whose high
// half is zero has its low half as its key.
func TestFeatureOfKey(t *testing.T) {
	for _, k := range []uint32{1, 2, 0x8000_0000, 0xffff_ffff, uint32(templates[tLower].Int(42).Key())} {
		if got := perceptron.Feature(k).Key(); got != k {
			t.Errorf("Feature(%#x).Key() = %#x", k, got)
		}
	}
}
