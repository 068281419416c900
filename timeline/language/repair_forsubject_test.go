package language

import "testing"

// TestForSubject: the noun "for" introduces before an infinitive is its
// subject when the infinitive is passive or the phrase asks another to
// act; a purpose of the subject's own keeps its "for" phrase.
func TestForSubject(t *testing.T) {
	const (
		way   = "The vote cleared the way for the reform to become law next year."
		talks = "Lena Park called for the talks to resume on Monday."
		water = "Residents waited for the water to recede."
		calm  = "Ivo Renner called for the charges to be dropped."
	)
	checkArcs(t, []arcCase{
		{way, "reform", "become", "nsubj", false},
		{way, "become", "way", "acl", false},
		{talks, "talks", "resume", "nsubj", false},
		{talks, "for", "resume", "mark", false},
		{water, "water", "recede", "nsubj", false},
		{calm, "charges", "dropped", "nsubj:pass", false},
		{"Anna Berg paid for the ticket to see the final.", "ticket", "paid", "obl", false},  // her own purpose
		{"Ivo Renner asked for time to prepare his defence.", "time", "asked", "obl", false}, // his own
	})
}
