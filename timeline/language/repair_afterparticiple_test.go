package language

import "testing"

// TestVerbAfterParticiple: a finite verb right after a root noun's phrase,
// hung in it as a clause of the participle or of a noun, is the sentence's
// verb, the noun its subject;
// a clause that opens with a mark stays the participle's.
func TestVerbAfterParticiple(t *testing.T) {
	const text = "The union representing the port's workers called a strike for Monday."
	checkArcs(t, []arcCase{
		{text, "called", "", "root", false},
		{text, "union", "called", "nsubj", false},
		{text, "Monday", "called", "obl", false},
		{"Lawmakers from the opposition Green party called for his resignation.", "called", "", "root", false},
		{"Lawmakers from the opposition Green party called for his resignation.", "Lawmakers", "called", "nsubj", false},
		{"Residents watching as the fire spread.", "Residents", "", "root", false},        // a clause of its own: a caption
		{"A list of names of the people killed in the crash.", "list", "", "root", false}, // deeper in the phrase: a participle
	})
}
