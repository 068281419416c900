package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestCountryBody: a capitalised common noun before a state's name names
// a body; a compass word or a state's adjective before it does not.
func TestCountryBody(t *testing.T) {
	for _, tc := range []struct{ text, name, kind string }{
		{"The Greens won four seats, while Reform UK, led by Gus Holm, took five.", "Reform UK", timeline.Organization},
		{"Renewal Canada said it would stand in every seat.", "Renewal Canada", timeline.Organization},
		{"Troops left Eastern Ukraine on Monday.", "Ukraine", timeline.Country},
		{"Historians wrote of Soviet Russia.", "Russia", timeline.Country},
	} {
		checkKind(t, []string{tc.text}, tc.name, tc.kind)
	}
}
