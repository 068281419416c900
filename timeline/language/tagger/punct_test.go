package tagger

import "testing"

// A word with a letter in it is never punctuation, whatever its
// neighbours; punctuation stays punctuation.
func TestWordNotPunct(t *testing.T) {
	checkTags(t, committedModel(t), []tagCase{
		{"The arrest took place two days after the vote .", 3, "NN", "place"},
		{"The arrest took place two days after the vote .", 9, ".", ""},
		{"He won -- narrowly .", 2, ",", ""},
	})
}
