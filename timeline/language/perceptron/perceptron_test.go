package perceptron

import (
	"bytes"
	"errors"
	"testing"
)

// toy is a three-class problem: the class is given by the word's last
// letter, with a distracting first-letter feature.
var toy = []struct {
	word  string
	class int
}{
	{"ba", 0}, {"ca", 0}, {"da", 0}, {"bb", 1}, {"cb", 1}, {"db", 1}, {"bc", 2}, {"cc", 2}, {"dc", 2},
}

func toyFeatures(w string) []Feature {
	return []Feature{Template(1).Byte(w[0]), Template(2).Byte(w[len(w)-1]), Template(0)}
}

func trainToy(t *testing.T) *Model {
	t.Helper()
	tr := NewTrainer(3)
	scores := make([]int32, 3)
	for range 5 {
		for _, ex := range toy {
			f := toyFeatures(ex.word)
			tr.Score(f, scores)
			tr.Update(f, ex.class, Best(scores, nil))
		}
	}
	return tr.Model(Compression{})
}

func TestLearns(t *testing.T) {
	m := trainToy(t)
	scores := make([]int32, m.Classes())
	for _, tt := range []struct {
		word string
		want int
	}{{"xa", 0}, {"xb", 1}, {"xc", 2}, {"ba", 0}} {
		m.Score(toyFeatures(tt.word), scores)
		if got := Best(scores, nil); got != tt.want {
			t.Errorf("%q: class %d (scores %v), want %d", tt.word, got, scores, tt.want)
		}
	}
	m.Score(toyFeatures("xc"), scores)
	if got := Best(scores, []bool{true, true, false}); got == 2 {
		t.Errorf("Best chose a class that is not allowed")
	}
	if got := Best(scores, []bool{false, false, false}); got != -1 {
		t.Errorf("Best with nothing allowed = %d, want -1", got)
	}
}

func TestPrune(t *testing.T) {
	tr := NewTrainer(2)
	for range 98 {
		tr.Tick()
	}
	tr.Update([]Feature{Template(1)}, 0, 1) // step 99: the weight holds for one step of 100
	tr.Tick()
	if m := tr.Model(Compression{}); m.Features() != 1 {
		t.Errorf("unpruned model holds %d features, want 1", m.Features())
	}
	if m := tr.Model(Compression{MinWeight: 0.5}); m.Features() != 0 {
		t.Errorf("a weight averaging 0.01 survived MinWeight 0.5")
	}
}

func TestFileRoundTrip(t *testing.T) {
	m := trainToy(t)
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
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
	a, b := make([]int32, 3), make([]int32, 3)
	for _, ex := range toy {
		m.Score(toyFeatures(ex.word), a)
		again.Score(toyFeatures(ex.word), b)
		if a[0] != b[0] || a[1] != b[1] || a[2] != b[2] {
			t.Errorf("%q scores %v, then %v", ex.word, a, b)
		}
	}
}

func TestCorrupt(t *testing.T) {
	var buf bytes.Buffer
	trainToy(t).WriteTo(&buf)
	good := buf.Bytes()
	for n := range len(good) {
		if _, err := Read(bytes.NewReader(good[:n])); !errors.Is(err, ErrCorrupt) {
			t.Fatalf("truncated to %d bytes: error %v, want ErrCorrupt", n, err)
		}
	}
	for i := range good {
		bad := bytes.Clone(good)
		bad[i] ^= 0x40
		if _, err := Read(bytes.NewReader(bad)); !errors.Is(err, ErrCorrupt) {
			t.Fatalf("byte %d flipped: error %v, want ErrCorrupt", i, err)
		}
	}
}

func FuzzRead(f *testing.F) {
	var buf bytes.Buffer
	trainToy(&testing.T{}).WriteTo(&buf)
	f.Add(buf.Bytes())
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Read(bytes.NewReader(data))
		if err != nil {
			return
		}
		scores := make([]int32, m.Classes())
		m.Score(toyFeatures("ab"), scores)
	})
}

func BenchmarkScore(b *testing.B) {
	tr := NewTrainer(40)
	feats := make([]Feature, 40)
	scores := make([]int32, 40)
	for i := range 200000 {
		for j := range feats {
			feats[j] = Template(j).Int(i * 7919 % 50000)
		}
		tr.Update(feats, i%40, (i+1)%40)
	}
	m := tr.Model(Compression{})
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		for j := range feats {
			feats[j] = Template(j).Int(i % 50000)
		}
		m.Score(feats, scores)
		i++
	}
}

func TestFeatureMixing(t *testing.T) {
	if Template(1).Str("ab").Str("c") == Template(1).Str("a").Str("bc") {
		t.Errorf("the split between two strings is lost")
	}
	if Template(1).Str("ab") != Template(1).Bytes([]byte("ab")) {
		t.Errorf("Str and Bytes differ on the same text")
	}
	if Template(1).Int(5) == Template(2).Int(5) || Template(1).Int(5) == Template(1).Int(6) {
		t.Errorf("templates or values collide")
	}
}
