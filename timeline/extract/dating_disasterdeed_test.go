package extract

import "testing"

// TestDisasterDeeds checks that a disaster noun and the verb it is the
// subject of share one date: the day the text gives either, or the day
// the text gave the disaster the noun names again (the publication day
// is Monday 2025-03-17).
func TestDisasterDeeds(t *testing.T) {
	days := []when{
		{text: "Friday", start: "2025-03-14"},
		{text: "Saturday", start: "2025-03-15"},
	}
	runDatingCases(t, []datingCase{
		{name: "the quake named again dates its killing",
			text:    "A powerful earthquake hit the Varn valley on Friday. The earthquake killed at least 40 people, officials said.",
			trigger: "kill", start: "2025-03-14", basis: BasisNarrative},
		{name: "under a saying",
			text:    "A strong tremor hit the region on Friday. Rescuers said the tremor destroyed the village of Orsa.",
			trigger: "destroy", start: "2025-03-14", basis: BasisNarrative},
		{name: "over the story's later day",
			text:    "A storm hit the coast on Friday, flooding dozens of homes.\n\nGus Holm visited the town on Saturday.\n\nThe storm destroyed the harbour.",
			trigger: "destroy", start: "2025-03-14", basis: BasisNarrative},
		{name: "no disaster named before",
			text:    "Rescuers said the tremor destroyed the village of Orsa.",
			trigger: "destroy"},
	}, days)
}
