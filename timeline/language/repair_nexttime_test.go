package language

import "testing"

// TestTimeAfterNoun: "next spring" after a noun says when the verb
// happens; the noun before it heads its own phrase.
func TestTimeAfterNoun(t *testing.T) {
	tunnel := "Test trains will run through the tunnel next spring."
	runway := "Workers will finish the new runway next summer."
	plant := "The board approved a plan to close the plant next year."
	checkArcs(t, []arcCase{
		{tunnel, "spring", "run", "obl:unmarked", false},
		{tunnel, "tunnel", "run", "obl", false},
		{runway, "summer", "finish", "obl:unmarked", false},
		{runway, "runway", "finish", "obj", false},
		{plant, "year", "close", "obl:unmarked", false},
		{plant, "plant", "close", "obj", false},
		{"The state railway said on Monday that test trains will run through the Ostburg tunnel next spring.", "spring", "run", "obl:unmarked", false},
		{"Crews will repair the bridge next week.", "week", "repair", "obl:unmarked", false},
		{"Crews will repair the bridge next week.", "bridge", "repair", "obj", false},
		{"The company will hold its annual meeting next month.", "meeting", "hold", "obj", false},
	})
}
