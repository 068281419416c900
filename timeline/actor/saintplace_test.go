package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestSaintPlace: "St" or "Saint" before a possessive opens the name of
// the square or street the possessive goes on with.
func TestSaintPlace(t *testing.T) {
	for _, tc := range []struct{ text, name string }{
		{"Crowds gathered in St Peter's Square on Sunday.", "St Peter's Square"},
		{"Crowds gathered in St. Anselm's Square on Sunday.", "St. Anselm's Square"},
	} {
		checkKind(t, []string{tc.text}, tc.name, timeline.Place)
	}
}
