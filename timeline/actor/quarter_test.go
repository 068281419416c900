package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestTitledQuarter checks that a name before a quarter noun is a place
// even when it opens with a title word, and that a titled person stays one.
func TestTitledQuarter(t *testing.T) {
	cases := []struct {
		text, name, kind string
	}{
		{"Eight people died in a building in the Sheikh Kamal neighborhood of the city.", "Sheikh Kamal", timeline.Place},
		{"Shops reopened in the Prince Oskar district on Monday.", "Prince Oskar", timeline.Place},
		{"Sheikh Kamal Haddad said the talks would resume.", "Kamal Haddad", timeline.Person},
		{"President Anna Voss visited the area on Monday.", "Anna Voss", timeline.Person},
	}
	for _, tc := range cases {
		found := false
		for _, m := range findTexts(t, []string{tc.text})[0] {
			if m.Name == tc.name {
				found = true
				if m.Kind != tc.kind {
					t.Errorf("%q: %q is a %s, want a %s", tc.text, tc.name, m.Kind, tc.kind)
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention named %q", tc.text, tc.name)
		}
	}
}
