package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestPossessedBodies checks that a state written before a body's common
// noun gives the body its country, whatever else the document names.
func TestPossessedBodies(t *testing.T) {
	cases := []struct {
		text, body, want string
	}{
		{"Israel’s cabinet approved the deal on Saturday.", "cabinet", "Israeli government"},
		{"Britain's government said it would act.", "government", "British government"},
		{"The French security cabinet met on Monday.", "cabinet", "French government"},
		{"The deal was put to Israel’s political security cabinet on Friday.", "cabinet", "Israeli government"},
		// The home country of a story set elsewhere does not override it.
		{"Officials in Washington, New York and Chicago said Britain's government would act.", "government", "British government"},
		// No state written: left to the home country.
		{"The country's parliament voted on Monday.", "parliament", "parliament"},
	}
	for _, tc := range cases {
		found := false
		for _, m := range findTexts(t, []string{tc.text})[0] {
			if m.Kind == timeline.Organization && m.Text == tc.body {
				found = true
				if m.Name != tc.want {
					t.Errorf("%q: %q named %q, want %q", tc.text, tc.body, m.Name, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no body %q", tc.text, tc.body)
		}
	}
}
