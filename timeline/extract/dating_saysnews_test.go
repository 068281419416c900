package extract

import "testing"

// TestWroteIsASaying checks that "wrote", "tweeted" and "posted" as a
// sentence's saying are dated as a bare "said" is, by the publication day
// (Monday 2025-03-17).
func TestWroteIsASaying(t *testing.T) {
	runDatingCases(t, []datingCase{
		{name: "wrote on a messaging app",
			text:    "Carl Dahl, the governor of the region, wrote on Telegram that the ship had sustained very serious damage.",
			trigger: "write", start: "2025-03-17", basis: BasisPublication},
		{name: "tweeted",
			text:    "Eva Falk tweeted that a human chain had formed to save the paintings.",
			trigger: "tweet", start: "2025-03-17", basis: BasisPublication},
	}, dates)
}
