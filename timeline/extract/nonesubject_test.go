package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestNoneAsSubject: a subject that counts a group down to none says the
// event did not happen to anyone ("None has died" was a death).
func TestNoneAsSubject(t *testing.T) {
	tests := []statusCase{
		{"Two of the infants were hospitalized last week. None has died.", "die", timeline.Denied},
		{"None of the passengers were hurt in the crash on Monday.", "hurt", timeline.Denied},
		{"Police questioned two men on Monday. Neither was charged.", "charge", timeline.Denied},
		{"No one was injured in the blast on Monday.", "injure", timeline.Denied},
		// Naming someone is not counting to none.
		{"None other than the minister resigned on Monday.", "resign", timeline.Occurred},
		{"Two of the passengers were hurt in the crash on Monday.", "hurt", timeline.Occurred},
	}
	runStatusCases(t, tests)
}
