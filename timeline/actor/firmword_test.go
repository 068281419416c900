package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestFirmWords: a word the document uses alone is a firm, named as the
// text writes it in full, when the text elsewhere calls it one; a
// person's surname beside a noun for a body stays a person's.
func TestFirmWords(t *testing.T) {
	tests := []namedCase{
		{"Carl Dahl set up Velmora Research, the hedge fund he controlled. Velmora told investors it had lost $2 billion.",
			"Velmora", timeline.Organization, "Velmora Research"},
		{"Anna Berg, the former head of the Velmora Research hedge fund, testified on Tuesday. She said Velmora had taken $14 billion.",
			"Velmora", timeline.Organization, "Velmora Research"},
		{"She said that in June lenders such as Ostrava asked for their loans back. Ostrava had lent $2 billion, she said.",
			"Ostrava", timeline.Organization, "Ostrava"},
		{"The witness, Holm, a company director, told the court he had resigned. Holm said he had no choice.", "Holm", timeline.Person, "Holm"},
	}
	checkNamed(t, tests)
}
