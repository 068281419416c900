package extract

import "testing"

// TestThingOfEvent checks that an event noun naming what a place or
// people of a dated clause are left of does not take the clause's day,
// while a day of its own phrase and the day of the event it names again
// still date it (the publication day is Monday 2025-03-17).
func TestThingOfEvent(t *testing.T) {
	days := []when{
		{text: "Tuesday", start: "2025-03-11"},
		{text: "Friday", start: "2025-03-14"},
		{text: "Friday's", start: "2025-03-14"},
	}
	runDatingCases(t, []datingCase{
		{name: "the site of the shooting",
			text:    "Investigators searched the site of the shooting again on Friday.",
			trigger: "shooting"},
		{name: "relatives of the victims of the crash",
			text:    "Relatives of the victims of the crash gathered at the airport on Friday.",
			trigger: "crash"},
		{name: "named again",
			text:    "Gus Holm was shot outside his home on Tuesday.\n\nInvestigators searched the site of the shooting again on Friday.",
			trigger: "shooting", start: "2025-03-11", basis: BasisNarrative},
		{name: "the start of the race",
			text:    "Anna Berg watched the start of the race on Friday.",
			trigger: "race", start: "2025-03-14"},
		{name: "a day of its own",
			text:    "Investigators searched the site of Friday's shooting again.",
			trigger: "shooting", start: "2025-03-14"},
	}, days)
}
