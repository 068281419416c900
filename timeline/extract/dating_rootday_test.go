package extract

import "testing"

// TestRootDayTime checks that a past deed dated by a clause below its
// main verb sets the story's time when nothing had set it, so that the
// bare past told next goes on from that day rather than being taken for
// the paper's news (the publication day is Monday 2025-03-17).
func TestRootDayTime(t *testing.T) {
	days := []when{
		{text: "Sunday", start: "2025-03-16"},
		{text: "2 a.m. on Sunday", start: "2025-03-16"},
	}
	runDatingCases(t, []datingCase{
		{name: "a death dated by the siege's relative clause",
			text:    "Questions are mounting over how the gunman came to be free on bail, as thousands of people laid flowers near the scene on Sunday.\n\nTwo hostages died in the siege, which ended shortly after 2 a.m. on Sunday when police stormed the building. The gunman was shot dead.",
			trigger: "shoot", start: "2025-03-16", basis: BasisNarrative},
		{name: "an undated lede stays the day's news",
			text:    "The gunman was shot dead.",
			trigger: "shoot", start: "2025-03-17", basis: BasisPublication},
	}, days)
}
