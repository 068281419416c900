package extract

import "testing"

// TestPurposeDates checks that a deed takes the day of the clause it
// opens, not the day of what "for" says it prepares ("Sunday's
// election"), while that thing keeps its day (the publication day is
// Monday 2025-03-17).
func TestPurposeDates(t *testing.T) {
	days := []when{{text: "Sunday", start: "2025-03-23"}, {text: "Saturday", start: "2025-03-15"}, {text: "today", start: "2025-03-17"}}
	runDatingCases(t, []datingCase{
		{name: "the deed's day",
			text:    "Campaigning for Sunday's election resumed on Saturday after a day of mourning.",
			trigger: "campaign", start: "2025-03-15", basis: BasisText},
		{name: "the purpose keeps its day",
			text:    "Campaigning for Sunday's election resumed on Saturday after a day of mourning.",
			trigger: "election", start: "2025-03-23", basis: ""},
		{name: "for whom, no deed's purpose",
			text:    "“The case is for today's youth what the war was for their parents,” said Eva Falk, who has written two books on the war.",
			trigger: "say", start: "2025-03-17", basis: ""},
	}, days)
}
