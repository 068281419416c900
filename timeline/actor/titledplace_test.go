package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestTitledPlace: a title word before "County" or "City" is the place's
// name, not a title, in the name of a body there.
func TestTitledPlace(t *testing.T) {
	checkKind(t, []string{"The suit was filed in King County Superior Court on Tuesday."}, "King County Superior Court", timeline.Organization)
	checkKind(t, []string{"Officials of the Queen City Transit Authority said the line was shut."}, "Queen City Transit Authority", timeline.Organization)
}

// TestPassengersGroup: passengers act as a body of their own.
func TestPassengersGroup(t *testing.T) {
	checkKind(t, []string{"Passengers on the flight have filed a lawsuit against the airline."}, "Passengers", timeline.Group)
	checkKind(t, []string{"Three passengers sued the airline on Monday."}, "passengers", timeline.Group)
}
