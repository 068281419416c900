package actor

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestCraftNoActor: a name the entity recogniser reads as a body's or a
// person's is no actor when a noun beside it says it names a craft; the
// airline before "jet" is the jet's owner and stays a body.
func TestCraftNoActor(t *testing.T) {
	tests := []struct {
		text, name string
		person     bool
		want       bool
	}{
		{"The six-wheeled Velkan rover is expected to roll out of the lander.", "Velkan", false, false},
		{"Tugboats worked through the night to free the container ship Ever Vantor.", "Ever Vantor", false, false},
		{"The spacecraft carries a rover called Talvi Orm.", "Talvi Orm", true, false},
		{"In October a Velmoor jet plunged into the sea.", "Velmoor", false, true},
	}
	for _, tc := range tests {
		at := strings.Index(tc.text, tc.name)
		n := []timeline.TextRange{{Start: at, End: at + len(tc.name)}}
		var ms []Mention
		if tc.person {
			ms = Persons(tc.text, nil, n)
		} else {
			ms = Organizations(tc.text, nil, n)
		}
		if got := len(ms) > 0; got != tc.want {
			t.Errorf("%q: %q an actor %v, want %v", tc.text, tc.name, got, tc.want)
		}
	}
}
