package language

import "testing"

// TestMoreThanSubject: a noun that "more than a" or "less than a" opens
// before a verb with no subject is that verb's subject; one with a number
// the parse reads right, and an oblique's, stay.
func TestMoreThanSubject(t *testing.T) {
	const (
		snow  = "Roads closed after more than a metre of snow fell overnight."
		town  = "More than a third of the town was flooded."
		votes = "Turnout fell to a record low as less than a third of voters cast ballots."
	)
	checkArcs(t, []arcCase{
		{snow, "metre", "fell", "nsubj", false},
		{snow, "more", "metre", "advmod", false},
		{town, "third", "flooded", "nsubj:pass", false},
		{votes, "third", "cast", "nsubj", false},
		{votes, "than", "less", "fixed", false},
		{"The hospital closed after more than 300 people fell ill.", "people", "fell", "nsubj", false}, // parsed right already
		{"Lena Park waited for more than a week.", "week", "waited", "nsubj", true},                    // an oblique
	})
}
