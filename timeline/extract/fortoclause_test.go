package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestForToClause: an infinitive whose subject "for" opens is governed by
// the verb it hangs on as one without a subject is: what is called for
// has not happened, what is planned for is planned.
func TestForToClause(t *testing.T) {
	runStatusCases(t, []statusCase{
		{"Lena Park called for the talks to resume on Monday.", "resume", timeline.Hypothetical},
		{"Ivo Renner called for the charges to be dropped.", "drop", timeline.Hypothetical},
		{"The union pressed for the strike to end before Christmas.", "end", timeline.Hypothetical},
		{"Residents waited for the water to recede.", "wait", timeline.Occurred}, // the verb itself
	})
}
