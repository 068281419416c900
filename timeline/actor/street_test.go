package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// A run a street word ends is a place, with any title or name before it
// that the run left out.
func TestStreetIsPlace(t *testing.T) {
	for _, tc := range []struct{ text, name, kind string }{
		{"He lived on Mulberry Street with his mother.", "Mulberry Street", timeline.Place},
		{"The shooting happened near Philip Street, police said.", "Philip Street", timeline.Place},
		{"Traffic on Sheikh Zayed Road was heavy.", "Sheikh Zayed Road", timeline.Place},
		{"Crowds gathered on Martin Luther King Boulevard.", "Martin Luther King Boulevard", timeline.Place},
		{"Nathan Lane said the show would go on.", "Nathan Lane", timeline.Person},
		{"She was hit while crossing 117th Street in Richmond Hill.", "117th Street", timeline.Place},
		{"The car stopped at 97th Avenue and 42nd Street, police said.", "42nd Street", timeline.Place},
	} {
		checkKind(t, []string{tc.text}, tc.name, tc.kind)
	}
}

// "Crescent" ends a relief body's name as often as a street's.
func TestCrescentIsNoStreet(t *testing.T) {
	for _, m := range findTexts(t, []string{"Volunteers from the Red Crescent helped the wounded."})[0] {
		if m.Kind == timeline.Place {
			t.Errorf("%q read as a place", m.Text)
		}
	}
}

// The Red Crescent is a relief body the world over, as the Red Cross is.
func TestRedCrescentIsBody(t *testing.T) {
	checkKind(t, []string{"The Iranian Red Crescent said 30 people were hurt."}, "Red Crescent", timeline.Organization)
}

// A run "Mount" or "Mt" opens is a mountain, and a ship's prefix is
// written in capitals: "Mt Cook" is no ship.
func TestMountainIsPlace(t *testing.T) {
	for _, tc := range []struct{ text, name, kind string }{
		{"He disappeared off a ridge on Mt Cook on Thursday.", "Mt Cook", timeline.Place},
		{"Tourists climbed Mount Kessel on Monday.", "Mount Kessel", timeline.Place},
		{"She was taken to Mount Sinai Hospital on Monday.", "Mount Sinai Hospital", timeline.Organization},
		{"Pirates seized the MV Aurora off the coast.", "MV Aurora", timeline.Organization},
	} {
		checkKind(t, []string{tc.text}, tc.name, tc.kind)
	}
}

// A place's name that "St." opens is one word with it, not a sentence's
// end before a person: "St. Joe Beach" had been the person Joe Beach,
// "St. Louis" the place "St".
func TestSaintIsNoPerson(t *testing.T) {
	checkKind(t, []string{"Officials in St. Louis agreed on Monday."}, "St. Louis", timeline.Place)
	for _, m := range findTexts(t, []string{"An evacuation order was issued for St. Joe Beach on Monday."})[0] {
		if m.Kind == timeline.Person {
			t.Errorf("%q read as a person", m.Text)
		}
	}
}
