package language

import "testing"

// TestAppositionAfterSubjectNoun: an indefinite noun phrase set off by
// commas after a subject's common noun is its apposition, not a second
// subject, and so is a name with "the"; a list with its "and" is left.
func TestAppositionAfterSubjectNoun(t *testing.T) {
	checkArcs(t, []arcCase{
		{"A third suspect, a woman, was arrested on Saturday.", "woman", "suspect", "appos", false},
		{"The driver, a passenger and a cyclist were hurt.", "cyclist", "passenger", "conj", false}, // a list
		{"The vessel, the Marisol Star, issued a mayday call before the collision.", "Star", "vessel", "appos", false},
		{"The vessel, the Marisol Star, issued a mayday call before the collision.", "issued", "", "root", false},
		{"The union, the Northwind Group and the city council signed the deal on Monday.", "Group", "union", "conj", false}, // a list
	})
}
