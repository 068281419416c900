package extract

import "testing"

// TestStateAfter checks that a lasting occupation coordinated after a
// dated deed does not take the deed's time, while a second deed does.
func TestStateAfter(t *testing.T) {
	runDatingCases(t, []datingCase{
		{name: "work after leaving",
			text:    "Eva Falk left the army in 2022 and worked at the port.",
			trigger: "work", start: "", basis: ""},
		{name: "life after moving",
			text:    "Eva Falk moved to Riverton in 2022 and lived near the port.",
			trigger: "live", start: "", basis: ""},
		{name: "a second deed shares the time",
			text:    "Eva Falk left the army in 2022 and joined the police.",
			trigger: "join", start: "2022-01-01", basis: BasisText},
	}, dates)
}
