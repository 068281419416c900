package ner

import "testing"

func TestStorms(t *testing.T) {
	tests := []ruleCase{
		{"a storm read as a person", "Hurricane Anna packed winds", "B-PER I-PER O O", "O O O O"},
		{"the name after the storm word", "as Hurricane Anna hit", "O O B-PER O", "O O O O"},
		{"read as an organisation", "after Typhoon Ivo Renner left", "O B-ORG I-ORG I-ORG O", "O O O O O"},
		{"the word alone", "Storm scored twice", "B-PER O O", "B-PER O O"},
		{"a person", "Anna Berg packed bags", "B-PER I-PER O O", "B-PER I-PER O O"},
		{"an organisation", "the Hurricane Center said", "O B-ORG I-ORG O", "O B-ORG I-ORG O"},
	}
	m := &Model{}
	checkRule(t, m, tests, storms)
}
