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

// A noun right after an infinitive's "to" is the verb it introduces,
// when the word can be one; "to" before a noun phrase stays a preposition.
func TestNounAfterTo(t *testing.T) {
	checkTags(t, committedModel(t), []tagCase{
		{"They decided to fire the manager .", 3, "VB", "fire"},
		{"The company threatened to fire striking workers .", 4, "VB", "fire"},
		{"He walked to the office .", 4, "NN", ""},
	})
}
