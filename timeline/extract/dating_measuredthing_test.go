package extract

import "testing"

// TestMeasuredFromEventNoun checks that "two days before the bombing"
// places the verb even when the parse hangs it on the verb's object or
// phrase, and that it counts only from a day the text gives the event,
// never from the paper's day (the publication day is Monday 2025-03-17).
func TestMeasuredFromEventNoun(t *testing.T) {
	days := []when{
		{text: "Friday", start: "2025-03-14"},
		{text: "two days", value: "P2D"},
		{text: "a day", value: "P1D"},
	}
	runDatingCases(t, []datingCase{
		{name: "on the object, from the bombing's day",
			text:    "The bombing at the station on Friday killed twelve people. Police received a warning two days before the bombing.",
			trigger: "receive", start: "2025-03-12", basis: BasisText},
		{name: "on a phrase, from the bombing's day",
			text:    "The bombing at the station on Friday killed twelve people. A suspect was seen at the terminal two days before the bombing.",
			trigger: "see", start: "2025-03-12", basis: BasisText},
		{name: "no day to count from",
			text:    "The station bombing has left twelve people dead. Police received a warning two days before the bombing.",
			trigger: "receive"},
		// The story's day is the saying's, not the bombing's: the
		// noun after "before" takes no narrative day to count from.
		{name: "not from the story's day the noun was carried",
			text:    "The mayor said on Friday that the town would pay the rent. Residents were evacuated a day before the eruption.",
			trigger: "evacuate"},
		{name: "the noun after before keeps no story day",
			text:    "The mayor said on Friday that the town would pay the rent. Residents were evacuated a day before the eruption.",
			trigger: "eruption"},
	}, days)
}
