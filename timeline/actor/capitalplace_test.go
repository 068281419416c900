package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestCapitalOwnsPlace: a capital in the possessive before a street,
// square, river, district or building is the city, no government; before
// what a state does or wants it stays the government.
func TestCapitalOwnsPlace(t *testing.T) {
	for _, tc := range []struct{ text, name, kind string }{
		{"Anna Berg walked along Moscow's Tverskaya Street on Tuesday.", "Moscow", timeline.Place},
		{"Crowds filled Kyiv's central square on Sunday.", "Kyiv", timeline.Place},
		{"Police closed London's bridges on Monday.", "London", timeline.Place},
		{"Carl Dahl landed at Berlin's Tegel airport.", "Berlin", timeline.Place},
		{"Moscow's demands were rejected on Monday.", "Moscow", timeline.Organization},
		{"Beijing's building of islands alarmed its neighbours.", "Beijing", timeline.Organization},
	} {
		checkKind(t, []string{tc.text}, tc.name, tc.kind)
	}
}
