package depparse

import (
	"bytes"
	"testing"

	"github.com/storyline/storyline/timeline/language/perceptron"
)

// A model read into a transitions table that must grow as its features
// come, as a file whose count is not trusted makes it, parses as the one
// read into a table of the right size, and writes the same bytes.
func TestReadInlineGrows(t *testing.T) {
	m := trainToy(t)
	var file bytes.Buffer
	if _, err := m.WriteTo(&file); err != nil {
		t.Fatal(err)
	}
	defer func(n uint32) { firstFeatures = n }(firstFeatures)
	firstFeatures = 4
	grown, err := Read(bytes.NewReader(file.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if g := grown.trans; g.n != m.trans.n || inlineLoad.Over(g.n, int(g.homes)) {
		t.Fatalf("grown table: %d features over %d homes, want %d at most %v full", g.n, g.homes, m.trans.n, inlineLoad)
	}
	var again bytes.Buffer
	grown.WriteTo(&again)
	if !bytes.Equal(again.Bytes(), file.Bytes()) {
		t.Error("the model read into a grown table writes other bytes")
	}
	p, q := m.NewParser(), grown.NewParser()
	for _, s := range toyCorpus(50, 7) {
		h1, r1 := parseAll(p, &s)
		h2, r2 := parseAll(q, &s)
		if !equal(h1, h2) || len(r1) != len(r2) {
			t.Fatalf("parses differ: %v %v, then %v %v", h1, r1, h2, r2)
		}
		for i := range r1 {
			if r1[i] != r2[i] {
				t.Fatalf("relations differ: %v, then %v", r1, r2)
			}
		}
	}
}

// Score of more features than it looks up at once is the sum of each
// feature's scores.
func TestScoreManyFeatures(t *testing.T) {
	m := trainToy(t)
	var feats []perceptron.Feature
	for _, s := range m.trans.slots {
		if key := perceptron.Unspread(s.hash()); key != 0 && len(feats) < 2*maxScored+5 {
			feats = append(feats, perceptron.Feature(key))
			feats = append(feats, perceptron.Feature(uint64(key)<<32|1)) // absent, most likely
		}
	}
	if len(feats) <= maxScored {
		t.Fatalf("the toy model has %d features, too few for the test", len(feats))
	}
	var want [nTrans]int32
	one := make([]int32, nTrans)
	for _, f := range feats {
		m.trans.Score([]perceptron.Feature{f}, one)
		for c := range want {
			want[c] += one[c]
		}
	}
	got := make([]int32, nTrans)
	m.trans.Score(feats, got)
	if [nTrans]int32(got) != want {
		t.Errorf("Score of %d features = %v, want the sum of each's, %v", len(feats), got, want)
	}
}
