package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestStructureIsPlace: a name a structure's word ends is a place, the
// word alone takes back the name before it; a carrier, a hospital and a
// hall stay bodies.
func TestStructureIsPlace(t *testing.T) {
	for _, tc := range []struct{ text, name, kind string }{
		{"The jet diverted to Vardo International Airport, the carrier said.", "Vardo International Airport", timeline.Place},
		{"Vardo International Airport said flights had resumed.", "Vardo International Airport", timeline.Place},
		{"Flights at Kelby Airport were cancelled on Monday.", "Kelby Airport", timeline.Place},
		{"Northwind Airways said the jet landed safely.", "Northwind Airways", timeline.Organization},
		{"Riverside Hospital said the boy was stable.", "Riverside Hospital", timeline.Organization},
	} {
		checkKind(t, []string{tc.text}, tc.name, tc.kind)
	}
}
