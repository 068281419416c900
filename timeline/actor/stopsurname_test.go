package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestStopSurname: a common word capitalised after a title and a given
// name is the surname that ends the name; a day or a capitalised word
// after it is not.
func TestStopSurname(t *testing.T) {
	tests := []struct {
		text, name string
		person     bool
	}{
		{"In Ostravia, where the firm employs 400 people, Gov. Nathan Deal said he was disappointed.", "Nathan Deal", true},
		{"The bill was signed by Senator Mark Peace on the floor.", "Mark Peace", true},
		{"The plan was backed by Mr John Little, a farmer.", "John Little", true},
		{"The Gov. Nathan Deal Center is closed.", "Nathan Deal", false},
		{"Gov. Nathan Monday said he was ready.", "Nathan Monday", false},
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
