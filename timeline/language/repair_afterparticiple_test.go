package language

import "testing"

// TestVerbAfterParticiple: a finite verb right after the phrase of a
// participle on a root noun is the sentence's verb, the noun its subject;
// a clause that opens with a mark stays the participle's.
func TestVerbAfterParticiple(t *testing.T) {
	const text = "The union representing the port's workers called a strike for Monday."
	checkArcs(t, []arcCase{
		{text, "called", "", "root", false},
		{text, "union", "called", "nsubj", false},
		{text, "Monday", "called", "obl", false},
		{"Residents watching as the fire spread.", "Residents", "", "root", false}, // a clause of its own: a caption
	})
}
