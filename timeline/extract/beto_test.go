package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestArrangedByBe checks that "be to" with an infinitive tells an
// arrangement, in the past as in the present, and that a plain copula
// before a purpose does not.
func TestArrangedByBe(t *testing.T) {
	runStatusCases(t, []statusCase{
		{"The mission was to bring the crew home by Tuesday.", "bring", timeline.Planned},
		{"The crew was to return to Ostburg on Friday.", "return", timeline.Planned},
		{"Anna Berg is to meet Carl Dahl in Ostburg.", "meet", timeline.Planned},
		{"Carl Dahl returned to Ostburg to meet Anna Berg.", "return", timeline.Occurred},
		{"Police said the driver was to blame for the crash.", "blame", timeline.Reported},
	})
}
