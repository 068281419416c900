package ner

import (
	"strings"
	"testing"
)

func TestStorms(t *testing.T) {
	tests := []struct {
		name, words, pred, want string
	}{
		{"a storm read as a person", "Hurricane Anna packed winds", "B-PER I-PER O O", "O O O O"},
		{"the name after the storm word", "as Hurricane Anna hit", "O O B-PER O", "O O O O"},
		{"read as an organisation", "after Typhoon Ivo Renner left", "O B-ORG I-ORG I-ORG O", "O O O O O"},
		{"the word alone", "Storm scored twice", "B-PER O O", "B-PER O O"},
		{"a person", "Anna Berg packed bags", "B-PER I-PER O O", "B-PER I-PER O O"},
		{"an organisation", "the Hurricane Center said", "O B-ORG I-ORG O", "O B-ORG I-ORG O"},
	}
	m := &Model{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words := strings.Fields(tt.words)
			ws, _ := m.describe(nil, words, nil, nil, nil)
			var classes []int
			for _, l := range strings.Fields(tt.pred) {
				classes = append(classes, labelIndex(l))
			}
			storms(classes, ws, words)
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
