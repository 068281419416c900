package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestDemonymNoun: a noun for one person of a people is the one person
// the sentence before names, and no body; after two people it is no one,
// and the plural stays the people.
func TestDemonymNoun(t *testing.T) {
	for _, tc := range []struct{ text, written, name string }{
		{"Northwind City sacked manager Marco Vidal on Sunday. The Spaniard, 47, was appointed in May.", "The Spaniard", "Marco Vidal"},
		{"Anna Berg won the final on Sunday. The Briton said she was delighted.", "The Briton", "Anna Berg"},
		{"Ivo Renner won the stage. The Frenchman said he was tired.", "The Frenchman", "Ivo Renner"},
	} {
		eachMention(t, tc.text, tc.written, func(m Mention) {
			if m.Name != tc.name || m.Kind != timeline.Person {
				t.Errorf("%q: %q is %q (%s), want %q", tc.text, tc.written, m.Name, m.Kind, tc.name)
			}
		})
	}
	for _, m := range findTexts(t, []string{"Lena Park met Ivo Renner. The Briton said she was delighted."})[0] {
		if m.Kind != timeline.Person {
			t.Errorf("%q read as a %s", m.Text, m.Kind)
		}
	}
	checkKind(t, []string{"Ivo Renner won the stage on Sunday. The Spaniards were furious."}, "Spaniards", timeline.Group)
}
