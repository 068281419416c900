package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestTownPeopleBody: a body named after a town's people ("Brackton
// Residents' Action Group") opens with the town, no short name of the
// body: "residents of Brackton" is not the group. A first word naming no
// place stays the body's short name.
func TestTownPeopleBody(t *testing.T) {
	for _, tc := range []struct {
		text, word string
		body       bool // the word alone is the body
	}{
		{"About 600 residents of Brackton were told to boil their water. The mayor of Brackton, Tariq Osman, said he was furious. Brackton Residents' Action Group said it had warned of the risk.", "Brackton", false},
		{"The Kelby Tenants Union said it would protest. Kelby said it would freeze rents.", "Kelby", false},
		// must not change
		{"Halvard Construction builds roads in the north. Halvard said it would appeal against the fine.", "Halvard", true},
	} {
		body := false
		for _, m := range findTexts(t, []string{tc.text})[0] {
			if m.Text == tc.word && m.Kind == timeline.Organization && m.Name != tc.word {
				body = true // the word stands for the longer name
			}
		}
		if body != tc.body {
			t.Errorf("%q: %q alone a body %v, want %v", tc.text, tc.word, body, tc.body)
		}
	}
}
