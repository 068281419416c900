package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// An auxiliary before its subject opens a condition as "if" does: what
// it tells has not happened.
func TestInvertedCondition(t *testing.T) {
	tests := []statusCase{
		{"Gus Holm, 45, faces decades in prison were he to get sentenced to the maximum on all charges.", "sentence", timeline.Hypothetical},
		{"Gus Holm, 45, faces decades in prison were he to get sentenced to the maximum on all charges.", "face", timeline.Occurred},
		{"Gus Holm was sentenced to ten years after he was convicted.", "sentence", timeline.Occurred},
	}
	runStatusCases(t, tests)
}
