package language

import "testing"

// TestReportUnderItsClause: a verb that takes a clause, hung under the
// clause after its object or beside it, takes the clause, and its object
// is the clause's subject; a clause with a subject of its own, or a
// conjunct, is left as parsed.
func TestReportUnderItsClause(t *testing.T) {
	const (
		after = "She sent a memo after tests showed infants could roll over."
		said  = "Engineers said tests showed the valve could fail."
	)
	checkArcs(t, []arcCase{
		{after, "showed", "sent", "advcl", false},
		{after, "roll", "showed", "ccomp", false},
		{after, "infants", "roll", "nsubj", false},
		{said, "fail", "showed", "ccomp", false},
		{said, "valve", "fail", "nsubj", false},
		{"Police said a witness saw the driver and called an ambulance.", "driver", "saw", "obj", false}, // a conjunct
		{"Anna Berg left the firm when managers told staff the plant would close.", "close", "told", "ccomp", false},
		{"They were planning a party when someone heard shots fired.", "heard", "planning", "advcl", false},
	})
}
