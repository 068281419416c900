package depparse

import (
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// committed returns the committed model, skipping when it is absent.
func committed(t testing.TB) *Model {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "models", "parser.model.gz"))
	if err != nil {
		t.Skipf("no committed model: %v", err)
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

// TestCommittedModel parses sentences whose English subtypes a parser of
// UD English must get: passives, particles, possessives, relative clauses.
func TestCommittedModel(t *testing.T) {
	m := committed(t)
	p := m.NewParser()
	for _, tt := range []struct {
		words, upos, xpos string
		want              []string // "dependent rel head", by word
	}{
		{
			"The letter was written by the minister .",
			"DET NOUN AUX VERB ADP DET NOUN PUNCT",
			"DT NN VBD VBN IN DT NN .",
			[]string{"letter nsubj:pass written", "was aux:pass written", "written root ROOT", "minister obl:agent written", "by case minister"},
		},
		{
			"She gave up her job on Monday .",
			"PRON VERB ADP PRON NOUN ADP PROPN PUNCT",
			"PRP VBD RP PRP$ NN IN NNP .",
			[]string{"She nsubj gave", "up compound:prt gave", "her nmod:poss job", "job obj gave", "Monday obl gave"},
		},
		{
			"The man who lives here left .",
			"DET NOUN PRON VERB ADV VERB PUNCT",
			"DT NN WP VBZ RB VBD .",
			[]string{"who nsubj lives", "lives acl:relcl man", "man nsubj left", "left root ROOT"},
		},
	} {
		words := strings.Fields(tt.words)
		heads, rels := make([]int, len(words)), make([]string, len(words))
		p.Parse(words, strings.Fields(tt.upos), strings.Fields(tt.xpos), heads, rels)
		checkTree(t, heads, rels)
		got := map[string]bool{}
		for i, w := range words {
			h := "ROOT"
			if heads[i] > 0 {
				h = words[heads[i]-1]
			}
			got[w+" "+rels[i]+" "+h] = true
		}
		for _, w := range tt.want {
			if !got[w] {
				t.Errorf("%q: no %q; parse %v %q", tt.words, w, heads, rels)
			}
		}
	}
}

// TestCommittedScore: the committed model keeps its score on EWT dev with
// gold tags (see doc.go).
func TestCommittedScore(t *testing.T) {
	m := committed(t)
	dev := readTreebank(t, "ud-english-ewt", "en_ewt-ud-dev.conllu")
	sc := Evaluate(m, dev)
	t.Logf("EWT dev, gold tags: %s", sc)
	if sc.UAS() < 87 || sc.LAS() < 85 {
		t.Errorf("EWT dev: %s, want UAS ≥ 87, LAS ≥ 85", sc)
	}
}
