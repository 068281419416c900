package ner

import (
	"strings"
	"testing"
)

func TestPlaceTeams(t *testing.T) {
	tests := []struct {
		name              string
		words, xpos, pred string
		want              string
	}{
		{"city and team", "fans of the Buffalo Bills cheered", "NNS IN DT NNP NNS VBD", "O O O B-LOC O O", "O O O B-ORG I-ORG O"},
		{"two-word city, team read as a name", "the San Diego Chargers won", "DT NNP NNP NNP VBD", "O B-LOC I-LOC O O", "O B-ORG I-ORG I-ORG O"},
		{"sentence-initial The", "The Miami Dolphins fired their coach", "DT NNP NNPS VBD PRP$ NN", "O B-PER I-PER O O O", "O B-ORG I-ORG O O O"},
		{"a people stands", "we met Texas Democrats today", "PRP VBD NNP NNPS NN", "O O B-LOC O O", "O O B-LOC O O"},
		{"a place's own cue word stands", "we flew to the Cayman Islands", "PRP VBD IN DT NNP NNPS", "O O O O B-LOC I-LOC", "O O O O B-LOC I-LOC"},
		{"a contest stands", "they went to the Paris Olympics", "PRP VBD IN DT NNP NNPS", "O O O O B-LOC O", "O O O O B-LOC O"},
		{"no plural", "we saw London Heathrow yesterday", "PRP VBD NNP NNP NN", "O O B-LOC I-LOC O", "O O B-LOC I-LOC O"},
		{"inside a longer name", "I like Move CA - Los Angeles Movers", "PRP VBP NNP NNP HYPH NNP NNP NNPS", "O O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG", "O O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG"},
		{"title case is left alone", "Buffalo Bills Fire Their Coach", "NNP NNPS VBP PRP$ NN", "B-LOC O O O O", "B-LOC O O O O"},
	}
	m := &Model{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words, xpos := strings.Fields(tt.words), strings.Fields(tt.xpos)
			ws, _ := m.describe(nil, words, nil, xpos, nil)
			var classes []int
			for _, l := range strings.Fields(tt.pred) {
				classes = append(classes, labelIndex(l))
			}
			placeTeams(classes, ws, words, xpos)
			var got []string
			for _, c := range classes {
				got = append(got, labels[c])
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("got %q, want %q", g, tt.want)
			}
		})
	}
}
