package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestOfConjunct: a field listed after "of" in a body's name is no person,
// though "said" follows it; a person beside such a name keeps his name.
func TestOfConjunct(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		person     bool
	}{
		{"The Institute of Arts and Sciences said on Monday it would close.", "Sciences", false},
		{"The Bureau of Alcohol, Tobacco and Firearms said the bomb was real.", "Firearms", false},
		{"The spokesman for the Bureau of Alcohol, Tobacco, Firearms and Explosives also said a man was hurt.", "Tobacco", false},
		{"The Ministry of Defence and Tom Hale said the deal was off.", "Tom Hale", true},
		{"A spokesman for the Department of Justice, Brannock, said the case was open.", "Brannock", true},
	} {
		person := false
		for _, m := range findTexts(t, []string{tc.text})[0] {
			if m.Text == tc.name && m.Kind == timeline.Person {
				person = true
			}
		}
		if person != tc.person {
			t.Errorf("%q: %q a person %v, want %v", tc.text, tc.name, person, tc.person)
		}
	}
}
