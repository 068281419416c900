package ner

import "testing"

func TestGazTypes(t *testing.T) {
	tests := []ruleCase{
		{"a country read as a person", "Australia said it would appeal", "B-PER O O O O", "B-LOC O O O O"},
		{"an organisation read as a person", "she joined Goldman Sachs in May", "O O B-PER I-PER O O", "O O B-ORG I-ORG O O"},
		{"only a person's type is changed", "he works at the White House now", "O O O O B-LOC I-LOC O", "O O O O B-LOC I-LOC O"},
		{"an entry of more than one list", "Austin scored twice", "B-PER O O", "B-PER O O"},
		{"after a title", "Mr. Lincoln said", "O B-PER O", "O B-PER O"},
		{"capitals written as a word", "Uefa fined the club", "B-PER O O O", "B-ORG O O O"},
		{"a word that is no entry in capitals", "Who said that", "B-PER O O", "B-PER O O"},
		{"a longer name stands", "Paris Hilton arrived", "B-PER I-PER O", "B-PER I-PER O"},
		{"part of an entry stands", "we left New York City today", "O O B-PER I-PER O O", "O O B-PER I-PER O O"},
		{"a name not in the gazetteer stands", "Anna Berg said", "B-PER I-PER O", "B-PER I-PER O"},
	}
	m := &Model{}
	checkRule(t, m, tests, func(classes []int, ws []word, _ []string) { gazTypes(classes, ws) })
}

func TestGazNames(t *testing.T) {
	tests := []ruleCase{
		{"an organisation left out", "She sold it to Google last year", "O O O O O O O", "O O O O B-ORG O O"},
		{"a place left out", "They flew to Belgium on Monday", "O O O O O O", "O O O B-LOC O O"},
		{"an entry of two words", "He quit Goldman Sachs in May", "O O O O O O", "O O B-ORG I-ORG O O"},
		{"labelled already", "She sold it to Google last year", "O O O O B-PER O O", "O O O O B-PER O O"},
		{"a longer run", "She sold it to Google Maps users", "O O O O O O O", "O O O O O O O"},
		{"a word mostly in lower case", "They missed the Target again", "O O O O O", "O O O O O"},
		{"a lone first word", "Google it", "O O", "O O"},
		{"an entry of more than one list", "She met Jordan there", "O O O O", "O O O O"},
		{"a title-case sentence", "Why We Left Google For Good", "O O O O O O", "O O O O O O"},
		{"lower case", "Anna flew to belgium with Ivo", "O O O O O O", "O O O O O O"},
	}
	m := &Model{ratios: map[uint32]uint8{}}
	var buf []byte
	for _, w := range []string{"target"} {
		var h uint64
		h, buf = lowerHash(w, buf)
		m.ratios[uint32(h)] = ratioNever
	}
	checkRule(t, m, tests, func(classes []int, ws []word, _ []string) { gazNames(classes, ws) })
}
