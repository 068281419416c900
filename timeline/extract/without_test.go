package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestWithout: what a "without" phrase names did not happen.
func TestWithout(t *testing.T) {
	tests := []statusCase{
		{"Police arrested four protesters on Saturday, but all four were released without charge the next day.", "charge", timeline.Denied},
		{"The talks ended without an agreement on Monday.", "agreement", timeline.Denied},
		{"Carl Dahl left the meeting without speaking to reporters.", "speak", timeline.Denied},
		// With it, things happen.
		{"Carl Dahl left the meeting with an agreement on Monday.", "agreement", timeline.Occurred},
	}
	runStatusCases(t, tests)
}

// TestAgainstDoing: a deed someone warns or votes against doing is not
// done; a war protested against is.
func TestAgainstDoing(t *testing.T) {
	tests := []statusCase{
		{"Carl Dahl cautioned against raising taxes on Monday.", "raise", timeline.Hypothetical},
		{"The union voted against striking on Monday.", "strike", timeline.Hypothetical},
		{"Thousands marched against the war on Monday.", "war", timeline.Occurred},
	}
	runStatusCases(t, tests)
}

// TestExpectedOfObject: an infinitive after the object of a verb of
// expecting or wanting is what is expected of the object, however the
// parse hangs it ("Forecasters expect the winds to ease by Tuesday" made
// the easing a reported event of the publication day).
func TestExpectedOfObject(t *testing.T) {
	tests := []statusCase{
		{"Forecasters expect the winds to ease by Tuesday, which could help crews gain control of the fire.", "ease", timeline.Expected},
		{"Analysts expect the central bank to raise rates next month.", "raise", timeline.Expected},
	}
	runStatusCases(t, tests)
}
