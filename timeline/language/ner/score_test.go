package ner

import (
	"slices"
	"strings"
	"testing"
)

func TestScorer(t *testing.T) {
	tests := []struct {
		name              string
		gold, guess       string
		right, found, all int
	}{
		{"exact", "B-PER I-PER O B-LOC", "B-PER I-PER O B-LOC", 2, 2, 2},
		{"short span is wrong", "B-PER I-PER O", "B-PER O O", 0, 1, 1},
		{"wrong type", "B-ORG O", "B-LOC O", 0, 1, 1},
		{"I after O starts a chunk", "B-LOC O", "I-LOC O", 1, 1, 1},
		{"type change splits", "B-ORG I-LOC", "B-ORG B-LOC", 2, 2, 2},
		{"groups not scored", "O O", "B-GRP I-GRP", 0, 0, 0},
		{"adjacent spans", "B-PER B-PER", "B-PER I-PER", 0, 1, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc := NewScorer("PER", "ORG", "LOC")
			sc.Add(strings.Fields(tt.gold), strings.Fields(tt.guess))
			if sc.All.Right != tt.right || sc.All.Guess != tt.found || sc.All.Gold != tt.all {
				t.Errorf("right/found/gold = %d/%d/%d, want %d/%d/%d", sc.All.Right, sc.All.Guess, sc.All.Gold, tt.right, tt.found, tt.all)
			}
		})
	}
	c := Counts{Gold: 4, Guess: 2, Right: 1}
	if c.P() != 50 || c.R() != 25 || c.F1() < 33.3 || c.F1() > 33.4 {
		t.Errorf("P/R/F1 = %v/%v/%v", c.P(), c.R(), c.F1())
	}
}

func TestGroups(t *testing.T) {
	tests := []struct {
		name              string
		words, upos, pred string
		want              string
	}{
		{"nationality", "the Russian army", "DET ADJ NOUN", "O O O", "O B-GRP O"},
		{"plural and run", "Sunni Muslims prayed", "ADJ PROPN VERB", "O O O", "B-GRP I-GRP O"},
		{"lower case is no name", "a russian doll", "DET ADJ NOUN", "O O O", "O O O"},
		{"verb is no group", "they Democrat", "PRON VERB", "O O", "O O"},
		{"inside a name stands", "Iraqi National Congress", "PROPN PROPN PROPN", "B-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG"},
		{"lone group word the model took", "Iraqis said", "PROPN VERB", "B-PER O", "B-GRP O"},
		{"party", "the Democrats won", "DET PROPN VERB", "O O O", "O B-GRP O"},
	}
	m := &Model{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words, upos := strings.Fields(tt.words), strings.Fields(tt.upos)
			got := relabel(m, words, upos, tt.pred, func(classes []int, ws []word) { groups(classes, ws, upos) })
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestShape(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
		caps uint8
	}{
		{"London", "Paris", true, capsInit},
		{"NASA", "IBM", true, capsAll},
		{"McDonald", "Smith", false, capsMixed},
		{"1999", "2004", true, capsNone},
		{"word", "Word", false, capsLower},
	}
	for _, tt := range tests {
		ha, ca := shapeOf(tt.a, make([]byte, 0, 8))
		hb, _ := shapeOf(tt.b, make([]byte, 0, 8))
		if (ha == hb) != tt.same || ca != tt.caps {
			t.Errorf("%q/%q: same shape %v, caps %d; want %v, %d", tt.a, tt.b, ha == hb, ca, tt.same, tt.caps)
		}
	}
}

func TestGazetteer(t *testing.T) {
	words := strings.Fields("She flew from New York City to the United Kingdom via NATO")
	ws, _ := (&Model{}).describe(nil, words, nil, nil, nil)
	want := map[string]string{"New": "city", "City": "city", "United": "country", "Kingdom": "country", "NATO": "org", "flew": ""}
	for i, w := range words {
		if c, ok := want[w]; ok && gazClasses[ws[i].gaz>>1] != c {
			t.Errorf("%q: class %q, want %q", w, gazClasses[ws[i].gaz>>1], c)
		}
	}
	if ws[3].gaz&1 != 0 || ws[4].gaz&1 != 1 {
		t.Errorf("New York City: first word marked inside, or second not")
	}
}

func TestLexiconSections(t *testing.T) {
	for line := range strings.SplitSeq(gazetteerText, "\n") {
		if strings.HasPrefix(line, "[") && !slices.Contains(gazClasses, strings.Trim(strings.TrimSpace(line), "[]")) {
			t.Errorf("gazetteer section %s is not in gazClasses", line)
		}
	}
	if len(lex.groups) < 300 || len(lex.first) < 2000 {
		t.Errorf("lists read short: %d group words, %d gazetteer first words", len(lex.groups), len(lex.first))
	}
}
