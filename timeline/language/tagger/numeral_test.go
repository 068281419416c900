package tagger

import "testing"

// A Roman numeral that counts the capitalised noun before it is a number,
// not the pronoun "I" or a noun.
func TestRomanNumeral(t *testing.T) {
	checkTags(t, committedModel(t), []tagCase{
		{"Anna Berg 's grandfather fought in World War I .", 8, "CD", ""},
		{"The rules of Part I and Part II apply to Carl Dahl .", 4, "CD", ""},
		{"The rules of Part I and Part II apply to Carl Dahl .", 7, "CD", ""},
		{"Parts I through IV apply .", 1, "CD", ""},
		{"Parts I through IV apply .", 3, "CD", ""},
		{"Gus Holm read Chapter IV aloud .", 4, "CD", ""},
		{"On Monday I left the office .", 2, "PRP", ""}, // after a name of a day, the pronoun
		{"The War I remember was long .", 2, "PRP", ""},
	})
}
