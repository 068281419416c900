package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestPossibilityStatus: what "can" allows and what a ruling out names
// are possibilities, not deeds.
func TestPossibilityStatus(t *testing.T) {
	runStatusCases(t, []statusCase{
		{"If the storm passes, the ferry can leave Ostburg on Friday.", "leave", timeline.Hypothetical},
		{"Residents can return to their homes once the fire is out.", "return", timeline.Hypothetical},
		{"The salvage team could not rule out removing the cargo.", "remove", timeline.Hypothetical},
		{"Carl Dahl ruled out raising taxes.", "raise", timeline.Hypothetical},
		{"The crew could not rule out needing to evacuate the ship.", "evacuate", timeline.Hypothetical},
		// What was done is still done.
		{"The ferry left Ostburg on Friday.", "leave", timeline.Occurred},
	})
}
