package actor

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestPlacePossessive: a place the gazetteer knows, in the possessive
// before a name of its own, owns that name and opens no longer one.
func TestPlacePossessive(t *testing.T) {
	for _, tc := range []struct{ text, name string }{
		{"Anna Berg spoke to a crowd on São Paulo's Paulista Avenue.", "São Paulo"},
		{"Carl Dahl waited on Bogotá's Kestrel Street.", "Bogotá"},
	} {
		checkKind(t, []string{tc.text}, tc.name, timeline.Place)
	}
}

// TestRecognisedPlace: a name the recogniser reads as a person's that is
// a place the gazetteer knows is no one, even where no rule of Find read
// the place.
func TestRecognisedPlace(t *testing.T) {
	for _, tc := range []struct{ text, name string }{
		{"Anna Berg told a crowd on São Paulo's main square.", "São Paulo"},
		{"Carl Dahl thanked Addis Ababa's voters.", "Addis Ababa"},
	} {
		at := strings.Index(tc.text, tc.name)
		for _, m := range Persons(tc.text, nil, []timeline.TextRange{{Start: at, End: at + len(tc.name)}}) {
			if m.Kind == timeline.Person {
				t.Errorf("%q: %q is a person", tc.text, m.Text)
			}
		}
	}
}
