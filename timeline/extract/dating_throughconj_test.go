package extract

import "testing"

// TestThroughConjunctTime: a time joined to the noun of a "through"
// phrase is a stretch's far end only when that noun is a time itself
// ("between 1994 and 1997"); "through his window and into his back
// Friday night" keeps Friday night for the shot (the publication day is
// Monday 2025-03-17).
func TestThroughConjunctTime(t *testing.T) {
	days := []when{{text: "Friday night", start: "2025-03-14"}}
	runDatingCases(t, []datingCase{
		{name: "a place's conjunct dates the event",
			text:    "Carl Dahl said the bullet tore through his kitchen window and into his back Friday night.",
			trigger: "tear", start: "2025-03-14", basis: BasisText},
	}, days)
}
