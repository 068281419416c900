package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestWhoSingular: a name of several words that "who" and a singular verb
// follow is a person's, a lower-case particle ("do") inside it; a body's
// name, or "who" with a plural verb as a team takes, is no person.
func TestWhoSingular(t *testing.T) {
	tests := []struct {
		text, name string
		person     bool
	}{
		{"The board named Aurelio do Rendal Sousa Jr., who has led the unit, as interim chief.", "Aurelio do Rendal Sousa Jr", true},
		{"The board named Aurelio Rendal Sousa, who was a director, as chairman.", "Aurelio Rendal Sousa", true},
		{"The fans cheered Kelby United, who have won the cup.", "Kelby United", false},
		{"They met Ostrand Holdings, who has refused to pay.", "Ostrand Holdings", false},
	}
	for _, tc := range tests {
		person := false
		for _, m := range findTexts(t, []string{tc.text})[0] {
			if m.Name == tc.name && m.Kind == timeline.Person {
				person = true
			}
		}
		if person != tc.person {
			t.Errorf("%q: %q a person %v, want %v", tc.text, tc.name, person, tc.person)
		}
	}
}
