package language

import "testing"

// TestAppositionAfterSubjectNoun: an indefinite noun phrase set off by
// commas after a subject's common noun is its apposition, not a second
// subject; a list with its "and" is left.
func TestAppositionAfterSubjectNoun(t *testing.T) {
	checkArcs(t, []arcCase{
		{"A third suspect, a woman, was arrested on Saturday.", "woman", "suspect", "appos", false},
		{"The driver, a passenger and a cyclist were hurt.", "cyclist", "passenger", "conj", false}, // a list
	})
}
