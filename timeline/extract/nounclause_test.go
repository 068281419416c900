package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestSubjectNounStatus: an event noun that is the subject of a clause
// is as sure as that clause: what could come, is likely or may follow is
// no event yet.
func TestSubjectNounStatus(t *testing.T) {
	runStatusCases(t, []statusCase{
		{"Anna Berg warned that another eruption could come within weeks.", "eruption", timeline.Hypothetical},
		{"Further protests may follow in Ostburg.", "protest", timeline.Hypothetical},
		{"A new strike is likely next month, Carl Dahl said.", "strike", timeline.Expected},
		{"A trial is unlikely to begin before next month.", "trial", timeline.Hypothetical},
		// What the clause tells as done stays done.
		{"Another eruption came on Monday.", "eruption", timeline.Occurred},
		{"The strike was long, Carl Dahl said.", "strike", timeline.Occurred},
		{"The strike could end soon.", "strike", timeline.Occurred},
		{"The strike is likely to end soon.", "strike", timeline.Occurred},
	})
}

// TestSubjectNounStatusKept: a clause whose subject acts on something,
// or that only says what such an event is, leaves the noun as it was.
func TestSubjectNounStatusKept(t *testing.T) {
	runStatusCases(t, []statusCase{
		{"An accident may be considered reckless in Ostburg.", "accident", timeline.Occurred},
		{"Carl Dahl said the inquiry will begin hearings in Ostburg on Monday.", "inquiry", timeline.Occurred},
		{"A new strike could cripple the port, Carl Dahl said.", "strike", timeline.Hypothetical},
	})
}
