package extract

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestVehicleOwnerTakesNoPart: the owner of the vehicle one travels in
// ("aboard an FBI plane") is a modifier in a phrase of means, not someone
// the journey is made with or to.
func TestVehicleOwnerTakesNoPart(t *testing.T) {
	for _, text := range []string{
		"The suspect was flown to Ostburg on Wednesday aboard an FBI plane.",
		"The suspect was flown to Ostburg on Wednesday on an FBI plane.",
	} {
		t.Run(text, func(t *testing.T) {
			r := parseTextCast(t, text, []who{{text: "FBI", id: "fbi", kind: "organization"}}, nil)
			e := eventBy(t, r, "fly")
			if slices.ContainsFunc(e.Actors, func(p timeline.Participant) bool { return p.ID == "fbi" }) {
				t.Errorf("%q has the FBI take part%s", e.Summary, describe(r))
			}
		})
	}
}
