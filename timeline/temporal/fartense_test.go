package temporal

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestFarTense checks that a weekday with no tense marker within reach
// takes the tense of the first one further back in its sentence (the
// publication day is Monday 2025-03-17): a plan's Tuesday is the next.
func TestFarTense(t *testing.T) {
	monday := timeline.NewDate(2025, 3, 17)
	runCases(t, monday, []tagCase{
		{"a plan told far before the weekday", "Anna Berg, after a long flight from Riverton, is scheduled to spend only four hours on the ground in the port of Ostburg, Norland, her first stop Tuesday morning.", []string{
			"four hours | DURATION | PT4H",
			"Tuesday morning | DATE | 2025-03-18 | 2025-03-18..2025-03-18"}},
	})
}
