package temporal

import "testing"

// TestScheduledPlay checks that a side that "play"s another on a weekday
// plays it on the one to come, like one that "faces" it.
func TestScheduledPlay(t *testing.T) {
	runCases(t, monday, []tagCase{
		{"play", "Anna Berg's side play Carl Dahl's club in Halden on Thursday.", []string{
			"Thursday | DATE | 2025-03-20 | 2025-03-20..2025-03-20"}},
	})
}
